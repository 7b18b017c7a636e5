import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { createPasswordCipher } from './password';

const stockKey = '8YSDaBtDHAB3EQkxPAyTz2I5DttzA9uR';

/**
 * OpenSSL's own BF-ECB in a child Node with the legacy provider: an implementation that is
 * not ours and uses the whole key (the `openssl enc` command line would cut it to 16 bytes).
 * One child for all samples: starting Node is the slow part.
 */
function opensslEncrypt(key: string, plains: string[]): string[] {
  const script =
    "const [key, plains] = JSON.parse(process.argv[1]);" +
    "process.stdout.write(JSON.stringify(plains.map((p) => { const c = require('crypto').createCipheriv('bf-ecb', Buffer.from(key), null);" +
    "return Buffer.concat([c.update(p, 'utf8'), c.final()]).toString('base64'); })))";
  const output = execFileSync(process.execPath, ['--openssl-legacy-provider', '-e', script, JSON.stringify([key, plains])], { encoding: 'utf8' });
  return (JSON.parse(output) as string[]).map((base64) => base64.replace(/\+/g, '-').replace(/\//g, '$').replace(/=+$/, ''));
}

describe("ASTPP's password encryption", () => {
  it('encrypts the stock admin password to the stock row', () => {
    expect(createPasswordCipher(stockKey).encrypt('admin')).toBe('8xbJv9wZmjA');
    expect(createPasswordCipher(stockKey).decrypt('8xbJv9wZmjA')).toBe('admin');
  });

  const samples = ['admin', 'Northwind123!', 'exactly8', 'a much longer pass phrase with spaces', 'Pässwörd€', '+/=?$-'];

  it('matches OpenSSL BF-ECB with the whole 32-byte key, including + and / in the base64', () => {
    const cipher = createPasswordCipher(stockKey);
    const theirs = opensslEncrypt(stockKey, samples);
    expect(samples.map((plain) => cipher.encrypt(plain))).toEqual(theirs);
    expect(theirs.map((stored) => cipher.decrypt(stored))).toEqual(samples);
    expect(theirs.join('')).toMatch(/[-$]/);
  });

  it('uses every byte of the key: keys that differ only after byte 16 encrypt differently', () => {
    const otherTail = `${stockKey.slice(0, 16)}${'x'.repeat(16)}`;
    expect(createPasswordCipher(otherTail).encrypt('admin')).not.toBe('8xbJv9wZmjA');
    expect([createPasswordCipher(otherTail).encrypt('admin')]).toEqual(opensslEncrypt(otherTail, ['admin']));
  });

  it('refuses values this key did not encrypt', () => {
    const cipher = createPasswordCipher(stockKey);
    expect(cipher.decrypt('')).toBeNull();
    expect(cipher.decrypt('not base64 at all!')).toBeNull();
    expect(cipher.decrypt(createPasswordCipher('another key entirely').encrypt('admin'))).toBeNull();
  });
});
