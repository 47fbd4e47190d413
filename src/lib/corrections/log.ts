/**
 * The corrections a page shows: a story's own, and the data corrections that reach the charts it
 * places (from the day it was published on); and the site's whole log for the methodology page,
 * built from both kinds.
 */
import type { DataCorrection } from './dataCorrections.ts';
import { storyCorrectionText, type StoryCorrection } from './describe.ts';

/** A data correction as a chart carries it: the record and its sentence for readers. */
export interface ChartCorrection extends DataCorrection {
  text: string;
}

/** What a page needs of a chart to list its corrections. */
export interface CorrectedChart {
  id: string;
  title: string;
  corrections: readonly ChartCorrection[];
}

export type CorrectionEntry =
  | { kind: 'story'; date: string; correction: StoryCorrection; text: string }
  | { kind: 'data'; date: string; correction: ChartCorrection; text: string; charts: ChartRef[] };

export interface ChartRef {
  id: string;
  title: string;
}

const identity = (c: DataCorrection) => [c.dataset, c.row, c.field, c.date].join('\n');

/** Each data correction once, with every chart (of those given) it reaches. */
export function dataEntries(charts: readonly CorrectedChart[]): CorrectionEntry[] {
  const byCorrection = new Map<string, { correction: ChartCorrection; charts: ChartRef[] }>();
  for (const chart of charts)
    for (const correction of chart.corrections) {
      const entry = byCorrection.get(identity(correction)) ?? { correction, charts: [] };
      entry.charts.push({ id: chart.id, title: chart.title });
      byCorrection.set(identity(correction), entry);
    }
  return [...byCorrection.values()].map(({ correction, charts: reached }) => ({
    kind: 'data',
    date: correction.date,
    correction,
    text: correction.text,
    charts: reached,
  }));
}

/**
 * A story's corrections, oldest first: its own, then (on the same day) the data corrections of
 * the charts it places. A data correction made before the story was published is not one of the
 * story's: the story never showed the old value.
 */
export function storyCorrections(
  story: { date: string; corrections?: readonly StoryCorrection[] | undefined },
  placed: readonly CorrectedChart[],
): CorrectionEntry[] {
  const own: CorrectionEntry[] = (story.corrections ?? []).map((correction) => ({
    kind: 'story',
    date: correction.date,
    correction,
    text: storyCorrectionText(correction),
  }));
  const data = dataEntries(placed).filter((entry) => entry.date >= story.date);
  return [...own, ...data].sort((a, b) => a.date.localeCompare(b.date));
}

/** One line of the site's correction log: a correction and the pages it is shown on. */
export interface LogEntry {
  entry: CorrectionEntry;
  /** The stories it is shown on (a story's own correction: that story). */
  stories: { id: string; title: string }[];
}

/** Every correction of the site, newest first. */
export function correctionLog(
  stories: readonly {
    id: string;
    title: string;
    date: string;
    corrections?: readonly StoryCorrection[] | undefined;
    charts: readonly string[];
  }[],
  charts: readonly CorrectedChart[],
): LogEntry[] {
  const own = stories.flatMap((story) =>
    storyCorrections(story, []).map((entry) => ({
      entry,
      stories: [{ id: story.id, title: story.title }],
    })),
  );
  const data = dataEntries(charts).map((entry) => ({
    entry,
    stories: stories
      .filter(
        (s) =>
          entry.date >= s.date &&
          entry.kind === 'data' &&
          entry.charts.some((c) => s.charts.includes(c.id)),
      )
      .map((s) => ({ id: s.id, title: s.title })),
  }));
  return [...own, ...data].sort((a, b) => b.entry.date.localeCompare(a.entry.date));
}
