import { catalog } from '../lib/model/catalog.ts';
import { electionSlug, resultsPageDataFor, resultsSnapshotIds } from '../lib/results/page-data.ts';
import { checkRunFor, checkSummaryForUnit } from '../lib/verify/page-data.ts';

/**
 * getStaticPaths of the results routes (nl /uitslag/<id>/, en /en/results/<id>/): one page per snapshot
 * in the catalog that can be recounted (seats and a whole-area count; see src/lib/results/page-data.ts).
 * The page data is computed once per build and shared by both languages.
 */
export async function resultsPaths() {
  const c = await catalog();
  const ids = await resultsSnapshotIds(c.root);
  return Promise.all(
    ids.map(async (id) => {
      const data = await resultsPageDataFor(c.get(id));
      // The "checked" line: the checks of the whole-area count this page is computed from.
      const run = await checkRunFor(c.get(id));
      const unit = run.results.find((r) => r.check === 'seats')?.unit ?? 'CSB';
      const level = run.results.find((r) => r.check === 'seats')?.level ?? 'CSB';
      return {
        params: { election: electionSlug(id) },
        props: { data, checked: checkSummaryForUnit(run.results, { level, code: unit }) },
      };
    }),
  );
}
