/**
 * Fills of the series of a stacked or part-of-whole chart, in order: solid, hatched,
 * dotted, cross-hatched, light. Each differs from its neighbours by pattern, not only by
 * colour, and every segment is outlined in ink so adjacent parts keep 3:1 contrast.
 */
export function seriesFill(prefix: string, index: number): string {
  const fills = ['#2b5f8e', `url(#${prefix}-hatch)`, `url(#${prefix}-dots)`, `url(#${prefix}-cross)`, '#c9d6e3'];
  return fills[index % fills.length] ?? '#2b5f8e';
}

/** Whether text written on the series' fill needs to be white (dark solid fill). */
export function seriesTextIsLight(index: number): boolean {
  return index % 5 === 0;
}
