import type { Plugin } from 'vite';

/**
 * Builds that include the mock backend (demo) start downloading it with the page: the entry
 * imports it only once the app's own code has run, and it must answer before anything shows.
 * Adds `<link rel="modulepreload">` for the mock backend's chunk and the chunks it imports.
 */
export function preloadMockBackend(): Plugin {
  let base = '/';
  return {
    name: 'preload-mock-backend',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler: (html, { bundle }) => {
        if (!bundle) return [];
        const chunks = Object.values(bundle).filter((output) => output.type === 'chunk');
        const mock = chunks.find((chunk) => chunk.facadeModuleId?.replace(/\\/g, '/').endsWith('/mocks/browser.ts'));
        if (!mock) return [];
        return [mock.fileName, ...mock.imports]
          .filter((file) => !html.includes(file))
          .map((file) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${file}` },
            injectTo: 'head' as const,
          }));
      },
    },
  };
}
