/**
 * Class breaks and colours for choropleths. Six provinces are too few for quantiles, so the
 * breaks are equal steps from zero to a rounded maximum: a reader can compare them at a glance.
 */

/**
 * A sequential, colour-blind-safe scheme (ColorBrewer YlGnBu, 5 classes): lightness falls
 * steadily, so order reads without hue and in greyscale print.
 */
export const SEQUENTIAL = ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'] as const;

/** Text colour with enough contrast on each class colour. */
export const LABEL_ON = ['#1b1f24', '#1b1f24', '#1b1f24', '#ffffff', '#ffffff'] as const;

/**
 * A step that is 1, 2 or 5 times a power of ten, so that `classes` steps reach `max`.
 * @example niceStep(13, 5) // 5  (0–5–10–15)
 * @example niceStep(48056, 5) // 10000
 */
export function niceStep(max: number, classes: number): number {
  if (max <= 0) return 1;
  const raw = max / classes;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  return step;
}

export interface ClassBin {
  /** Inclusive lower bound. */
  from: number;
  /** Exclusive upper bound, except for the last bin, which includes it. */
  to: number;
  color: string;
  labelColor: string;
}

/**
 * Equal-step bins from 0 covering every value; as many classes as needed up to five.
 * @example classBins([13, 9, 4, 1]).map((b) => b.from) // [0, 5, 10]
 */
export function classBins(
  values: readonly number[],
  { integer = false, maxClasses = SEQUENTIAL.length } = {},
): ClassBin[] {
  const max = Math.max(0, ...values);
  // Counts never get fractional class bounds.
  const step = integer ? Math.max(1, niceStep(max, maxClasses)) : niceStep(max, maxClasses);
  const count = Math.max(1, Math.min(maxClasses, Math.floor(max / step) + 1));
  // Spread the palette over the classes in use, so two classes are light and dark, not light and lighter.
  const pick = (i: number) =>
    count === 1 ? SEQUENTIAL.length - 1 : Math.round((i * (SEQUENTIAL.length - 1)) / (count - 1));
  return Array.from({ length: count }, (_, i) => ({
    from: i * step,
    to: (i + 1) * step,
    color: SEQUENTIAL[pick(i)] ?? SEQUENTIAL[0],
    labelColor: LABEL_ON[pick(i)] ?? LABEL_ON[0],
  }));
}

/** The bin a value falls in. */
export function binOf(value: number, bins: readonly ClassBin[]): ClassBin {
  return (
    bins.find((bin) => value >= bin.from && value < bin.to) ?? (bins[bins.length - 1] as ClassBin)
  );
}
