// @ts-check
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'https://central-china-chain.example',
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Nothing leaves the site at run time: no prefetch to other origins, no telemetry in the page.
  prefetch: false,
  devToolbar: { enabled: false },
});
