// For end-to-end suites: serve the built dist/ on 127.0.0.1 and start Chromium once per file.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './browser.ts';
import { assertBuilt, DIST } from './dist.ts';
import { readHostHeaders } from './hostHeaders.ts';
import { serveDirectory, type RunningServer } from './staticServer.ts';

export interface ServedSite {
  server: RunningServer;
  browser: Browser;
}

/** Registers the hooks; the returned object is filled in before the first test runs. */
export function useServedSite(): ServedSite {
  const site = {} as ServedSite;
  beforeAll(async () => {
    assertBuilt();
    // Served with the headers of public/_headers, so a CSP violation shows as a console error.
    site.server = await serveDirectory(DIST, readHostHeaders());
    site.browser = await launchChromium();
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}
