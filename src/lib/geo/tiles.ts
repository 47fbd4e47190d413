/**
 * The tile map's layout, content/geo/tiles.yaml: one equal square per province, placed by row and
 * column at its rough position (row 0 is the north, column 0 the west). A journalist moves a
 * tile by editing two numbers; a tile for an unknown place, a place listed twice, or two tiles on
 * one square are problems naming the file and line.
 */
import { z } from 'zod';
import type { ContentProblem } from '../data/contentError.ts';
import { parseYamlList } from '../data/parseYaml.ts';
import { validateRows } from '../data/validateRows.ts';
import { placeCode, text } from '../schema/common.ts';

export const TILES_FILE = 'content/geo/tiles.yaml';

const position = (what: string) =>
  z
    .number({ error: `a ${what} number from 0 to 9` })
    .int({ error: `a ${what} number from 0 to 9` })
    .min(0, { error: `a ${what} number from 0 to 9` })
    .max(9, { error: `a ${what} number from 0 to 9` });

export const tileSchema = z.strictObject({
  code: placeCode().describe('The place: its six-digit code, e.g. 430000 for Hunan.'),
  name: text().optional().describe('The place name, for whoever reads the file (not shown).'),
  row: position('row').describe('The row, counted from 0 at the top (north).'),
  col: position('column').describe('The column, counted from 0 at the left (west).'),
});

export interface Tile {
  code: string;
  row: number;
  col: number;
}

/** Place code → its tile. */
export type TileLayout = ReadonlyMap<string, Tile>;

/** Reads tiles.yaml's text against the known place codes: the layout, or its problems. */
export function readTileLayout(
  source: string | undefined,
  placeCodes: ReadonlySet<string>,
  file = TILES_FILE,
): { tiles: TileLayout; problems: ContentProblem[] } {
  if (source === undefined)
    return {
      tiles: new Map(),
      problems: [
        {
          file,
          expected: 'the tile map layout (a list of code, row and col; see content/README.md)',
          found: 'no such file',
          hint: 'restore content/geo/tiles.yaml from the repository',
        },
      ],
    };
  const { parsed, problems } = parseYamlList(file, source);
  if (!parsed) return { tiles: new Map(), problems };
  const { rows, problems: fieldProblems } = validateRows(parsed, tileSchema);
  const tiles = new Map<string, Tile>();
  const taken = new Map<string, string>();
  const found = [...fieldProblems];
  for (const { data, item } of rows) {
    const where = (field: string) => ({
      file,
      line: item.lineOf([field]),
      item: { kind: 'entry' as const, index: item.index },
      field,
    });
    const cell = `${data.row},${data.col}`;
    if (!placeCodes.has(data.code))
      found.push({
        ...where('code'),
        expected: 'a place code listed in content/data/places.yaml',
        found: `"${data.code}"`,
      });
    else if (tiles.has(data.code))
      found.push({
        ...where('code'),
        expected: 'each place once',
        found: `a second tile for ${data.code}`,
        hint: 'delete one of the two entries',
      });
    else if (taken.has(cell))
      found.push({
        ...where('row'),
        expected: 'one place per square',
        found: `row ${data.row}, col ${data.col} already taken by ${taken.get(cell) ?? ''}`,
        hint: 'move one of the two tiles to a free square',
      });
    else {
      tiles.set(data.code, { code: data.code, row: data.row, col: data.col });
      taken.set(cell, data.code);
    }
  }
  return { tiles, problems: found };
}
