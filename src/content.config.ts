// Content collections: one per dataset of the registry (src/lib/data/datasets.ts), each loaded
// by our own loader, which validates all of content/ together and fails the build loudly.
// Written out one by one so that Astro infers each collection's own row type.
import { defineCollection } from 'astro:content';
import { datasets as d } from './lib/data/datasets.ts';
import { storyEntrySchema } from './lib/schema/story.ts';
import { datasetLoader as load } from './server/loaders/datasetLoader.ts';
import { storyLoader } from './server/loaders/storyLoader.ts';

export const collections = {
  sources: defineCollection({ loader: load('sources'), schema: d.sources.schema }),
  places: defineCollection({ loader: load('places'), schema: d.places.schema }),
  gdp: defineCollection({ loader: load('gdp'), schema: d.gdp.schema }),
  filingBatches: defineCollection({
    loader: load('filingBatches'),
    schema: d.filingBatches.schema,
  }),
  filingProvinces: defineCollection({
    loader: load('filingProvinces'),
    schema: d.filingProvinces.schema,
  }),
  filingCities: defineCollection({ loader: load('filingCities'), schema: d.filingCities.schema }),
  filingEntities: defineCollection({
    loader: load('filingEntities'),
    schema: d.filingEntities.schema,
  }),
  parks: defineCollection({ loader: load('parks'), schema: d.parks.schema }),
  events: defineCollection({ loader: load('events'), schema: d.events.schema }),
  projectLists: defineCollection({ loader: load('projectLists'), schema: d.projectLists.schema }),
  keyProjects: defineCollection({ loader: load('keyProjects'), schema: d.keyProjects.schema }),
  conflicts: defineCollection({ loader: load('conflicts'), schema: d.conflicts.schema }),
  stories: defineCollection({ loader: storyLoader(), schema: storyEntrySchema }),
};
