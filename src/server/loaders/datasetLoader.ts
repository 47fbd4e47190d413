import type { Loader } from 'astro/loaders';
import { datasets, type DatasetName } from '../../lib/data/datasets.ts';
import { getContent, invalidateContent } from '../content.ts';

/**
 * An Astro content loader for one dataset of the registry. Unlike Astro's `file()` loader,
 * which logs a bad entry and skips it, this throws: the build stops with every problem named.
 */
export function datasetLoader(name: DatasetName): Loader {
  const definition = datasets[name];
  return {
    name: `dataset:${name}`,
    schema: definition.schema,
    load: async ({ store, parseData, generateDigest, watcher }) => {
      const sync = async () => {
        const rows = getContent()[name];
        store.clear();
        for (const row of rows) {
          const id = (definition.key as (data: unknown) => string)(row.data);
          const data = await parseData({ id, data: row.data as Record<string, unknown> });
          store.set({ id, data, digest: generateDigest(data) });
        }
      };
      await sync();
      // In `astro dev`, re-validate everything when any content file changes.
      watcher?.on('change', async (changed) => {
        if (!/[\\/]content[\\/]/.test(changed)) return;
        invalidateContent();
        await sync();
      });
    },
  };
}
