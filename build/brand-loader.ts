import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brandSchema, type BrandData } from '../src/features/branding/brand-schema.ts';

/** Build-time side of white-labelling: finds and validates `brands/<id>/`. Runs in Node. */

export const DEFAULT_BRAND = 'carrierdesk';
export const brandsDir = resolve(dirname(fileURLToPath(import.meta.url)), '../src/features/branding/brands');

export interface LoadedBrand {
  id: string;
  dir: string;
  data: BrandData;
  logoPath: string;
  faviconPath: string;
}

export function loadBrand(id: string | undefined, root = brandsDir): LoadedBrand {
  const brandId = id?.trim() || DEFAULT_BRAND;
  if (!/^[a-z0-9-]+$/.test(brandId)) {
    throw new Error(`BRAND must be a folder name of lower-case letters, digits and dashes, not "${brandId}"`);
  }
  const dir = join(root, brandId);
  const file = join(dir, 'brand.json');
  if (!existsSync(file)) {
    throw new Error(`Unknown brand "${brandId}": there is no ${file}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`Brand "${brandId}": ${file} is not valid JSON (${(error as Error).message})`, { cause: error });
  }
  const parsed = brandSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Brand "${brandId}" is not valid: ${problems}`);
  }
  const logoPath = join(dir, parsed.data.logo);
  const faviconPath = join(dir, parsed.data.favicon);
  for (const asset of [logoPath, faviconPath]) {
    if (!existsSync(asset)) throw new Error(`Brand "${brandId}" names ${asset}, which does not exist`);
  }
  return { id: brandId, dir, data: parsed.data, logoPath, faviconPath };
}
