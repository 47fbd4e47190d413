/**
 * A place: a province or city the data names (content/data/places.yaml), with its GB/T 2260
 * code. The columns are declared in content/data/places.schema.yaml; these are the ones the
 * site reads, for chart labels, the map and rolling cities up into provinces.
 */
export interface Place {
  code: string;
  name_zh: string;
  short_zh: string;
  name_en: string;
  level: 'province' | 'prefecture' | 'county';
  parent?: string;
  central?: boolean;
}

/** Columns the site reads from places, with the type each must be declared as. */
export const PLACE_COLUMNS = {
  code: 'place',
  name_zh: 'text',
  short_zh: 'text',
  name_en: 'text',
  level: 'enum',
  parent: 'place',
  central: 'boolean',
} as const;
