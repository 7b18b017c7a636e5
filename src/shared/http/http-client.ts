import { withMeta, z } from '../zod';

/**
 * The one place that speaks HTTP: base URL, JSON, ETags, RFC 9457 problem details, time-outs
 * and validation of answers at the boundary. Components and hooks never see a Response.
 */

export const problemSchema = withMeta(
  z.object({
    type: z._default(z.string(), 'about:blank'),
    title: z.string(),
    status: z.number().check(z.int()),
    detail: z.optional(z.string()),
    errors: z.optional(z.record(z.string(), z.array(z.string()))),
  }),
  { id: 'Problem' },
);

export type Problem = z.infer<typeof problemSchema>;

export type ApiErrorKind =
  | 'network'
  | 'timeout'
  | 'malformed'
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'validation'
  | 'server';

/** A failed call, with what an operator needs to know about it. */
export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly status: number | undefined;
  readonly problem: Problem | undefined;

  constructor(kind: ApiErrorKind, message: string, status?: number, problem?: Problem) {
    super(message);
    this.name = 'ApiError';
    this.kind = kind;
    this.status = status;
    this.problem = problem;
  }

  /** Field errors of a 422, keyed by JSON field name. */
  get fieldErrors(): Record<string, string[]> {
    return this.problem?.errors ?? {};
  }
}

export function isApiError(error: unknown, kind?: ApiErrorKind): error is ApiError {
  return error instanceof ApiError && (kind === undefined || error.kind === kind);
}

const kindByStatus: Record<number, ApiErrorKind> = {
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not-found',
  412: 'conflict',
  422: 'validation',
};

function defaultMessage(kind: ApiErrorKind): string {
  switch (kind) {
    case 'network':
      return 'The server could not be reached. Check your connection; nothing was lost.';
    case 'timeout':
      return 'The server took too long to answer. Nothing was lost; try again.';
    case 'malformed':
      return 'The server sent an answer this console does not understand. Nothing was lost; try again or contact support.';
    case 'unauthorized':
      return 'Your session has ended. Sign in again to continue.';
    case 'forbidden':
      return 'You do not have permission to do this.';
    case 'not-found':
      return 'This record no longer exists.';
    case 'conflict':
      return 'Someone else saved this record after you opened it.';
    case 'validation':
      return 'Some fields need attention.';
    case 'server':
      return 'The server had a problem and nothing was saved. Try again in a moment.';
  }
}

export interface RequestOptions<T> {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  body?: unknown;
  /** Sent as If-Match for optimistic concurrency. */
  ifMatch?: string;
  /** Validates the JSON answer; a mismatch is a 'malformed' ApiError. */
  schema?: z.core.$ZodType<T>;
  query?: Record<string, string | number | undefined | null>;
  signal?: AbortSignal;
  timeoutMs?: number;
}

export interface ApiResponse<T> {
  data: T;
  etag: string | undefined;
  status: number;
}

let baseUrl = (import.meta.env?.VITE_API_BASE_URL as string | undefined) ?? '/api';
let defaultTimeoutMs = 15_000;
let backendReady: Promise<unknown> | undefined;

export function configureHttpClient(options: {
  baseUrl?: string;
  timeoutMs?: number;
  /** Requests wait for this before they go out: the demo's mock backend starting in the page. */
  ready?: Promise<unknown>;
}) {
  if (options.baseUrl !== undefined) baseUrl = options.baseUrl;
  if (options.timeoutMs !== undefined) defaultTimeoutMs = options.timeoutMs;
  if (options.ready !== undefined) backendReady = options.ready.catch(() => undefined);
}

export function apiUrl(path: string, query?: RequestOptions<unknown>['query']): string {
  const origin = typeof window !== 'undefined' ? window.location.origin : 'http://localhost';
  const url = new URL(`${baseUrl.replace(/\/$/, '')}${path}`, origin);
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') url.searchParams.set(key, String(value));
  }
  return url.toString();
}

type UnauthorizedListener = () => void;
const unauthorizedListeners = new Set<UnauthorizedListener>();

/** Called on every 401, so the session layer can ask the user to sign in again. */
export function onUnauthorized(listener: UnauthorizedListener): () => void {
  unauthorizedListeners.add(listener);
  return () => unauthorizedListeners.delete(listener);
}

export async function request<T>(path: string, options: RequestOptions<T> = {}): Promise<ApiResponse<T>> {
  const { method = 'GET', body, ifMatch, schema, query, signal, timeoutMs = defaultTimeoutMs } = options;
  const headers: Record<string, string> = { Accept: 'application/json, application/problem+json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (ifMatch) headers['If-Match'] = ifMatch;
  if (backendReady) await backendReady;

  const timeout = AbortSignal.timeout(timeoutMs);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;

  let response: Response;
  try {
    response = await fetch(apiUrl(path, query), {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'include',
      signal: combined,
    });
  } catch (error) {
    if (timeout.aborted) throw new ApiError('timeout', defaultMessage('timeout'));
    if (signal?.aborted) throw error;
    throw new ApiError('network', defaultMessage('network'));
  }

  // The time-out covers reading the answer too: one that runs out here is a time-out, not
  // an answer "this console does not understand".
  const text = await response.text().catch((error: unknown) => {
    if (timeout.aborted) throw new ApiError('timeout', defaultMessage('timeout'));
    if (signal?.aborted) throw error;
    return '';
  });
  let json: unknown = undefined;
  if (text !== '') {
    try {
      json = JSON.parse(text);
    } catch {
      if (response.ok) throw new ApiError('malformed', defaultMessage('malformed'), response.status);
    }
  }

  if (!response.ok) {
    const parsed = problemSchema.safeParse(json);
    const problem = parsed.success ? parsed.data : undefined;
    const kind = kindByStatus[response.status] ?? 'server';
    if (kind === 'unauthorized') unauthorizedListeners.forEach((listener) => listener());
    const message =
      kind === 'validation' || kind === 'server'
        ? defaultMessage(kind)
        : (problem?.detail ?? defaultMessage(kind));
    throw new ApiError(kind, message, response.status, problem);
  }

  let data = json as T;
  if (schema) {
    const parsed = z.safeParse(schema, json);
    if (!parsed.success) {
      throw new ApiError('malformed', defaultMessage('malformed'), response.status);
    }
    data = parsed.data;
  }
  return { data, etag: response.headers.get('ETag') ?? undefined, status: response.status };
}
