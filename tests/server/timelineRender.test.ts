// The timeline's two drawings and its event list, as readers get them.
import { describe, expect, it } from 'vitest';
import { renderTestChart } from '../support/charts.ts';

const chart = renderTestChart(
  `kind: timeline\ntitle: t\ndata: events\nlabel: summary_zh\nlane: province\ncolour: level\nalso:\n  - data: parks\n    label: name_zh\n    lane: province\n    colour: level\n`,
);
// The wide drawing is the view's svg, the narrow one its phone artboard; CSS shows one.
const wide = chart.views[0]!.svg!.markup;
const narrow = chart.views[0]!.narrow!.markup;
const markup = wide + narrow;

describe('timeline drawings', () => {
  it('holds a wide and a narrow drawing, each labelled for screen readers', () => {
    expect(wide).toContain('class="chart-svg chart-svg-timeline"');
    expect(narrow).toContain('class="chart-svg chart-svg-timeline-narrow"');
    expect(narrow).toContain('aria-labelledby="test-chart-narrow-title test-chart-narrow-desc"');
    expect(narrow).toMatch(/viewBox="0 0 340 \d+"/);
  });

  it('sets every text at 14 px or more, so it renders at 12 px or more where it is shown', () => {
    const sizes = [...markup.matchAll(/font-size="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(sizes.length).toBeGreaterThan(10);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(14);
  });

  it('gives each event a target of at least 24 px in both drawings', () => {
    const wideTargets = [...wide.matchAll(/<g class="event"[^>]*><circle[^>]* r="([\d.]+)"/g)];
    expect(wideTargets.length).toBe(3);
    wideTargets.forEach((m) => expect(Number(m[1]) * 2).toBeGreaterThanOrEqual(24));
    const narrowTargets = [
      ...narrow.matchAll(/<g class="event"[^>]*><rect[^>]* height="([\d.]+)"/g),
    ];
    expect(narrowTargets.length).toBe(3);
    narrowTargets.forEach((m) => expect(Number(m[1])).toBeGreaterThanOrEqual(24));
  });

  it('names places in tooltips and shows no codes in visible text', () => {
    expect(markup).toContain('data-tip="2020年4月27日，湖南：湖南印发区块链三年行动计划。"');
    const visible = [...markup.matchAll(/>([^<]+)</g)].map((m) => m[1]).join(' ');
    expect(visible).not.toMatch(/\d{6}/);
  });
});

describe('timeline event list', () => {
  const open = chart.listing!('', true);
  const closed = chart.listing!('', false);
  const text = (html: string) => html.replace(/<[^>]+>/g, '');

  it('is collapsed except where asked open, with the count in its summary', () => {
    expect(open).toMatch(/<details class="chart-data timeline-events" open>/);
    expect(closed).toMatch(/<details class="chart-data timeline-events">/);
    expect(text(closed)).toContain('事件列表（3件）');
  });

  it('names sources by publisher and never shows an id, a code or a bracketed slug', () => {
    const visible = text(open);
    expect(visible).not.toMatch(/\[|seed-|loudi-|\d{6}/);
    expect(open).toContain('href="/data/#source-seed-article"');
    expect(visible).toContain('湖南·省级');
  });
});
