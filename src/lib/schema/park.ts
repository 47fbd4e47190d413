import { z } from 'zod';
import {
  count,
  level,
  note,
  oneOf,
  partialDate,
  placeCode,
  requireNoteForNulls,
  slug,
  sourceIds,
  text,
} from './common.ts';

/** One entry of content/data/parks.yaml: a blockchain industrial park. */
export const parkSchema = requireNoteForNulls(
  z.strictObject({
    id: slug(),
    /** Official Chinese name; null when the sources do not name it. */
    name_zh: text().nullable(),
    /** English name (our translation unless a source gives one); null when unnamed. */
    name_en: text().nullable(),
    province: placeCode(),
    /** Prefecture-level city code; null when unknown. */
    city: placeCode().nullable(),
    /** District or zone in Chinese, e.g. 万宝新区; null when unknown. */
    district_zh: text().nullable().optional(),
    district_en: text().nullable().optional(),
    /** Who granted the park its status: provincial, city or district; null when not stated. */
    level: level().nullable(),
    /** When it opened or was approved; null when unknown. */
    date: partialDate().nullable(),
    /** What the date marks: opened (揭牌/挂牌), approved (获批) or signed (签约). */
    date_kind: oneOf(['opened', 'approved', 'signed']).optional(),
    /** The body that approved it, e.g. 湖南省工业和信息化厅. */
    approved_by: text().optional(),
    /** id of the park this one upgrades (same site, new status). */
    upgrades: slug().optional(),
    /** Firms named as moving in, as the source writes them. */
    firms: z.array(text(), { error: 'a list of firm names' }).optional(),
    /** Number of firms reported in the park; null when not reported. */
    firms_count: count().nullable().optional(),
    /** Blockchain applications built or hosted there, as named by the source. */
    applications: z.array(text(), { error: 'a list of application names' }).optional(),
    /** false for parks that fall outside 2018 – May 2020 or whose date is unknown. */
    in_period: z.boolean({ error: 'true or false' }),
    sources: sourceIds(),
    note: note(),
  }),
);

export type Park = z.infer<typeof parkSchema>;
