/**
 * Warnings for the journalist (`npm run check`): views that cannot show a comparison (fewer
 * than three places with values, or all values equal) are not drawn as charts but listed. The
 * build goes on; the warning says which chart file and which view, so the view can be removed
 * or its data completed.
 */
import type { LoadedChart } from './chartDefinitions.ts';

export function viewWarnings(charts: readonly LoadedChart[]): string[] {
  return charts.flatMap((chart) =>
    chart.model.views.flatMap((view) => {
      if (!view.list) return [];
      const known = view.list.filter((item) => item.text !== '无数据');
      const why =
        known.length < 3
          ? `only ${known.length} of ${view.list.length} places have a value`
          : `every value is ${known[0]?.text ?? ''}`;
      const which = view.metric
        ? `view "${view.metric}" (${view.label ?? view.metric})`
        : 'the chart';
      return [
        `${chart.file}: ${which} shows no comparison (${why}); it is shown as a list, not drawn. Remove the view, or complete its data.`,
      ];
    }),
  );
}
