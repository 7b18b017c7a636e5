import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

/**
 * The Content-Security-Policy of built pages, as a meta tag: scripts only from our own
 * origin (no inline script, no eval), requests only to our origin and the API's.
 * Styles allow 'unsafe-inline' because Mantine writes its CSS variables into a style tag
 * at run time. A server should also send `frame-ancestors 'none'` as a header, which a meta
 * tag cannot carry (docs/decisions/0003-content-security-policy.md).
 */
export function cspFor(apiBaseUrl?: string, inlineScripts: string[] = []): string {
  let apiOrigin = '';
  if (apiBaseUrl && /^https?:\/\//.test(apiBaseUrl)) apiOrigin = ` ${new URL(apiBaseUrl).origin}`;
  return [
    "default-src 'self'",
    ["script-src 'self'", ...inlineScripts.map(scriptHash)].join(' '),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${apiOrigin}`,
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** The CSP source that allows an inline script with exactly this text. */
export const scriptHash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The text of each inline `<script>` (no src) in a page. */
export const inlineScriptsOf = (html: string) =>
  [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1] ?? '');

/**
 * Adds the policy to index.html in builds only: the dev server needs inline scripts for hot
 * reload. Inline scripts the build put in the page (the early-requests script) are allowed
 * by their hashes, so the plugins that add them must come before this one.
 */
export function contentSecurityPolicy(apiBaseUrl?: string): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: cspFor(apiBaseUrl, inlineScriptsOf(html)) },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}
