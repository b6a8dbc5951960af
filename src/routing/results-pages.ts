import path from 'node:path';
import { loadSnapshot } from '../lib/model/load.ts';
import { dataDir, electionSlug, resultsPageData, resultsSnapshotIds } from '../lib/results/page-data.ts';

/**
 * getStaticPaths of the results routes (nl /uitslag/<id>/, en /en/results/<id>/): one page per snapshot
 * that can be recounted (seats and a whole-area count; see src/lib/results/page-data.ts).
 */
export async function resultsPaths() {
  const root = dataDir();
  const ids = await resultsSnapshotIds(root);
  return Promise.all(
    ids.map(async (id) => ({
      params: { election: electionSlug(id) },
      props: { data: await resultsPageData(await loadSnapshot(path.join(root, id))) },
    })),
  );
}
