import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

const valid = {
  DATABASE_URL: 'mysql://astppuser:db-password-123@db.internal:3306/astpp',
  ASTPP_PRIVATE_KEY: '8YSDaBtDHAB3EQkxPAyTz2I5DttzA9uR',
  SESSION_SECRET: 'k'.repeat(40),
};

function problemsOf(env: Record<string, string | undefined>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('server configuration from the environment', () => {
  it('takes a complete environment, with defaults for the rest', () => {
    expect(loadConfig(valid)).toMatchObject({ PORT: 8080, HOST: '127.0.0.1', CARRIERDESK_DATABASE: 'carrierdesk', SESSION_TTL_HOURS: 12, TRUST_PROXY: false });
  });

  it('names every missing variable', () => {
    const problems = problemsOf({});
    expect(problems.map((p) => p.split(' ')[0])).toEqual(['DATABASE_URL', 'ASTPP_PRIVATE_KEY', 'SESSION_SECRET']);
    expect(problems.every((p) => /is required/.test(p))).toBe(true);
  });

  it('names bad values without ever printing them', () => {
    const bad = {
      DATABASE_URL: 'postgres://astppuser:db-password-123@db/astpp',
      ASTPP_PRIVATE_KEY: 'x'.repeat(57),
      SESSION_SECRET: 'short-secret-value',
      PORT: 'eighty',
      TRUST_PROXY: 'yes',
    };
    const problems = problemsOf(bad);
    expect(problems.map((p) => p.split(' ')[0])).toEqual(['DATABASE_URL', 'ASTPP_PRIVATE_KEY', 'SESSION_SECRET', 'PORT', 'TRUST_PROXY']);
    const text = problems.join('\n');
    for (const secret of ['db-password-123', 'x'.repeat(57), 'short-secret-value']) expect(text).not.toContain(secret);
  });

  it('stops `npm run server` with a message naming the variable', async () => {
    const run = promisify(execFile);
    const outcome = await run(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      env: { PATH: process.env.PATH, ...valid, SESSION_SECRET: 'too-short-but-secret' },
    }).catch((error: { code: number; stderr: string }) => error);
    expect('code' in outcome && outcome.code).toBe(1);
    expect(outcome.stderr).toContain('SESSION_SECRET must be at least 32 characters');
    expect(outcome.stderr).not.toContain('too-short-but-secret');
    expect(outcome.stderr).not.toContain('db-password-123');
  });
});
