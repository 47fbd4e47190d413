/**
 * Places a map's region labels (name, value, annotation) for one metric so that no two overlap,
 * none collides with a marked city's label, and none runs past the map's edges. Values differ by
 * metric ("13 项" against "54,259.2 亿元"), so each metric gets its own placement: the first
 * style, from largest to most compact, under which every label fits.
 */
import { textWidth } from '../format/textWidth.ts';

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface LabelInput {
  code: string;
  name: string;
  /** The value as readers see it, with its unit. */
  value: string;
  note?: string | undefined;
  /** Where the label is centred (the region's label point). */
  x: number;
  y: number;
  /** The widest the label may be and stay inside its region (about), if known. */
  room?: number | undefined;
}

export interface LabelLine {
  text: string;
  /** Baseline, relative to the label's y. */
  dy: number;
  size: number;
  role: 'name' | 'value' | 'note';
}

export interface PlacedLabel {
  code: string;
  x: number;
  y: number;
  lines: LabelLine[];
}

interface Style {
  name: number;
  value: number;
  /** How the value is written: whole, number and unit on two lines, or the number alone. */
  unit: 'inline' | 'below' | 'legend';
}

/** From the largest to the most compact; every size is at least 13 (12 px on a 296 px map). */
const STYLES: Style[] = [
  { name: 17, value: 14, unit: 'inline' },
  { name: 15, value: 13, unit: 'inline' },
  { name: 15, value: 13, unit: 'below' },
  { name: 14, value: 13, unit: 'legend' },
];

/** "至少 54,259.2 亿元" → ["至少 54,259.2", "亿元"]; text without a number stays whole. */
export function splitUnit(value: string): [string, string] {
  const match = /^(.*?\d[\d,.]*)\s*(\D.*)?$/.exec(value);
  return match ? [match[1] ?? value, (match[2] ?? '').trim()] : [value, ''];
}

function linesOf(label: LabelInput, style: Style): LabelLine[] {
  const [number, unit] = splitUnit(label.value);
  const values =
    style.unit === 'inline' || unit === ''
      ? [label.value]
      : style.unit === 'below'
        ? [number, unit]
        : [number];
  const lines: LabelLine[] = [{ text: label.name, dy: -3, size: style.name, role: 'name' }];
  values.forEach((text, i) =>
    lines.push({ text, dy: 1 + (i + 1) * (style.value + 3), size: style.value, role: 'value' }),
  );
  if (label.note) {
    const last = lines.at(-1)?.dy ?? 0;
    lines.push({ text: label.note, dy: last + 16, size: 13, role: 'note' });
  }
  return lines;
}

/** The box a label covers. */
export function labelBox(label: PlacedLabel): Box {
  const half = Math.max(...label.lines.map((l) => textWidth(l.text, l.size))) / 2;
  const first = label.lines[0];
  const last = label.lines.at(-1);
  return {
    left: label.x - half,
    right: label.x + half,
    top: label.y + (first?.dy ?? 0) - (first?.size ?? 0) * 0.9,
    bottom: label.y + (last?.dy ?? 0) + (last?.size ?? 0) * 0.25,
  };
}

/** The width of a label's name and value (an annotation may reach beyond its region). */
const coreWidth = (label: PlacedLabel | undefined) =>
  Math.max(
    0,
    ...(label?.lines ?? []).filter((l) => l.role !== 'note').map((l) => textWidth(l.text, l.size)),
  );

export const overlaps = (a: Box, b: Box, gap = 2) =>
  a.left < b.right + gap &&
  b.left < a.right + gap &&
  a.top < b.bottom + gap &&
  b.top < a.bottom + gap;

/** Labels in one style, each moved inside the map's width. */
function placeAll(labels: readonly LabelInput[], style: Style, width: number): PlacedLabel[] {
  return labels.map((label) => {
    const placed = { code: label.code, x: label.x, y: label.y, lines: linesOf(label, style) };
    const box = labelBox(placed);
    const shift = Math.max(0, 2 - box.left) - Math.max(0, box.right - (width - 2));
    return { ...placed, x: Math.round((label.x + shift) * 10) / 10 };
  });
}

function collides(
  labels: readonly LabelInput[],
  placed: readonly PlacedLabel[],
  obstacles: readonly Box[],
): boolean {
  const boxes = placed.map(labelBox);
  return boxes.some(
    (box, i) =>
      coreWidth(placed[i]) > (labels[i]?.room ?? Infinity) ||
      boxes.some((other, j) => j > i && overlaps(box, other)) ||
      obstacles.some((o) => overlaps(box, o)),
  );
}

/** The labels in the largest style under which none collides (the most compact one otherwise). */
export function placeMapLabels(
  labels: readonly LabelInput[],
  width: number,
  obstacles: readonly Box[] = [],
): PlacedLabel[] {
  for (const style of STYLES) {
    const placed = placeAll(labels, style, width);
    if (!collides(labels, placed, obstacles)) return placed;
  }
  return placeAll(labels, STYLES.at(-1) as Style, width);
}
