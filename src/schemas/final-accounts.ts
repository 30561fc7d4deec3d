/**
 * Department final accounts (部门决算): tables 公开01–09 and the figures of the
 * explanatory text (情况说明).
 */
import { z } from 'astro/zod';
import { amountCell, id, itemBase, label, moneyUnit, text } from './common';
import { narrativeSectionSchema, statedFigureSchema, yearOverYearSchema } from './stated-figure';

/** A column of a final-accounts table, as published. */
export const tableColumnSchema = z.strictObject({
  /** Stable id, unique within the table (`total`, `basic`, `project`). */
  id,
  /** The column header as published (`本年支出合计`). */
  label,
});

/** One row of a final-accounts table. */
export const tableRowSchema = z.strictObject({
  ...itemBase,
  /**
   * The classification code (支出功能分类: 类 3 digits, 款 5, 项 7; 支出经济分类: 3 or 5 digits).
   * Its parent is the row whose code is its prefix (210 → 21015 → 2101501).
   */
  code: z
    .string()
    .regex(/^\d{3}(\d{2}){0,2}$/, { message: 'a classification code of 3, 5 or 7 digits' })
    .optional(),
  /** The row label as published (`医疗保障管理事务`, `本年收入合计`). */
  label,
  /** A group the row belongs to in a two-sided table (公开01表: `收入` / `支出`). */
  group: z.string().max(40).optional(),
  /** The id of the row this one is a part of, for rows without codes (其中 lines). */
  parent: id.optional(),
  /** A total or subtotal row (合计, 总计). Totals are checked against their parts. */
  total: z.boolean().optional(),
  /** The cells in column order, as published. */
  values: z.array(amountCell),
});

/** The state of a table in the source. */
export const tableStatus = z.enum([
  /** Published with figures. */
  'published',
  /** Published on purpose with no figures ("本部门无…，已公开空表"). Not missing. */
  'published-empty',
  /** The table exists in the disclosure but its text is not in the archived source. */
  'not-available',
]);

/** One of the standard tables 公开01表 … 公开09表. */
export const finalAccountsTableSchema = z
  .strictObject({
    ...itemBase,
    /** The table number as published (`公开01表`; 003 numbers differently). */
    number: z.string().max(20),
    /** The table's name as published (`收入支出决算总表`). */
    name: label,
    /** Which standard table this is, whatever the region's numbering: 1–9 in 004's order. */
    standard: z.number().int().min(1).max(9),
    /** Published, published empty, or not available in the source. */
    status: tableStatus,
    /** The statement that explains an empty table, verbatim. */
    emptyStatement: text.optional(),
    /** 单位. */
    unit: moneyUnit,
    /** Which classification the codes of the rows follow. */
    classification: z.enum(['function', 'economic', 'none']),
    /** Columns after the label column(s). */
    columns: z.array(tableColumnSchema),
    /** Rows in published order. */
    rows: z.array(tableRowSchema),
    /**
     * Column sums the table presents as adding up (本年支出合计 = 基本支出 + 项目支出 + …), by
     * column id. The audit checks every row against them.
     */
    columnSums: z
      .array(z.strictObject({ total: id, parts: z.array(id).min(2) }))
      .optional(),
    /** 注 — footnotes verbatim. */
    footnotes: z.array(text).optional(),
  })
  .superRefine((t, ctx) => {
    t.rows.forEach((r, i) => {
      if (r.values.length !== t.columns.length) {
        ctx.addIssue({
          code: 'custom',
          path: ['rows', i, 'values'],
          input: r.values,
          message: `row has ${r.values.length} values but the table has ${t.columns.length} columns; give one value per column ("" for a blank cell)`,
        });
      }
    });
    const columnIds = new Set(t.columns.map((c) => c.id));
    t.columnSums?.forEach((sum, i) => {
      [sum.total, ...sum.parts].forEach((col) => {
        if (!columnIds.has(col)) {
          ctx.addIssue({ code: 'custom', path: ['columnSums', i], input: col, message: `"${col}" is not a column id of this table (${[...columnIds].join(', ')})` });
        }
      });
    });
    if (t.status !== 'published' && t.rows.some((r) => r.values.some((v) => v !== '' && v !== '0.00' && v !== '0'))) {
      ctx.addIssue({
        code: 'custom',
        path: ['status'],
        input: t.status,
        message: `a table marked "${t.status}" has figures in its rows; mark it "published" or remove the figures`,
      });
    }
  });

/** Department final accounts: tables and explanatory text. */
export const finalAccountsSchema = z.strictObject({
  /** The tables, in published order. Every standard table the source names should be here. */
  tables: z.array(finalAccountsTableSchema),
  /** Figures of the explanatory text (收入, 支出, 三公, 机关运行经费, 政府采购, assets, staff …). */
  figures: z.array(statedFigureSchema),
  /** Year-over-year changes stated in the text, with reasons. */
  yearOverYear: z.array(yearOverYearSchema),
  /** Narrative sections kept whole (主要职责, 机构设置 …). */
  sections: z.array(narrativeSectionSchema).optional(),
  /** Units covered by the accounts (决算单位构成), as published. */
  units: z
    .array(
      z.strictObject({
        ...itemBase,
        /** 单位名称. */
        name: label,
        /** 单位性质 / 级次 or other attribute, as published. */
        kind: z.string().max(100).optional(),
      }),
    )
    .optional(),
});

export type FinalAccountsTable = z.output<typeof finalAccountsTableSchema>;
export type FinalAccounts = z.output<typeof finalAccountsSchema>;
export type TableRow = z.output<typeof tableRowSchema>;
