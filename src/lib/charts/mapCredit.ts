/**
 * What every map output prints beside the map (page, story, embed, /charts/<id>.svg and the PNG
 * made from it): the review number and the boundary source, or, without a review number, that
 * the map is a schematic not for publication. A tile map draws no boundary and says so.
 */
import type { BoundarySource, MapSettings } from '../site/siteConfig.ts';

export interface MapCredit {
  /** reviewed: boundaries with a review number; schematic: boundaries without; tiles: none. */
  status: 'reviewed' | 'schematic' | 'tiles';
  /** The lines as readers read them, in order. */
  lines: string[];
  /** The boundary source (boundary maps), for a link to its address. */
  source?: BoundarySource;
}

export const SCHEMATIC_MARK = '示意图，边界未经审核，不得作为正式地图发布。';
export const TILES_MARK = '方块图：每个方块代表一个省，按大致方位排列，不表示边界和面积。';

/** "边界来源：publisher《title》，2017年，url". */
export function boundarySourceLine(source: BoundarySource): string {
  return `边界来源：${source.publisher}《${source.title}》，${source.year}年，${source.url}`;
}

/** The credit of one map chart under the site's map settings. */
export function mapCredit(layout: 'boundaries' | 'tiles', map: MapSettings | undefined): MapCredit {
  if (layout === 'tiles') return { status: 'tiles', lines: [TILES_MARK] };
  const source = map?.boundary_source;
  const sourceLines = source ? [boundarySourceLine(source)] : [];
  const status = map?.review_number ? 'reviewed' : 'schematic';
  return {
    status,
    lines: [map?.review_number ? `审图号：${map.review_number}` : SCHEMATIC_MARK, ...sourceLines],
    ...(source ? { source } : {}),
  };
}
