/**
 * The tile map: the choropleth's comparison without administrative boundaries. Each province is
 * one equal square at its rough position (content/geo/tiles.yaml), labelled with its short name
 * and value and coloured by the same classes as the boundary map. The result is a ChoroplethSpec,
 * so the renderer, legend, "无数据" hatching, highlight, tooltips, keyboard marks and metric
 * switch are the boundary map's own.
 */
import type { TileLayout } from '../geo/tiles.ts';
import { metricValues, type ChoroplethInput, type ChoroplethSpec } from './choropleth.ts';

/** The side of a tile, the gap between tiles, and the margin around them. */
export const TILE = { size: 120, gap: 6, pad: 8, corner: 4 };

export interface TileMapInput extends Omit<ChoroplethInput, 'topology'> {
  tiles: TileLayout;
}

/** Places every place a metric has (in the metrics' order) on its tile. */
export function tileMapSpec(input: TileMapInput): ChoroplethSpec {
  const { names, metrics, tiles } = input;
  const codes = [...new Set(metrics.flatMap((m) => m.values.map((v) => v.code)))];
  // In reading order, row by row: the order of the keyboard and of screen readers.
  const placed = codes
    .flatMap((code) => {
      const tile = tiles.get(code);
      return tile ? [tile] : [];
    })
    .sort((a, b) => a.row - b.row || a.col - b.col);
  const rows = Math.max(0, ...placed.map((t) => t.row)) + 1;
  const cols = Math.max(0, ...placed.map((t) => t.col)) + 1;
  const step = TILE.size + TILE.gap;
  const gridWidth = cols * step - TILE.gap;
  const width = Math.max(gridWidth + 2 * TILE.pad, input.minWidth ?? 0);
  const left = (width - gridWidth) / 2;
  const { legends, fills } = metricValues(metrics);
  const regions = placed.map((tile) => {
    const x = left + tile.col * step;
    const y = TILE.pad + tile.row * step;
    return {
      code: tile.code,
      name: names.get(tile.code) ?? tile.code,
      path: tilePath(x, y),
      label: { x: x + TILE.size / 2, y: y + TILE.size * 0.42, room: TILE.size - 12 },
      values: Object.fromEntries(fills.get(tile.code) ?? []),
    };
  });
  return {
    layout: 'tiles',
    width,
    height: rows * step - TILE.gap + 2 * TILE.pad,
    metrics: metrics.map((m) => m.meta),
    regions,
    prefectureBorders: '',
    cities: [],
    legends,
    tileNotes: cityNotes(input.cities ?? [], names),
    ...(input.highlight ? { highlight: input.highlight } : {}),
  };
}

/** The places the metrics show that have no tile: each is a problem in the chart's file. */
export function missingTiles(codes: readonly string[], tiles: TileLayout): string[] {
  return codes.filter((code) => !tiles.has(code));
}

/**
 * The cities a chart marks cannot be outlined on a tile: they are named inside their province's
 * tile instead ("含长沙、娄底"), so the reader still learns which cities the chart is about.
 */
function cityNotes(
  cities: readonly string[],
  names: ReadonlyMap<string, string>,
): Record<string, string> {
  const byProvince = new Map<string, string[]>();
  for (const code of cities) {
    const province = `${code.slice(0, 2)}0000`;
    byProvince.set(province, [...(byProvince.get(province) ?? []), names.get(code) ?? code]);
  }
  return Object.fromEntries([...byProvince].map(([code, list]) => [code, `含${list.join('、')}`]));
}

/** A square with slightly rounded corners, as a path (marks are paths, like the provinces). */
function tilePath(x: number, y: number): string {
  const { size, corner: r } = TILE;
  const side = size - 2 * r;
  return `M${x + r},${y}h${side}a${r},${r} 0 0 1 ${r},${r}v${side}a${r},${r} 0 0 1 ${-r},${r}h${-side}a${r},${r} 0 0 1 ${-r},${-r}v${-side}a${r},${r} 0 0 1 ${r},${-r}Z`;
}
