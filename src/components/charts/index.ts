/**
 * The chart components, for pages and other components. Each takes view data (see the
 * geometry modules in src/lib/charts/ for the datum types) and renders a <figure> with an
 * accessible SVG and the same figures as a table.
 */
export { default as BudgetSpendingChart } from './BudgetSpendingChart.astro';
export { default as ExecutionRateChart } from './ExecutionRateChart.astro';
export { default as IndicatorBulletChart } from './IndicatorBulletChart.astro';
export { default as PartOfWholeChart } from './PartOfWholeChart.astro';
export { default as StackedBarChart } from './StackedBarChart.astro';
export type { BudgetSpendingDatum } from '../../lib/charts/budget-spending';
export type { ExecutionRateDatum } from '../../lib/charts/execution-rates';
export type { BulletComparison, BulletStatus, IndicatorBulletDatum } from '../../lib/charts/indicator-bullets';
export type { PartDatum } from '../../lib/charts/part-of-whole';
export type { StackedBarDatum, StackedSeries } from '../../lib/charts/stacked-bars';
