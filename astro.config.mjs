// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { nlDesignSystemPlugin } from './src/lib/content/nlds-classes.ts';

// The public address the site is deployed at. Used for canonical and hreflang URLs only;
// no page ever requests it. Override with SITE_URL when deploying elsewhere.
const site = process.env.SITE_URL ?? 'https://opentelling.nl';

export default defineConfig({
  site,
  trailingSlash: 'always',
  // concurrency: pages rendered at once. Rendering is one thread either way, but with several pages
  // in flight their file writes overlap the next page's rendering. Full build of 34,503 pages, same
  // machine, 2026-11-26: 116.6 s at 1, 98.3 and 104.6 s at 4, 89.6 s at 8, 91.2 s at 16; dist/
  // byte-identical between 1 and 4.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 8 },
  markdown: { processor: satteri({ hastPlugins: [/** @type {any} */ (nlDesignSystemPlugin)] }) },
  integrations: [mdx()],
  i18n: {
    defaultLocale: 'nl',
    locales: ['nl', 'en'],
    routing: { prefixDefaultLocale: false },
  },
  devToolbar: { enabled: false },
  // The CSP forbids inline scripts. Astro inlines a bundled <script> that is smaller than Vite's
  // assetsInlineLimit; 0 makes every bundled script (e.g. the seat calculator island) an external
  // /_astro/*.js file, whatever its size. tests/e2e/seat-calculator.e2e.ts checks dist/ for this.
  vite: { build: { assetsInlineLimit: 0 } },
  server: { host: '127.0.0.1', port: 4321 },
});
