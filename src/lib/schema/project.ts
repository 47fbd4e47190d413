import { z } from 'zod';
import {
  amountYi,
  count,
  note,
  oneOf,
  partialDate,
  placeCode,
  requireNoteForNulls,
  slug,
  sourceIds,
  text,
} from './common.ts';

/** One entry of content/data/project-lists.yaml: a key-project list or signing event. */
export const projectListSchema = requireNoteForNulls(
  z.strictObject({
    id: slug(),
    name_zh: text(),
    name_en: text(),
    /** list: an official list of key projects; signing: a signing ceremony. */
    kind: oneOf(['list', 'signing']),
    /** Who published the list or hosted the signing. */
    publisher_zh: text().nullable(),
    province: placeCode(),
    city: placeCode().optional(),
    date: partialDate(),
    /** All projects on the list; null when not reported. */
    projects_total: count().nullable().optional(),
    /** Blockchain projects on the list; null when not reported. */
    blockchain_projects: count().nullable().optional(),
    /** Total investment of the whole list in 亿元, as reported; null when not reported. */
    investment_total_yi: amountYi().nullable().optional(),
    sources: sourceIds(),
    note: note(),
  }),
);

/** One entry of content/data/key-projects.yaml: a blockchain project on a key-project list. */
export const keyProjectSchema = requireNoteForNulls(
  z.strictObject({
    id: slug(),
    name_zh: text(),
    name_en: text(),
    /** Owner or lead company; null when not stated. */
    owner_zh: text().nullable(),
    /** blockchain-firm, industry-firm, listed-firm, state-firm, park-operator or unknown. */
    owner_type: oneOf([
      'blockchain-firm',
      'industry-firm',
      'listed-firm',
      'state-firm',
      'park-operator',
      'unknown',
    ]),
    province: placeCode(),
    /** City code; null when the location is not stated. */
    city: placeCode().nullable(),
    /** County or district in words, e.g. 崇仁县. */
    district_zh: text().optional(),
    /** Field of application in Chinese, e.g. 供应链金融. */
    domain_zh: text(),
    domain_en: text(),
    /** Stated investment in 亿元; null when the list gives none. */
    investment_yi: amountYi().nullable(),
    /** id in project-lists.yaml. */
    list: slug(),
    sources: sourceIds(),
    note: note(),
  }),
);

export type ProjectList = z.infer<typeof projectListSchema>;
export type KeyProject = z.infer<typeof keyProjectSchema>;
