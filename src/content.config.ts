// Content collections: the stories. Datasets and charts are read and validated by src/server
// (getContent, getCharts) once per build; the story loader fails the build loudly on any problem.
import { defineCollection } from 'astro:content';
import { storyEntrySchema } from './lib/schema/story.ts';
import { storyLoader } from './server/loaders/storyLoader.ts';

export const collections = {
  stories: defineCollection({ loader: storyLoader(), schema: storyEntrySchema }),
};
