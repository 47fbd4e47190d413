// Content collections: one per dataset of the registry (src/lib/data/datasets.ts), each loaded
// by our own loader, which validates all of content/ together and fails the build loudly.
import { defineCollection } from 'astro:content';
import { datasets, type DatasetName } from './lib/data/datasets.ts';
import { datasetLoader } from './server/loaders/datasetLoader.ts';

const collection = <N extends DatasetName>(name: N) =>
  defineCollection({ loader: datasetLoader(name), schema: datasets[name].schema });

export const collections = {
  sources: collection('sources'),
  places: collection('places'),
  gdp: collection('gdp'),
  filingBatches: collection('filingBatches'),
  filingProvinces: collection('filingProvinces'),
  filingCities: collection('filingCities'),
  filingEntities: collection('filingEntities'),
  parks: collection('parks'),
  events: collection('events'),
  projectLists: collection('projectLists'),
  keyProjects: collection('keyProjects'),
  conflicts: collection('conflicts'),
};
