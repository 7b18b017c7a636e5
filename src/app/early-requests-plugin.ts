import { fileURLToPath } from 'node:url';
import { rolldown } from 'rolldown';
import type { Plugin } from 'vite';

const source = fileURLToPath(new URL('./early-requests.ts', import.meta.url));
const warmFormatsSource = fileURLToPath(new URL('../shared/format/warm-formats.ts', import.meta.url));

/**
 * Puts `startEarlyReads` (src/app/early-requests.ts) into index.html as an inline script,
 * bundled on its own and minified (about 1 kB): the browser runs it while parsing the page,
 * so the API reads go out at once instead of after the console's code; then, in another task,
 * it builds the locale data the first screen formats with (src/shared/format/warm-formats.ts),
 * while the main thread would otherwise wait for the code. The Content-Security-
 * Policy allows it by its hash (src/app/content-security-policy.ts). Off for builds on the
 * in-page mock backend, which can answer only once the console has started it.
 */
export function earlyRequests(options: { enabled: boolean; apiBaseUrl: string | undefined }): Plugin {
  return {
    name: 'early-requests',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: async () => {
        if (!options.enabled) return [];
        return [{ tag: 'script', children: await earlyRequestsScript(options.apiBaseUrl ?? '/api'), injectTo: 'head-prepend' }];
      },
    },
  };
}

/** The inline script: an IIFE that starts the reads for the page's own address, then warms Intl. */
export async function earlyRequestsScript(apiBaseUrl: string): Promise<string> {
  const bundle = await rolldown({
    input: 'early-requests-inline',
    platform: 'browser',
    plugins: [
      {
        name: 'early-requests-inline',
        resolveId: (id) => (id === 'early-requests-inline' ? id : null),
        load: (id) =>
          id === 'early-requests-inline'
            ? // In a task of their own: after the parser has asked for the page's scripts and styles,
              // which must not queue behind the reads (HTTP/1.1 opens six connections per host).
              [
                `import { startEarlyReads } from ${JSON.stringify(source)};`,
                `import { warmFormats } from ${JSON.stringify(warmFormatsSource)};`,
                `setTimeout(() => {`,
                `  startEarlyReads(${JSON.stringify(apiBaseUrl)}, window.location);`,
                // A task of its own, so the reads are on their way before it starts.
                `  setTimeout(warmFormats);`,
                `});`,
              ].join('\n')
            : null,
      },
    ],
  });
  try {
    const { output } = await bundle.generate({ format: 'iife', minify: true });
    return output[0].code.trim();
  } finally {
    await bundle.close();
  }
}
