/**
 * The registry of content files: one definition per dataset names its file, schema, key,
 * references and titles. The Astro loaders, `npm run check`, the data page and the tests all
 * read this list, so adding a dataset is one entry here plus its schema.
 */
import type { z } from 'zod';
import { conflictSchema } from '../schema/conflict.ts';
import { eventSchema } from '../schema/event.ts';
import {
  filingBatchSchema,
  filingCitySchema,
  filingEntitySchema,
  filingProvinceSchema,
} from '../schema/filing.ts';
import { gdpSchema } from '../schema/gdp.ts';
import { parkSchema } from '../schema/park.ts';
import { placeSchema } from '../schema/place.ts';
import { keyProjectSchema, projectListSchema } from '../schema/project.ts';
import { sourceSchema } from '../schema/source.ts';
import { DATASET_NAMES, type DatasetName } from './datasetNames.ts';
import type { RowSchema } from './validateRows.ts';

export interface DatasetDefinition<S extends RowSchema = RowSchema> {
  /** Path below content/. */
  file: string;
  schema: S;
  /** The value that must be unique in the file; also the entry id in Astro. */
  key: (row: z.output<S>) => string;
  /** The fields that make up the key, for error messages. */
  keyFields: string;
  /** Fields that refer to another dataset's keys: path pattern (`*` = every list item) → dataset. */
  refs: Record<string, string>;
  title_zh: string;
  title_en: string;
  description_zh: string;
}

const defineDataset = <S extends RowSchema>(definition: DatasetDefinition<S>) => definition;
const PLACE_REFS = { province: 'places', city: 'places', sources: 'sources' };

export const datasets = {
  sources: defineDataset({
    file: 'sources.yaml',
    schema: sourceSchema,
    key: (row) => row.id,
    keyFields: 'id',
    refs: {},
    title_zh: '资料来源',
    title_en: 'Sources',
    description_zh: '本站引用的每一份文件:发布者、标题、日期、网址及其支持的内容。',
  }),
  places: defineDataset({
    file: 'data/places.yaml',
    schema: placeSchema,
    key: (row) => row.code,
    keyFields: 'code',
    refs: { parent: 'places', capital: 'places', sources: 'sources' },
    title_zh: '地名与行政区划代码',
    title_en: 'Places',
    description_zh: '数据中出现的省、市、县,附国家标准 GB/T 2260 行政区划代码与中英文名称。',
  }),
  gdp: defineDataset({
    file: 'data/gdp.csv',
    schema: gdpSchema,
    key: (row) => `${row.province}-${row.year}-${row.vintage}`,
    keyFields: 'province + year + vintage',
    refs: PLACE_REFS,
    title_zh: '中部六省地区生产总值(2018—2019)',
    title_en: 'GDP of the six central provinces, 2018–2019',
    description_zh: '现价地区生产总值(亿元)与实际增速(%),区分首次公布值与经济普查后的修订值。',
  }),
  filingBatches: defineDataset({
    file: 'data/filing-batches.yaml',
    schema: filingBatchSchema,
    key: (row) => String(row.batch),
    keyFields: 'batch',
    refs: { sources: 'sources', 'leaders.*.province': 'places' },
    title_zh: '网信办区块链信息服务备案批次',
    title_en: 'CAC blockchain-service filing batches',
    description_zh: '国家互联网信息办公室公布的境内区块链信息服务备案清单,每批的日期与全国总数。',
  }),
  filingProvinces: defineDataset({
    file: 'data/filings-provinces.csv',
    schema: filingProvinceSchema,
    key: (row) => `${row.province}-${row.batches}`,
    keyFields: 'province + batches',
    refs: PLACE_REFS,
    title_zh: '中部六省区块链信息服务备案数(按省)',
    title_en: 'Blockchain-service filings by central province',
    description_zh: '前三批备案中各省的服务数量;来源未列出的省份记为未知,而不是零。',
  }),
  filingCities: defineDataset({
    file: 'data/filings-cities.csv',
    schema: filingCitySchema,
    key: (row) => `${row.city}-${row.batches}`,
    keyFields: 'city + batches',
    refs: PLACE_REFS,
    title_zh: '中部六省区块链信息服务备案数(按城市)',
    title_en: 'Blockchain-service filings by city',
    description_zh: '前三批备案在各城市的分布。',
  }),
  filingEntities: defineDataset({
    file: 'data/filing-entities.yaml',
    schema: filingEntitySchema,
    key: (row) => row.id,
    keyFields: 'id',
    refs: PLACE_REFS,
    title_zh: '已知的湖南备案主体与服务',
    title_en: 'Known Hunan filing entities and services',
    description_zh: '能查到的备案主体与服务名称;原文表4未能找到,此处只列有来源的线索。',
  }),
  parks: defineDataset({
    file: 'data/parks.yaml',
    schema: parkSchema,
    key: (row) => row.id,
    keyFields: 'id',
    refs: { ...PLACE_REFS, upgrades: 'parks' },
    title_zh: '区块链产业园',
    title_en: 'Blockchain industrial parks',
    description_zh: '中部六省的区块链产业园:名称、所在地、级别、揭牌或获批日期与入驻企业。',
  }),
  events: defineDataset({
    file: 'data/events.yaml',
    schema: eventSchema,
    key: (row) => row.id,
    keyFields: 'id',
    refs: PLACE_REFS,
    title_zh: '政策与大事记',
    title_en: 'Policies and events',
    description_zh: '2016—2020 年与区块链相关的政策、会议、清单和统计发布,注明日期精度与发布机构。',
  }),
  projectLists: defineDataset({
    file: 'data/project-lists.yaml',
    schema: projectListSchema,
    key: (row) => row.id,
    keyFields: 'id',
    refs: PLACE_REFS,
    title_zh: '2020 年重点项目清单与签约活动',
    title_en: '2020 key-project lists and signings',
    description_zh: '收录区块链项目的各地重点项目清单或签约活动,以及清单的总体规模。',
  }),
  keyProjects: defineDataset({
    file: 'data/key-projects.yaml',
    schema: keyProjectSchema,
    key: (row) => row.id,
    keyFields: 'id',
    refs: { ...PLACE_REFS, list: 'projectLists' },
    title_zh: '2020 年重点区块链项目',
    title_en: '2020 key blockchain projects',
    description_zh: '重点项目清单中的区块链项目:名称、业主、地点、领域与公开的投资额。',
  }),
  conflicts: defineDataset({
    file: 'data/conflicts.yaml',
    schema: conflictSchema,
    key: (row) => row.id,
    keyFields: 'id',
    refs: { 'claims.*.sources': 'sources' },
    title_zh: '来源之间的矛盾',
    title_en: 'Conflicting sources',
    description_zh: '各来源说法不一致之处、各自的出处,以及本站的处理方式。',
  }),
} satisfies Record<DatasetName, unknown>;

export type RowOf<N extends DatasetName> = z.output<(typeof datasets)[N]['schema']>;
export { DATASET_NAMES, type DatasetName };
