/**
 * Map compliance by construction. A map that draws administrative boundaries may be published
 * only with a map review number (审图号; content/site.yaml). Without one, every boundary map is
 * marked as a schematic (mapCredit.ts), `npm run build` warns naming the charts, and a
 * publication build (PUBLISH=1, `npm run build:publish`) stops with one problem per chart file.
 */
import type { ContentProblem } from '../data/contentError.ts';
import { parseYamlMapping } from '../data/parseYaml.ts';
import { SITE_FILE } from '../site/siteConfig.ts';
import type { ChartFile } from './chartDefinitions.ts';

/** The environment variable that makes a build a publication build. */
export const PUBLISH_VARIABLE = 'PUBLISH';

/** Whether this is a publication build: PUBLISH set to anything but empty, 0, false or no. */
export function isPublishBuild(env: Readonly<Record<string, string | undefined>>): boolean {
  const value = env[PUBLISH_VARIABLE]?.trim().toLowerCase();
  return value !== undefined && !['', '0', 'false', 'no'].includes(value);
}

export interface BoundaryMap {
  file: string;
  /** The line of the chart's map: field, or of its kind: when it has none. */
  line: number;
}

/**
 * The chart files that draw administrative boundaries: maps (kind: choropleth) without
 * `map: tiles`. Read from the YAML alone, so the answer holds even while a chart has other
 * problems.
 */
export function boundaryMaps(files: readonly ChartFile[]): BoundaryMap[] {
  return files.flatMap((file) => {
    if (file.problem) return [];
    const item = parseYamlMapping(file.path, file.text).parsed?.items[0];
    const value = item?.value as Record<string, unknown> | null | undefined;
    if (!item || value?.['kind'] !== 'choropleth' || value['map'] === 'tiles') return [];
    return [
      { file: file.path, line: item.lineOf(value['map'] === undefined ? ['kind'] : ['map']) },
    ];
  });
}

/** A publication build without a review number: one problem per boundary map, with both fixes. */
export function publicationProblems(
  maps: readonly BoundaryMap[],
  reviewNumber: string | undefined,
): ContentProblem[] {
  if (reviewNumber) return [];
  return maps.map(({ file, line }) => ({
    file,
    line,
    field: 'map',
    expected: `a tile map, or a map review number (审图号) in ${SITE_FILE}: a publication build (${PUBLISH_VARIABLE}=1) publishes no administrative boundaries without one`,
    found:
      'a map that draws province boundaries (map: boundaries, the default) and no review number',
    hint: `write "map: tiles" in this chart file, or write the map's review number as map.review_number in ${SITE_FILE}`,
  }));
}

/** What `npm run build` says while boundary maps are built without a review number. */
export function boundaryMapWarning(
  maps: readonly BoundaryMap[],
  reviewNumber: string | undefined,
): string | undefined {
  if (reviewNumber || maps.length === 0) return undefined;
  return `no map review number (审图号) in ${SITE_FILE}: ${maps.length} chart(s) draw administrative boundaries and are marked as schematics not for publication: ${maps.map((m) => m.file).join(', ')}. A publication build (npm run build:publish) refuses them: write "map: tiles" in each, or add map.review_number to ${SITE_FILE}.`;
}
