/**
 * Sizes shared by every chart: the two widths each chart is drawn at, the type size the
 * label wrapping counts in, and which layout a width gets.
 */

/** The widths each chart is computed at: a phone column and a desktop column, in px. */
export const CHART_WIDTHS = { narrow: 336, wide: 720 } as const;

/** Font size of chart text in px (labels, values, ticks). Wrapping counts em of this size. */
export const FONT_PX = 13;
/** Distance between two lines of a wrapped label, in px. */
export const LINE_PX = 17;

export interface ChartSize {
  /** Width of the drawing in px. */
  width: number;
}

/**
 * `stacked`: the label sits above its bar, across the whole width (phones).
 * `side`: labels in a column on the left, bars to their right.
 */
export type ChartLayout = 'stacked' | 'side';

/** Below this width a label column would leave too little room for bars. */
export const SIDE_LAYOUT_MIN_WIDTH = 520;

export function layoutFor(size: ChartSize): ChartLayout {
  if (!(size.width >= 200)) throw new Error(`a chart needs at least 200 px of width, got ${size.width}`);
  return size.width < SIDE_LAYOUT_MIN_WIDTH ? 'stacked' : 'side';
}

/** A tick label: centred under its tick unless that would push it past an edge of the drawing. */
export interface Tick {
  x: number;
  label: string;
  anchor: 'start' | 'middle' | 'end';
}

/** Makes tick labels that stay inside `[0, width]`, given their estimated width. */
export function edgeAwareTicks(ticks: ReadonlyArray<{ x: number; label: string }>, width: number, labelWidth: (label: string) => number): Tick[] {
  return ticks.map(({ x, label }) => {
    const half = labelWidth(label) / 2;
    const anchor = x - half < 0 ? 'start' : x + half > width ? 'end' : 'middle';
    return { x, label, anchor };
  });
}
