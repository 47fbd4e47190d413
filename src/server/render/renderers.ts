/**
 * One renderer per chart kind, keyed like the kinds' registry: the compiler requires an entry
 * for every kind (and each renderer receives that kind's own view spec).
 */
import type { Annotation } from '../../lib/charts/kinds/annotations.ts';
import type { ChartKindName, SpecOf } from '../../lib/charts/kinds/registry.ts';
import type { ScatterView } from '../../lib/charts/kinds/scatter.ts';
import { formatQuantity } from '../../lib/format/number.ts';
import { barSvg } from './barSvg.ts';
import { choroplethSvg } from './choroplethSvg.ts';
import { lineSvg } from './lineSvg.ts';
import { scatterSvg } from './scatterSvg.ts';
import type { Svg, SvgText } from './svg.ts';
import { timelineList } from './timelineList.ts';
import { timelineSvg } from './timelineSvg.ts';

export interface ViewContext extends SvgText {
  annotations: readonly Annotation[];
  /** Names the publishers of a value's sources, for tooltips. */
  sourceLabel: (ids: readonly string[]) => string;
}

export interface Renderer<Spec> {
  /** The view's picture; undefined for kinds that are a table only. */
  svg(spec: Spec, context: ViewContext): Svg | undefined;
  /** HTML that stands in for the data table (the timeline's list of events). */
  listing?(spec: Spec, base: string): string;
}

export const renderers: { [K in ChartKindName]: Renderer<SpecOf<K>> } = {
  choropleth: {
    svg: (view, c) => choroplethSvg(view.map, { ...c, activeMetric: view.metric }, c.annotations),
  },
  bar: { svg: (spec, c) => barSvg(spec, c, c.annotations) },
  scatter: {
    svg: (view, c) =>
      scatterSvg(view.scatter, { ...c, width: 520, height: 420, tips: scatterTips(view, c) }),
  },
  line: { svg: (spec, c) => lineSvg(spec, c, c.annotations) },
  timeline: { svg: (view, c) => timelineSvg(view, c, c.annotations), listing: timelineList },
  table: { svg: () => undefined },
};

function scatterTips({ scatter, sources }: ScatterView, context: ViewContext): string[] {
  return scatter.points.map(
    (p) =>
      `${p.name}：${scatter.x.label}${formatQuantity(p.x, scatter.x.unit)}；${scatter.y.label}${formatQuantity(p.y, scatter.y.unit, { atLeast: p.atLeast })}（${context.sourceLabel(sources[p.code] ?? [])}）`,
  );
}
