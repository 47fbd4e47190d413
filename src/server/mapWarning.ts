/**
 * `npm run build` says, at its end, which charts draw administrative boundaries while the site
 * has no map review number (their pages carry the schematic mark; a publication build refuses
 * them, see src/lib/charts/mapCompliance.ts).
 */
import type { AstroIntegration } from 'astro';
import { boundaryMaps, boundaryMapWarning } from '../lib/charts/mapCompliance.ts';
import { readChartFiles } from './chartFiles.ts';
import { readSiteSettings } from './siteSettings.ts';

/** The warning for the project at `root`, if any (also printed by npm run check). */
export function mapWarning(root = process.cwd()): string | undefined {
  const site = readSiteSettings(root);
  // A broken site file is a content problem that has already stopped the build.
  if (!site.config) return undefined;
  return boundaryMapWarning(boundaryMaps(readChartFiles(root)), site.config.map.review_number);
}

export function mapCompliance(): AstroIntegration {
  return {
    name: 'map-compliance',
    hooks: {
      'astro:build:done': ({ logger }) => {
        const warning = mapWarning();
        if (warning) logger.warn(warning);
      },
    },
  };
}
