/**
 * JSON Schema of the data files, generated from the zod schemas, for editors (completion,
 * red squiggles while typing) and for anyone who wants to check a file without 明账's code.
 * The zod schemas stay the authority: `npm run validate` also checks what JSON Schema cannot
 * say (references between files, ids unique in a tree, classification codes, line ranges).
 *
 * `z.toJSONSchema` turns recursion (the indicator tree's getter) into `$ref`s by itself, but
 * drops refinements silently. The refinements of the building blocks in common.ts are
 * re-expressed here as patterns, so a JSON Schema validator rejects `12万` and `javascript:`
 * as zod does.
 */
import { z } from 'astro/zod';
import { agencyRegistrySchema, agencySchema } from '../../schemas/agency';
import { amountCell, EMPTY_MARKS, id, isoDate, label, lineRange, NUMBER_PATTERN, provenance, rateCell, text, transcriptionNote, webUrl } from '../../schemas/common';
import { disclosureDocumentSchema } from '../../schemas/document';
import { indicatorGroupSchema, indicatorSchema } from '../../schemas/indicator';
import { sourceRegistrySchema } from '../../schemas/source';

/** Where the schemas are published: public/schema/ → /schema/ on the site. */
export const SCHEMA_ORIGIN = 'https://mingzhang.example/schema/';

type Meta = { id?: string; title?: string; description?: string };

// Only syntax characters may be escaped in a Unicode-mode pattern ("\-" is an error there).
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const NUMBER = NUMBER_PATTERN.source.replace(/^\^|\$$/g, '');
const EMPTY = EMPTY_MARKS.filter((m) => m !== '').map(escape).join('|');
// eslint-disable-next-line no-control-regex
const NO_BAD_CHARS = '[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F\\uFFFD\\uFEFF]*';

/** Patterns for refinements that z.toJSONSchema cannot see. Keep in step with common.ts: the test checks both agree on the fixtures. */
const PATTERNS = new Map<z.core.$ZodType, string>([
  [amountCell, `^(?:${NUMBER}|${EMPTY})?$`],
  [rateCell, `^(?:${NUMBER}\\s*[%％]?|${EMPTY})?$`],
  [text, `^${NO_BAD_CHARS}$`],
  [label, `^(?=[\\s\\S]*\\S)${NO_BAD_CHARS}$`],
  [transcriptionNote, `^(?=[\\s\\S]*\\S)${NO_BAD_CHARS}$`],
  [webUrl, '^[Hh][Tt][Tt][Pp][Ss]?://\\S+$'],
]);

/** Names and descriptions of the building blocks, which become `$defs` shared by every field. */
const BUILDING_BLOCKS: [z.core.$ZodType, Meta][] = [
  [id, { id: 'id', description: '稳定标识：小写 ASCII 字母、数字和连字符。A stable id: lower-case ASCII letters, digits and hyphens, 1–80 characters.' }],
  [text, { id: 'text', description: '原文照录的文字，不含控制字符。Free text as published, without control characters (at most 20,000 characters). HTML is kept as text.' }],
  [label, { id: 'label', description: '名称或标签，非空。A name or label as published, not empty (at most 500 characters).' }],
  [transcriptionNote, { id: 'note', description: '录入说明。A transcriber’s note, not empty.' }],
  [amountCell, { id: 'amountCell', description: '金额或分值单元格，按原文照录：数字（可带千位分隔符，如 "7,152.33"）或空白标记 "", "—", "-", "/", "无"。An amount or score cell exactly as published: a number (thousands separators allowed) or an empty mark. Never a JSON number.' }],
  [rateCell, { id: 'rateCell', description: '比率单元格，按原文照录：数字，可带 % 或 ％，或空白标记。A rate cell as published: a number with an optional "%" or "％", or an empty mark.' }],
  [webUrl, { id: 'webUrl', description: '网址，仅限 http:// 或 https://。A web address; only http:// and https:// are accepted.' }],
  [isoDate, { id: 'date', description: '日期 YYYY-MM-DD。A date as YYYY-MM-DD.' }],
  [lineRange, { id: 'lineRange', description: '存档原文的行号范围 [首行, 末行]，从 1 开始，含首末行；首行不得大于末行。1-based inclusive line range [first, last] in the archived source; first must not be after last.' }],
  [provenance, { id: 'provenance', description: '出处：存档原文中的行号范围。Where the item was transcribed from.' }],
  [indicatorGroupSchema, { id: 'indicatorGroup', description: '指标组（一级、二级指标或评价维度）。A group of indicators (一级/二级指标 or an evaluation dimension).' }],
  [indicatorSchema, { id: 'indicator', description: '三级指标。A leaf indicator (三级指标).' }],
];

export interface JsonSchemaFile {
  /** File name under public/schema/. */
  file: string;
  schema: Record<string, unknown>;
}

const FILES: { file: string; schema: z.core.$ZodType; title: string; description: string }[] = [
  {
    file: 'disclosure.schema.json',
    schema: disclosureDocumentSchema,
    title: '明账披露文件 · 明账 disclosure document',
    description:
      '医疗保障部门一份公开文件的录入数据（data/disclosures/<机构>/<年度>/<文件 id>.json）。引用关系、编号唯一性和行号范围由 npm run validate 检查。 ' +
      'One transcribed disclosure document of a medical-security bureau (data/disclosures/<agency>/<year>/<id>.json). References between files, unique ids and line ranges are checked by `npm run validate`, not by this schema.',
  },
  {
    file: 'agencies.schema.json',
    schema: agencyRegistrySchema,
    title: '明账机构名录 · 明账 agency registry',
    description:
      '医疗保障部门名录（data/agencies.json）：标识、名称、层级、行政区划代码和上级机构。区划代码与上级关系由 npm run validate 对照 GB/T 2260 检查。 ' +
      'The registry of medical-security bureaus (data/agencies.json): slug, name, level, GB/T 2260 region code and parent. Region codes and parents are checked against GB/T 2260 by `npm run validate`.',
  },
  {
    file: 'sources.schema.json',
    schema: sourceRegistrySchema,
    title: '明账存档原文 · 明账 archived sources',
    description:
      '存档原文清单（data/sources/sources.json）：每份原文的文件名、行数和 SHA-256。文件内容由 npm run validate 核对。 ' +
      'The list of archived source texts (data/sources/sources.json) with file name, line count and SHA-256; the files themselves are checked by `npm run validate`.',
  },
];

function generate(schema: z.core.$ZodType): Record<string, unknown> {
  const metadata = z.registry<Meta>();
  for (const [block, meta] of BUILDING_BLOCKS) metadata.add(block, meta);
  return z.toJSONSchema(schema, {
    io: 'input',
    // Nothing in the schemas is unrepresentable today; if something is added, fail here rather than publish `{}`.
    unrepresentable: 'throw',
    metadata,
    override: ({ zodSchema, jsonSchema }) => {
      const pattern = PATTERNS.get(zodSchema);
      if (pattern) {
        jsonSchema.type ??= 'string';
        jsonSchema.pattern = pattern;
      }
      if (zodSchema === agencySchema) {
        // The refine "below the national level, regionCode is required".
        jsonSchema.if = { properties: { level: { not: { const: 'national' } } }, required: ['level'] };
        jsonSchema.then = { properties: { regionCode: true }, required: ['regionCode'] };
      }
    },
  }) as Record<string, unknown>;
}

/** The published JSON Schemas, in the order of FILES. */
export function buildJsonSchemas(): JsonSchemaFile[] {
  return FILES.map(({ file, schema, title, description }) => {
    const { $schema, ...body } = generate(schema);
    return { file, schema: { $schema, $id: `${SCHEMA_ORIGIN}${file}`, title, description, ...body } };
  });
}

/** A schema file's text as committed: two-space JSON and a final newline. */
export function jsonSchemaText(file: JsonSchemaFile): string {
  return `${JSON.stringify(file.schema, null, 2)}\n`;
}
