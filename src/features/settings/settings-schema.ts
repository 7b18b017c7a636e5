import { withMeta, z } from '../../shared/zod';

/** Global configuration that shapes the customer rules (ASTPP's "global configuration"). */
export const settingsSchema = withMeta(
  z.object({
    accountNumberLength: z.number().check(z.int(), z.minimum(4), z.maximum(20)),
    pinLength: z.number().check(z.int(), z.minimum(4), z.maximum(12)),
    accountNumberEditable: z.boolean(),
    baseCurrency: z.string().check(z.regex(/^[A-Z]{3}$/)),
    passwordMinLength: z.number().check(z.int(), z.minimum(8), z.maximum(64)),
  }),
  { id: 'Settings' },
);

export type Settings = z.infer<typeof settingsSchema>;

export const defaultSettings: Settings = {
  accountNumberLength: 10,
  pinLength: 6,
  accountNumberEditable: false,
  baseCurrency: 'USD',
  passwordMinLength: 8,
};
