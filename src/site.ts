/** The address the site is published at: canonical URLs, feeds, sitemaps and embed codes use it. */
export const SITE = 'https://central-china-chain.example';
