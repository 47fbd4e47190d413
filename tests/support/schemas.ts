// Row schemas of the real declarations, for tests that validate rows directly.
import { fixtureContent } from './fixtureContent.ts';

const datasets = fixtureContent().datasets;
const schemaOf = (name: string) => {
  const dataset = datasets.get(name);
  if (!dataset) throw new Error(`no dataset ${name}`);
  return dataset.schema;
};

export const parkSchema = schemaOf('parks');
export const gdpSchema = schemaOf('gdp');
export const filingCitySchema = schemaOf('filings-cities');
