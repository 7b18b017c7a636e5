import { request, type APIRequestContext, type BrowserContext } from '@playwright/test';
import type { Customer } from '../../src/features/customers/customer-schema';
import type { User } from '../../src/features/session/session-schema';
import type { Account } from './env';

/**
 * Sessions of their own against a real backend, over HTTP beside the browser: someone else
 * signed in elsewhere (their edits make a real 412), or the flow's own sign-in, which it can
 * end on the server while the page still holds its cookie (a real 401).
 */
export interface ApiSession {
  api: APIRequestContext;
  user: User;
  /** The session's cookies, to hand to a browser context. */
  cookies(): Promise<Awaited<ReturnType<BrowserContext['cookies']>>>;
  /** Signs this session out on the server (DELETE /api/session), as the account menu does. */
  end(): Promise<void>;
  /** Saves fields of a customer as this session (GET its ETag, then PATCH with If-Match): the saved record and its new ETag. */
  edit(customerId: number, fields: Partial<Customer>): Promise<{ customer: Customer; etag: string }>;
  dispose(): Promise<void>;
}

export async function signInOverApi(baseURL: string, account: Account): Promise<ApiSession> {
  const api = await request.newContext({ baseURL, extraHTTPHeaders: { Accept: 'application/json' } });
  const signIn = await api.post('/api/session', { data: { email: account.email, password: account.password } });
  if (signIn.status() !== 200) {
    await api.dispose();
    throw new Error(`POST /api/session as ${account.email} answered ${signIn.status()}: ${await signIn.text()}`);
  }
  const { user } = (await signIn.json()) as { user: User };
  return {
    api,
    user,
    cookies: async () => (await api.storageState()).cookies,
    async end() {
      const ended = await api.delete('/api/session');
      if (ended.status() !== 204) throw new Error(`DELETE /api/session answered ${ended.status()}`);
    },
    async edit(customerId, fields) {
      const current = await api.get(`/api/customers/${customerId}`);
      if (current.status() !== 200) throw new Error(`GET /api/customers/${customerId} answered ${current.status()}`);
      const saved = await api.patch(`/api/customers/${customerId}`, { data: fields, headers: { 'If-Match': current.headers()['etag'] ?? '' } });
      if (saved.status() !== 200) throw new Error(`PATCH /api/customers/${customerId} answered ${saved.status()}: ${await saved.text()}`);
      const etag = saved.headers()['etag'];
      if (!etag) throw new Error(`PATCH /api/customers/${customerId} answered 200 without an ETag`);
      return { customer: (await saved.json()) as Customer, etag };
    },
    dispose: () => api.dispose(),
  };
}
