import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { mockServer } from '../../mocks/node';
import { configureHttpClient } from '../shared/http/http-client';

// Mantine needs these browser APIs that jsdom lacks (build tests run in Node, without a window).
if (typeof window !== 'undefined') {
  Object.defineProperty(window, 'matchMedia', {
    writable: true,
    value: (query: string) => ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }),
  });
  class ResizeObserverStub {
    observe() {}
    unobserve() {}
    disconnect() {}
  }
  window.ResizeObserver = ResizeObserverStub as unknown as typeof ResizeObserver;
  window.HTMLElement.prototype.scrollIntoView = () => undefined;
  Object.defineProperty(document, 'fonts', {
    value: { addEventListener: () => undefined, removeEventListener: () => undefined, ready: Promise.resolve() },
  });
  Object.defineProperty(window, 'getComputedStyle', { value: window.getComputedStyle.bind(window) });
}

configureHttpClient({ baseUrl: '/api', timeoutMs: 5000 });
// Routes load lazily and the mock answers asynchronously: give findBy* room on a busy machine
// (at 5 s, profile tests failed while a typecheck ran beside them on 2 cores). A passing test never waits it out.
configure({ asyncUtilTimeout: 10_000 });

beforeAll(() => mockServer.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  if (typeof localStorage !== 'undefined') localStorage.clear();
});
afterEach(() => {
  cleanup();
  mockServer.resetHandlers();
});
afterAll(() => mockServer.close());
