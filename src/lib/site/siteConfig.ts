/**
 * The site's settings an editor may change, in content/site.yaml: for now the map's review
 * number (审图号) and the source of its boundaries. Read like every content file: a mistake is a
 * problem naming the file, line and field, never a silent default.
 */
import { z } from 'zod';
import type { ContentProblem } from '../data/contentError.ts';
import { parseYamlMapping } from '../data/parseYaml.ts';
import { validateRows } from '../data/validateRows.ts';
import { text, url, year } from '../schema/common.ts';

export const SITE_FILE = 'content/site.yaml';

const boundarySource = z.strictObject({
  publisher: text().describe('Who published the boundary data, e.g. 自然资源部.'),
  title: text().describe('The title of the map or data set, as its publisher names it.'),
  year: year().describe('The year of the boundaries (or of their publication).'),
  url: url().describe('Where the boundary data can be found.'),
});

export const siteSchema = z.strictObject({
  map: z
    .strictObject({
      review_number: z
        .string({ error: 'a review number such as GS(2019)1822号, or nothing' })
        .trim()
        .nullable()
        .optional()
        .describe(
          'The map review number (审图号) exactly as issued, e.g. GS(2019)1822号 or 湘S(2020)012号. Leave empty while the map has none: every boundary map is then marked as a schematic, and a publication build refuses it.',
        ),
      boundary_source: boundarySource.describe(
        'Where the province boundaries come from: publisher, title, year and address.',
      ),
    })
    .describe('The map: its review number and the source of its boundaries.'),
});

export type BoundarySource = z.infer<typeof boundarySource>;

/** The map settings as read: an empty review number is none. */
export interface MapSettings {
  review_number?: string;
  boundary_source: BoundarySource;
}

export interface SiteConfig {
  map: MapSettings;
}

/**
 * A review number as printed on maps: 'GS' (national, optionally with a one-character office:
 * GS京) or a province's one-character abbreviation and 'S' (湘S), the year in brackets (half- or
 * full-width), a serial number and 号. Loose on purpose: the check catches a pasted label, a
 * missing 号 or a number without its year, not every form an office may issue.
 */
export const REVIEW_NUMBER =
  /^(?:GS[\u4e00-\u9fff]?|[\u4e00-\u9fff]S)[(（](?:19|20)\d{2}[)）]\d{1,6}号$/;

/** Reads content/site.yaml's text: the settings, or the problems that stop the build. */
export function readSiteConfig(
  source: string | undefined,
  file = SITE_FILE,
): { config?: SiteConfig; problems: ContentProblem[] } {
  if (source === undefined)
    return {
      problems: [
        {
          file,
          expected:
            'the site settings file (the map review number and the boundary source; see content/README.md)',
          found: 'no such file',
          hint: 'restore content/site.yaml from the repository',
        },
      ],
    };
  const { parsed, problems } = parseYamlMapping(file, source);
  const item = parsed?.items[0];
  if (!parsed || !item) return { problems };
  const { rows, problems: fieldProblems } = validateRows(parsed, siteSchema);
  // One entry per file: "entry 1" would only add noise.
  const located = fieldProblems.map(({ item: _, ...rest }) => rest);
  const config = rows[0]?.data;
  if (!config) return { problems: located };
  const number = reviewNumberProblem(config.map.review_number);
  if (number)
    return {
      problems: [
        {
          file,
          line: item.lineOf(['map', 'review_number']),
          field: 'map.review_number',
          ...number,
        },
      ],
    };
  // An empty review number is the same as none.
  const reviewNumber = config.map.review_number || undefined;
  const { review_number: _, ...map } = config.map;
  return {
    config: { map: reviewNumber ? { ...map, review_number: reviewNumber } : map },
    problems: [],
  };
}

/** What is wrong with a review number as written, if anything (empty is allowed: none yet). */
export function reviewNumberProblem(
  value: string | null | undefined,
): Pick<ContentProblem, 'expected' | 'found' | 'hint'> | undefined {
  if (!value || REVIEW_NUMBER.test(value)) return undefined;
  const bare = value.replace(/^\s*审图号\s*[:：]?\s*/, '').replace(/\s+/g, '');
  return {
    expected:
      'a review number (审图号) as issued: GS or a province abbreviation and S, the year in brackets, the serial number and 号, e.g. GS(2019)1822号 or 湘S(2020)012号',
    found: `"${value}"`,
    hint:
      bare !== value && REVIEW_NUMBER.test(bare)
        ? `write the number alone: "${bare}" (the site prints 审图号： before it)`
        : 'copy the number exactly as printed on the approval; leave the field empty while the map has none',
  };
}
