import { withMeta, z } from '../../shared/zod';

export const userSchema = withMeta(
  z.object({
    id: z.number().check(z.int(), z.positive()),
    name: z.string(),
    email: z.string(),
    role: z.enum(['admin', 'reseller']),
    resellerId: z.nullable(z.number().check(z.int(), z.positive())),
  }),
  { id: 'User' },
);

export const sessionSchema = withMeta(z.object({ user: userSchema }), { id: 'Session' });

/**
 * What a member of staff signs in with. `email` holds an email or an account number
 * (`accounts.number`): ASTPP matches either, byte for byte.
 */
export const credentialsSchema = withMeta(
  z.object({
    email: withMeta(z.string().check(z.trim(), z.minLength(1, 'Enter your email or account number'), z.maxLength(80)), {
      description: 'The email or the account number of a member of staff, matched exactly',
    }),
    password: z.string().check(z.minLength(1, 'Enter your password'), z.maxLength(128)),
  }),
  { id: 'Credentials' },
);

export type User = z.infer<typeof userSchema>;
export type Credentials = z.infer<typeof credentialsSchema>;
