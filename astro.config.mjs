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
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown: { processor: satteri({ hastPlugins: [/** @type {any} */ (nlDesignSystemPlugin)] }) },
  integrations: [mdx()],
  i18n: {
    defaultLocale: 'nl',
    locales: ['nl', 'en'],
    routing: { prefixDefaultLocale: false },
  },
  devToolbar: { enabled: false },
  server: { host: '127.0.0.1', port: 4321 },
});
