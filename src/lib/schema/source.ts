/**
 * A source: one document a number or claim comes from (content/sources.yaml). The columns are
 * declared in content/sources.schema.yaml; these are the ones the site itself reads, to write
 * every source list, credit line and tooltip.
 */
export interface Source {
  id: string;
  publisher: string;
  title: string;
  date: string | null;
  url: string | null;
  kind: string;
  /** How primary the document is (content/sources.schema.yaml `tier`): see lib/sources/tiers.ts. */
  tier: string;
  /** Where a document without an address can be found (a printed yearbook's title and table). */
  locator?: string;
  /** For readers (Chinese). The register's internal columns (supports, internal_note) are never read. */
  note?: string;
}

/** Columns the site reads from sources, with the type each must be declared as. */
export const SOURCE_COLUMNS = {
  id: 'id',
  publisher: 'text',
  title: 'text',
  date: 'date',
  url: 'url',
  kind: 'enum',
  tier: 'enum',
} as const;
