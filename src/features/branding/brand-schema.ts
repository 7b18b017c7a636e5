import { z } from 'zod';

/** A white-label brand: a folder under `brands/` with this `brand.json`, a logo and a favicon. */
export const brandSchema = z.object({
  name: z.string().min(1).max(60),
  shortName: z.string().min(1).max(30),
  primaryColor: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'primaryColor must be a hex colour like #1c5fb8'),
  logo: z.string().regex(/^[\w.-]+\.(svg|png|webp)$/),
  favicon: z.string().regex(/^[\w.-]+\.(svg|png|ico)$/),
  supportEmail: z.email(),
  supportPhone: z.string().max(30).optional(),
  footer: z.string().max(200),
});

export type BrandData = z.infer<typeof brandSchema>;

/** What the app sees: the brand data with the built logo's URL. */
export interface Brand extends BrandData {
  id: string;
  logoUrl: string;
}
