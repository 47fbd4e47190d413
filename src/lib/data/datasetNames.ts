/** The dataset names, kept apart from the registry so schemas can name datasets without a cycle. */
export const DATASET_NAMES = [
  'sources',
  'places',
  'gdp',
  'filingBatches',
  'filingProvinces',
  'filingCities',
  'filingEntities',
  'parks',
  'events',
  'projectLists',
  'keyProjects',
  'conflicts',
] as const;

export type DatasetName = (typeof DATASET_NAMES)[number];
