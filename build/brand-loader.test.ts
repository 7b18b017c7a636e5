// @vitest-environment node
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { brandsDir, DEFAULT_BRAND, loadBrand } from './brand-loader.ts';

describe('shipped brands', () => {
  it('no BRAND means Carrierdesk’s own brand', () => {
    for (const id of [undefined, '', '  ']) {
      const brand = loadBrand(id);
      expect(brand.id).toBe(DEFAULT_BRAND);
      expect(brand.data.name).toBe('Carrierdesk');
    }
  });

  it('BRAND=acme is the example reseller brand, with its logo and favicon', () => {
    const brand = loadBrand('acme');
    expect(brand).toMatchObject({
      id: 'acme',
      dir: join(brandsDir, 'acme'),
      logoPath: join(brandsDir, 'acme', 'logo.svg'),
      faviconPath: join(brandsDir, 'acme', 'favicon.svg'),
    });
    expect(brand.data).toMatchObject({ name: 'Acme Voice', primaryColor: '#b4361c', supportEmail: 'help@acmevoice.example' });
    expect(JSON.stringify(brand.data)).not.toMatch(/carrierdesk/i);
  });

  it('an unknown brand is an error that names it', () => {
    expect(() => loadBrand('globex')).toThrow('Unknown brand "globex"');
  });

  it('BRAND must be a plain folder name (no paths, no upper case)', () => {
    for (const id of ['../acme', 'acme/../carrierdesk', 'Acme', 'acme voice', '/etc']) {
      expect(() => loadBrand(id)).toThrow('BRAND must be a folder name of lower-case letters, digits and dashes');
    }
  });
});

describe('a brand folder of its own', () => {
  let root: string;
  const validBrand = {
    name: 'Globex Voice',
    shortName: 'Globex',
    primaryColor: '#123abc',
    logo: 'logo.svg',
    favicon: 'favicon.ico',
    supportEmail: 'help@globex.example',
    footer: 'Globex',
  };

  function writeBrand(id: string, brandJson: string, assets = ['logo.svg', 'favicon.ico']) {
    const dir = join(root, id);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'brand.json'), brandJson);
    for (const asset of assets) writeFileSync(join(dir, asset), '<svg/>');
  }

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'brands-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('adding a brand needs only its folder', () => {
    writeBrand('globex', JSON.stringify(validBrand));
    expect(loadBrand('globex', root)).toMatchObject({ id: 'globex', data: validBrand, faviconPath: join(root, 'globex', 'favicon.ico') });
  });

  it('an invalid brand.json is an error that names each wrong field', () => {
    writeBrand('globex', JSON.stringify({ ...validBrand, primaryColor: 'red', supportEmail: 'nobody', name: undefined }));
    expect(() => loadBrand('globex', root)).toThrow(/Brand "globex" is not valid: .*name: .*primaryColor: primaryColor must be a hex colour like #1c5fb8.*supportEmail/);
  });

  it('a brand.json that is not JSON is an error that names the brand', () => {
    writeBrand('globex', '{ "name": "Globex", ');
    expect(() => loadBrand('globex', root)).toThrow(/Brand "globex": .*brand\.json is not valid JSON/);
  });

  it('a missing logo or favicon is an error that names the file', () => {
    writeBrand('globex', JSON.stringify(validBrand), ['logo.svg']);
    expect(() => loadBrand('globex', root)).toThrow(`Brand "globex" names ${join(root, 'globex', 'favicon.ico')}, which does not exist`);
  });
});
