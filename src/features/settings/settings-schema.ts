import { z } from 'zod';

/** Global configuration that shapes the customer rules (ASTPP's "global configuration"). */
export const settingsSchema = z
  .object({
    accountNumberLength: z.number().int().min(4).max(20),
    pinLength: z.number().int().min(4).max(12),
    accountNumberEditable: z.boolean(),
    baseCurrency: z.string().regex(/^[A-Z]{3}$/),
    passwordMinLength: z.number().int().min(8).max(64),
  })
  .meta({ id: 'Settings' });

export type Settings = z.infer<typeof settingsSchema>;

export const defaultSettings: Settings = {
  accountNumberLength: 10,
  pinLength: 6,
  accountNumberEditable: false,
  baseCurrency: 'USD',
  passwordMinLength: 8,
};
