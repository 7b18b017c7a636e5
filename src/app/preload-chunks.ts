import type { Plugin } from 'vite';

/**
 * Adds `<link rel="modulepreload">` to index.html for the chunks of the given modules (paths
 * from the project root) and the chunks they import, so they download and compile while the
 * entry runs instead of after it, when the code that needs them asks for them. Used for the
 * demo's mock backend, which must answer before anything shows. (The profile needs none: it
 * is part of the entry, src/app/router.tsx.)
 */
export function preloadChunks(modules: string[]): Plugin {
  let base = '/';
  return {
    name: 'preload-chunks',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler: (html, { bundle }) => {
        if (!bundle) return [];
        const chunks = Object.values(bundle).filter((output) => output.type === 'chunk');
        const scripts = new Set<string>();
        const styles = new Set<string>();
        const visit = (fileName: string) => {
          const chunk = chunks.find((c) => c.fileName === fileName);
          if (!chunk || scripts.has(fileName)) return;
          scripts.add(fileName);
          chunk.viteMetadata?.importedCss.forEach((css) => styles.add(css));
          chunk.imports.forEach(visit);
        };
        for (const module of modules) {
          const chunk = chunks.find((c) => c.facadeModuleId?.replace(/\\/g, '/').endsWith(`/${module}`));
          if (!chunk) throw new Error(`preload-chunks: no chunk for ${module}`);
          visit(chunk.fileName);
        }
        const link = (attrs: Record<string, string | boolean>) => ({ tag: 'link', attrs, injectTo: 'head' as const });
        return [
          ...[...scripts].filter((file) => !html.includes(file)).map((file) => link({ rel: 'modulepreload', crossorigin: true, href: `${base}${file}` })),
          // Fetched early, applied when the route's chunk asks for it (Vite adds the stylesheet then).
          ...[...styles].filter((file) => !html.includes(file)).map((file) => link({ rel: 'preload', as: 'style', crossorigin: true, href: `${base}${file}` })),
        ];
      },
    },
  };
}
