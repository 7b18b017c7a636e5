import { Blowfish } from 'egoroof-blowfish';

/**
 * ASTPP's reversible password encryption (common.php `encode`/`decode`): Blowfish in ECB
 * mode under the install's PRIVATE_KEY, used whole (all 32 bytes of the stock key), PKCS#7
 * padding, then base64 made URL-friendly ASTPP's way: `+` → `-`, `/` → `$`, `=` dropped.
 * OpenSSL 3 (Node 20) only offers BF-ECB behind --openssl-legacy-provider, so a pure-JS
 * Blowfish does it (docs/decisions/0009-server-stack.md).
 */
export interface PasswordCipher {
  encrypt(plain: string): string;
  /** The plain password, or null when the stored value is not one this key encrypted. */
  decrypt(stored: string): string | null;
}

export function createPasswordCipher(privateKey: string): PasswordCipher {
  const blowfish = new Blowfish(privateKey, Blowfish.MODE.ECB, Blowfish.PADDING.PKCS5);
  return {
    encrypt(plain) {
      return Buffer.from(blowfish.encode(plain)).toString('base64').replace(/\+/g, '-').replace(/\//g, '$').replace(/=+$/, '');
    },
    decrypt(stored) {
      const base64 = stored.replace(/-/g, '+').replace(/\$/g, '/');
      const bytes = Buffer.from(base64, 'base64');
      if (bytes.length === 0 || bytes.length % 8 !== 0 || bytes.toString('base64').replace(/=+$/, '') !== base64.replace(/=+$/, '')) return null;
      let plain: string;
      try {
        plain = blowfish.decode(new Uint8Array(bytes), Blowfish.TYPE.STRING);
      } catch {
        return null;
      }
      // The library strips padding without checking it; a value encrypted under another key
      // decodes to noise whose re-encryption differs.
      return this.encrypt(plain) === stored.replace(/=+$/, '') ? plain : null;
    },
  };
}
