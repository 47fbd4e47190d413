/** The address the site is published at: canonical URLs, feeds, sitemaps and embed codes use it. */
export const SITE = 'https://central-china-chain.example';

/** The site's name, as readers see it in headers, credits and share cards. */
export const SITE_NAME = '中部链变';

/** What the site is, in one line: the home page's description and the site's share card. */
export const SITE_TAGLINE =
  '2018—2020年中部六省竞逐区块链产业的数据新闻：经济总量第三的湖南为何领跑。';

/** The chart the home page shows under its introduction; the site's share card shows it too. */
export const HOME_CHART = 'gdp-vs-activity';
