/**
 * One renderer per chart kind, keyed like the kinds' registry: the compiler requires an entry
 * for every kind (and each renderer receives that kind's own view spec).
 */
import type { Annotation } from '../../lib/charts/kinds/annotations.ts';
import type { ChartKindName, SpecOf } from '../../lib/charts/kinds/registry.ts';
import type { ScatterView } from '../../lib/charts/kinds/scatter.ts';
import { formatQuantity } from '../../lib/format/number.ts';
import { NARROW, WIDE } from './artboards.ts';
import { barSvg } from './barSvg.ts';
import { choroplethSvg } from './choroplethSvg.ts';
import { lineSvg, relayLine } from './lineSvg.ts';
import { scatterSvg } from './scatterSvg.ts';
import type { Svg, SvgText } from './svg.ts';
import { timelineList } from './timelineList.ts';
import { narrowTimelineSvg } from './timelineNarrowSvg.ts';
import { timelineSvg } from './timelineSvg.ts';

export interface ViewContext extends SvgText {
  annotations: readonly Annotation[];
  /** Names the publishers of a value's sources, for tooltips. */
  sourceLabel: (ids: readonly string[]) => string;
}

export interface Renderer<Spec> {
  /** The view's picture; undefined for kinds that are a table only. */
  svg(spec: Spec, context: ViewContext): Svg | undefined;
  /** The picture laid out for a phone, when the kind draws one (see artboards.ts). */
  narrow?(spec: Spec, context: ViewContext): Svg | undefined;
  /** HTML that stands in for the data table (the timeline's list of events), open or collapsed. */
  listing?(spec: Spec, base: string, open: boolean): string;
}

export const renderers: { [K in ChartKindName]: Renderer<SpecOf<K>> } = {
  choropleth: {
    svg: (view, c) => choroplethSvg(view.map, { ...c, activeMetric: view.metric }, c.annotations),
  },
  bar: {
    svg: (spec, c) => barSvg(spec, c, c.annotations, WIDE),
    narrow: (spec, c) => barSvg(spec, c, c.annotations, NARROW),
  },
  scatter: {
    svg: (view, c) => scatterSvg(view.scatter, { ...c, tips: scatterTips(view, c), board: WIDE }),
    narrow: (view, c) =>
      scatterSvg(view.scatter, { ...c, tips: scatterTips(view, c), board: NARROW }),
  },
  line: {
    svg: (spec, c) => lineSvg(spec, c, c.annotations),
    narrow: (spec, c) => lineSvg(relayLine(spec, NARROW), c, c.annotations),
  },
  timeline: {
    svg: (view, c) => timelineSvg(view, c, c.annotations),
    narrow: (view, c) => narrowTimelineSvg(view, c),
    listing: timelineList,
  },
  table: { svg: () => undefined },
};

function scatterTips({ scatter, sources }: ScatterView, context: ViewContext): string[] {
  return scatter.points.map(
    (p) =>
      `${p.name}：${scatter.x.label}${formatQuantity(p.x, scatter.x.unit)}；${scatter.y.label}${formatQuantity(p.y, scatter.y.unit, { atLeast: p.atLeast })}（${context.sourceLabel(sources[p.code] ?? [])}）`,
  );
}
