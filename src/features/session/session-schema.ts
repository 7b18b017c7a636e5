import { z } from 'zod';

export const userSchema = z
  .object({
    id: z.number().int().positive(),
    name: z.string(),
    email: z.string(),
    role: z.enum(['admin', 'reseller']),
    resellerId: z.number().int().positive().nullable(),
  })
  .meta({ id: 'User' });

export const sessionSchema = z.object({ user: userSchema }).meta({ id: 'Session' });

export const credentialsSchema = z
  .object({
    email: z.string().trim().min(1, 'Enter your email address').max(80),
    password: z.string().min(1, 'Enter your password').max(128),
  })
  .meta({ id: 'Credentials' });

export type User = z.infer<typeof userSchema>;
export type Credentials = z.infer<typeof credentialsSchema>;
