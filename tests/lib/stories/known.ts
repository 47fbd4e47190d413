/** What the story fixtures may cite, place and link to. */
export const known = {
  sources: new Set(['seed-article']),
  charts: ['filings-map', 'gdp-vs-activity'],
  stories: ['why-hunan'],
  publicFiles: new Set(['/images/park-gate.jpg', '/images/park-building.jpg', '/favicon.svg']),
};
