// Lighthouse's mobile audit (its default: a mid-range phone on a slow 4G line, simulated) of a few
// built pages, run in Debian's Chromium. The site is served from dist/ with the headers of
// public/_headers and gzip, as a static host would serve it; nothing is downloaded.
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { readHostHeaders } from '../../tests/support/hostHeaders.ts';
import { serveDirectory } from '../../tests/support/staticServer.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

export interface LighthouseResult {
  path: string;
  /** 0–100 per category; null when Lighthouse could not score it. */
  scores: Record<(typeof CATEGORIES)[number], number | null>;
  /** Audits that cost points, with their score, e.g. "largest-contentful-paint 0.92 (2.6 s)". */
  shortfalls: string[];
  metrics: { fcpMs: number | null; lcpMs: number | null; tbtMs: number | null; cls: number | null };
}

export async function runLighthouse(
  dist: string,
  paths: string[],
  chromePath = process.env['CHROME_PATH'] ?? '/usr/bin/chromium',
): Promise<LighthouseResult[]> {
  const server = await serveDirectory(dist, readHostHeaders());
  const chrome = await launch({
    chromePath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run'],
  });
  try {
    const results: LighthouseResult[] = [];
    for (const path of paths) {
      const run = await lighthouse(server.origin + path, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
      });
      if (!run) throw new Error(`Lighthouse returned nothing for ${path}`);
      const { lhr } = run;
      if (lhr.runtimeError) throw new Error(`Lighthouse on ${path}: ${lhr.runtimeError.message}`);
      const scores = Object.fromEntries(
        CATEGORIES.map((id) => {
          const score = lhr.categories[id]?.score;
          return [id, typeof score === 'number' ? Math.round(score * 100) : null];
        }),
      ) as LighthouseResult['scores'];
      const shortfalls = CATEGORIES.flatMap((id) =>
        (lhr.categories[id]?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0)
          .map((ref) => lhr.audits[ref.id])
          .filter((audit) => audit && typeof audit.score === 'number' && audit.score < 1)
          .map((audit) =>
            `${id}: ${audit?.id} ${audit?.score?.toFixed(2)} ${audit?.displayValue ?? ''}`.trim(),
          ),
      );
      const metric = (id: string) => {
        const value = lhr.audits[id]?.numericValue;
        return typeof value === 'number' ? Math.round(value * 1000) / 1000 : null;
      };
      results.push({
        path,
        scores,
        shortfalls,
        metrics: {
          fcpMs: metric('first-contentful-paint'),
          lcpMs: metric('largest-contentful-paint'),
          tbtMs: metric('total-blocking-time'),
          cls: metric('cumulative-layout-shift'),
        },
      });
    }
    return results;
  } finally {
    chrome.kill();
    await server.close();
  }
}
