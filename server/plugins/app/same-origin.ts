import type { FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { sendProblem } from './problems';

/**
 * Cross-site writes are refused before they reach a route. Browsers send `Origin` on every
 * cross-origin POST, PATCH and DELETE (and Chromium on same-origin ones too): a write whose
 * Origin is not the console's own, or that the browser marks `Sec-Fetch-Site: cross-site`,
 * gets 403. The session cookie is SameSite=Strict as well; this holds when a browser or a
 * proxy gets that wrong. Clients that send no Origin (curl, scripts) are not browsers
 * acting for someone else, and pass.
 */

const unsafe = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** host[:port] of a URL, default ports dropped; undefined when it is not one (including the literal "null"). */
function hostOf(url: string): string | undefined {
  try {
    return new URL(url).host || undefined;
  } catch {
    return undefined;
  }
}

/**
 * The console's own host: PUBLIC_ORIGIN's when set, else the one the request was sent to
 * (X-Forwarded-Host behind a trusted proxy). Hosts, not schemes, are compared, so a proxy
 * that ends TLS without saying so does not turn the console's own writes away.
 */
export function isOwnOrigin(origin: string, request: FastifyRequest, publicOrigin: string | undefined): boolean {
  const own = publicOrigin ? hostOf(publicOrigin) : hostOf(`${request.protocol}://${request.host}`);
  const theirs = hostOf(origin);
  return own !== undefined && theirs === own;
}

export default fp(
  async (app) => {
    app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
      if (!unsafe.has(request.method)) return;
      const origin = request.headers.origin;
      const site = request.headers['sec-fetch-site'];
      const foreign = (origin !== undefined && !isOwnOrigin(origin, request, app.config.PUBLIC_ORIGIN)) || site === 'cross-site';
      if (!foreign) return;
      request.log.warn({ origin, site }, 'cross-site write refused');
      return sendProblem(reply, 403, 'Forbidden', 'This change did not come from the console’s own pages, so it was refused.');
    });
  },
  { name: 'same-origin', dependencies: ['config', 'problems'] },
);
