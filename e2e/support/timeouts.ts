/**
 * Waiting for a screen after a page load: the bundle, the mock service worker and the
 * screen's data all come first, which takes seconds on a busy 2-core machine. Interactions
 * on a loaded screen keep the shorter `expect` timeout of the config.
 */
export const screenLoad = { timeout: 20_000 } as const;
