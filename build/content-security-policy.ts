import type { Plugin } from 'vite';

/**
 * The Content-Security-Policy of built pages, as a meta tag: scripts only from our own
 * origin (no inline script, no eval), requests only to our origin and the API's.
 * Styles allow 'unsafe-inline' because Mantine writes its CSS variables into a style tag
 * at run time. A server should also send `frame-ancestors 'none'` as a header, which a meta
 * tag cannot carry (docs/decisions/0003-content-security-policy.md).
 */
export function cspFor(apiBaseUrl?: string): string {
  let apiOrigin = '';
  if (apiBaseUrl && /^https?:\/\//.test(apiBaseUrl)) apiOrigin = ` ${new URL(apiBaseUrl).origin}`;
  return [
    "default-src 'self'",
    "script-src 'self'",
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

/** Adds the policy to index.html in builds only: the dev server needs inline scripts for hot reload. */
export function contentSecurityPolicy(apiBaseUrl?: string): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: cspFor(apiBaseUrl) },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}
