/**
 * Turns a dataset's rows into a plain table for display: column labels in Chinese, place codes
 * as names, source ids as links, and unknown values marked as such (never as blanks or zero).
 */
import { formatNumber } from '../format/number.ts';
import { datasets, type DatasetName } from './datasets.ts';

export type TableCell =
  { kind: 'text'; text: string } | { kind: 'missing' } | { kind: 'sources'; ids: string[] };

export interface TableView {
  columns: { field: string; label: string }[];
  rows: TableCell[][];
}

/** Chinese column headings; a field without one shows its own name. */
export const FIELD_LABELS: Record<string, string> = {
  id: '编号',
  code: '代码',
  name_zh: '名称',
  name_en: '英文名',
  short_zh: '简称',
  level: '级别',
  parent: '上级',
  capital: '省会',
  central: '中部六省',
  province: '省份',
  city: '城市',
  year: '年份',
  vintage: '口径',
  gdp_yi: 'GDP(亿元)',
  growth_pct: '实际增速(%)',
  published: '发布日期',
  batch: '批次',
  batches: '批次',
  services: '服务数',
  entities: '主体数',
  provinces: '省份数',
  leaders: '前列省份',
  entity_zh: '主体',
  service_zh: '服务',
  filing_number: '备案号',
  counted: '计入总数',
  district_zh: '区县/园区',
  district_en: 'District',
  date: '日期',
  date_kind: '日期含义',
  approved_by: '批准机构',
  upgrades: '升级自',
  firms: '入驻企业',
  firms_count: '企业数',
  applications: '应用',
  in_period: '在研究时段内',
  kind: '类型',
  issuer_zh: '发布机构',
  title_zh: '标题',
  summary_zh: '摘要',
  gloss_en: 'English gloss',
  date_conflict: '日期分歧',
  publisher_zh: '发布者',
  projects_total: '项目总数',
  blockchain_projects: '区块链项目数',
  investment_total_yi: '总投资(亿元)',
  owner_zh: '业主',
  owner_type: '业主类型',
  domain_zh: '领域',
  domain_en: 'Domain',
  investment_yi: '投资(亿元)',
  list: '清单',
  topic_zh: '议题',
  topic_en: 'Topic',
  claims: '各方说法',
  resolution: '本站处理',
  sources: '来源',
  note: '说明',
};

const PLAIN_NUMBER_FIELDS = new Set(['year', 'batch']);

/** Builds the display table of one dataset. `placeName` maps a place code to its short name. */
export function tableView(
  name: DatasetName,
  rows: readonly Record<string, unknown>[],
  placeName: (code: string) => string | undefined,
): TableView {
  const definition = datasets[name];
  const fields = Object.keys(definition.schema.shape);
  const placeFields = new Set(
    Object.entries(definition.refs)
      .filter(([, target]) => target === 'places')
      .map(([field]) => field),
  );
  const cell = (field: string, value: unknown): TableCell => {
    if (value === null) return { kind: 'missing' };
    if (field === 'sources' && Array.isArray(value))
      return { kind: 'sources', ids: value.map(String) };
    if (placeFields.has(field) && typeof value === 'string')
      return { kind: 'text', text: placeName(value) ?? value };
    // Years and batch numbers are labels, not quantities: 2019, never 2,019.
    if (PLAIN_NUMBER_FIELDS.has(field)) return { kind: 'text', text: String(value) };
    return { kind: 'text', text: formatValue(value, placeName) };
  };
  return {
    columns: fields.map((field) => ({ field, label: FIELD_LABELS[field] ?? field })),
    rows: rows.map((row) => fields.map((field) => cell(field, row[field]))),
  };
}

/**
 * Formats any field value as text.
 * @example formatValue([{ province: '110000', services: 87 }], () => '北京') // '北京 87'
 */
export function formatValue(
  value: unknown,
  placeName: (code: string) => string | undefined,
): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'string') return /^\d{6}$/.test(value) ? (placeName(value) ?? value) : value;
  if (Array.isArray(value)) return value.map((v) => formatValue(v, placeName)).join(';');
  return Object.values(value as Record<string, unknown>)
    .map((v) => formatValue(v, placeName))
    .filter((text) => text !== '')
    .join(' ');
}
