// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { SITE } from './src/site.ts';
import { livePreview } from './src/server/dev/livePreview.ts';
import { mapCompliance } from './src/server/mapWarning.ts';

export default defineConfig({
  site: SITE,
  output: 'static',
  integrations: [
    // Not pages for readers: 404, embeds (framed elsewhere), WeChat exports (for editors).
    sitemap({
      filter: (page) => !['/404', '/embed/', '/wechat/'].some((part) => page.includes(part)),
    }),
    // `npm run dev` only: content edits show on the next load, content problems as a page.
    livePreview(),
    // Boundary maps without a review number: a warning naming them (PUBLISH=1 refuses them).
    mapCompliance(),
  ],
  trailingSlash: 'always',
  // Nothing leaves the site at run time: no prefetch to other origins, no telemetry in the page.
  prefetch: false,
  devToolbar: { enabled: false },
  // Scripts and styles always as files: no inline script, so a strict CSP needs no hashes, and
  // the browser caches the chart script once for every page.
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0 } },
});
