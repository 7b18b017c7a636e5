import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { loadBrand } from './brand-loader.ts';

const VIRTUAL_ID = 'virtual:brand';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

/**
 * White-label builds: `BRAND=<id>` picks `brands/<id>/`. The app imports `virtual:brand`;
 * index.html gets the brand's title, theme colour and favicon. Only the chosen brand's
 * files end up in dist/.
 */
export function brandPlugin(brandId: string | undefined): Plugin {
  const brand = loadBrand(brandId);
  const faviconName = `favicon.${brand.data.favicon.split('.').pop()}`;
  const faviconType = faviconName.endsWith('.svg') ? 'image/svg+xml' : faviconName.endsWith('.png') ? 'image/png' : 'image/x-icon';
  return {
    name: 'console-brand',
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const logo = JSON.stringify(`${brand.logoPath}?url`);
      return `import logoUrl from ${logo};\nexport const brand = { id: ${JSON.stringify(brand.id)}, ...${JSON.stringify(brand.data)}, logoUrl };\n`;
    },
    transformIndexHtml(html) {
      return html
        .replaceAll('%BRAND_NAME%', brand.data.name)
        .replaceAll('%BRAND_COLOR%', brand.data.primaryColor)
        .replaceAll('%BRAND_FAVICON%', faviconName)
        .replaceAll('%BRAND_FAVICON_TYPE%', faviconType);
    },
    configureServer(server) {
      server.middlewares.use(`/${faviconName}`, (_req, res) => {
        res.setHeader('Content-Type', faviconType);
        res.end(readFileSync(brand.faviconPath));
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: faviconName, source: readFileSync(brand.faviconPath) });
    },
  };
}
