/**
 * A disclosure document: one file under data/disclosures/<agency>/<year>/<id>.json.
 * One file per document (never one per project or indicator) keeps the content layer and
 * the search index at one entry per page-sized unit at national scale.
 */
import { z } from 'astro/zod';
import { fiscalYear, id, isoDate, label, provenance, text, transcriptionNote, webUrl } from './common';
import { departmentEvaluationSchema } from './department-evaluation';
import { evaluationReportSchema } from './evaluation-report';
import { finalAccountsSchema } from './final-accounts';
import { projectEvaluationSchema, projectTargetSchema } from './project';
import { transferPaymentEvaluationSchema } from './transfer-payment';

/** The kinds of disclosure document, with their Chinese names for pages. */
export const documentKinds = {
  'final-accounts': '部门决算',
  'project-targets': '项目绩效目标',
  'project-evaluations': '项目绩效自评',
  'transfer-payment-evaluations': '转移支付绩效自评',
  'department-evaluation': '部门整体绩效自评',
  'evaluation-report': '绩效评价报告',
} as const;
export type DocumentKind = keyof typeof documentKinds;

/** When the document was published: a stated date, or "not stated" with the date it was collected. */
export const publicationSchema = z.union([
  z.strictObject({
    /** 发布日期 / 落款日期 as stated in the document. */
    date: isoDate,
  }),
  z.strictObject({
    /** The document states no date. */
    notStated: z.literal(true),
    /** The date 明账 collected it (used for ordering, always labelled as such). */
    collectedOn: isoDate,
  }),
]);

const documentBase = {
  /** Path to the JSON Schema, for editors. Ignored by the validator. */
  $schema: z.string().optional(),
  /** Stable id, unique across all data (`ningde-2024-final-accounts`). Part of the URL. */
  id,
  /** The issuing agency's slug (data/agencies.json). */
  agency: id,
  /** 年度 — the fiscal year the document is about (not the year it was published). */
  fiscalYear,
  /** The document's title as published. */
  title: label,
  /** Publication date, or not stated. */
  published: publicationSchema,
  /** 文号 as published (`宁医保绩〔2025〕4号`), when it has one. */
  documentNumber: z.string().max(60).optional(),
  /** The archived source text (data/sources/sources.json id) this was transcribed from. */
  archive: id,
  /** The line range of the document in the archived source. */
  source: provenance,
  /** The original address on the agency's site, when known. */
  originalUrl: webUrl.optional(),
  /** The id of the document this one is published inside (an attachment of a final-accounts PDF). */
  partOf: id.optional(),
  /** The cover text before the tables (the notice that publishes them), verbatim. */
  preamble: text.optional(),
  /** A one-paragraph summary in plain Chinese, written by 明账 (not the agency). */
  summary: text.optional(),
  /** Transcriber's notes on the whole document. */
  notes: z.array(transcriptionNote).optional(),
};

export const disclosureDocumentSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    ...documentBase,
    kind: z.literal('final-accounts'),
    /** Tables 公开01–09 and the explanatory text. */
    finalAccounts: finalAccountsSchema,
  }),
  z.strictObject({
    ...documentBase,
    kind: z.literal('project-targets'),
    /** One target table per project. */
    projects: z.array(projectTargetSchema).min(1),
  }),
  z.strictObject({
    ...documentBase,
    kind: z.literal('project-evaluations'),
    /** One self-evaluation table per project. */
    projects: z.array(projectEvaluationSchema).min(1),
  }),
  z.strictObject({
    ...documentBase,
    kind: z.literal('transfer-payment-evaluations'),
    /** One regional self-evaluation per transfer payment. */
    evaluations: z.array(transferPaymentEvaluationSchema).min(1),
  }),
  z.strictObject({
    ...documentBase,
    kind: z.literal('department-evaluation'),
    /** The department-wide self-evaluation. */
    evaluation: departmentEvaluationSchema,
  }),
  z.strictObject({
    ...documentBase,
    kind: z.literal('evaluation-report'),
    /** The report. */
    report: evaluationReportSchema,
  }),
]);

export type DisclosureDocument = z.output<typeof disclosureDocumentSchema>;
export type DocumentOf<K extends DocumentKind> = Extract<DisclosureDocument, { kind: K }>;
export const documentKindSchema = z.enum(Object.keys(documentKinds) as [DocumentKind, ...DocumentKind[]]);
export { text as freeText };
