/**
 * The agency registry (data/agencies.json): every bureau, and the places above it, so that
 * province → city → county is real even where a level publishes nothing yet.
 */
import { z } from 'astro/zod';
import { id, label, webUrl } from './common';

export const agencyLevels = {
  national: '国家',
  province: '省级',
  city: '市级',
  county: '县级',
} as const;

export const agencySchema = z
  .strictObject({
    /** Stable ASCII slug, part of every URL of the agency (`fujian-ningde`). Never changes. */
    slug: id,
    /** The agency's full name as it signs its documents (`宁德市医疗保障局`). */
    name: label,
    /** A short name for tight places (`宁德市医保局`). */
    shortName: z.string().max(40).optional(),
    /** Administrative level. */
    level: z.enum(['national', 'province', 'city', 'county']),
    /** 行政区划代码 (GB/T 2260, 6 digits). Absent only for the national agency. */
    regionCode: z
      .string()
      .regex(/^\d{6}$/, { message: 'a 6-digit GB/T 2260 region code such as "350900"' })
      .optional(),
    /** The slug of the agency one level up. Absent only at the top. */
    parent: id.optional(),
    /** The agency's own disclosure (公开) page, when known. */
    disclosurePage: webUrl.optional(),
  })
  .refine((a) => a.level === 'national' || a.regionCode !== undefined, {
    message: 'every agency below the national level needs its 6-digit regionCode',
    path: ['regionCode'],
  });

export const agencyRegistrySchema = z.strictObject({
  /** Path to the JSON Schema, for editors. */
  $schema: z.string().optional(),
  /** The agencies, in any order. */
  agencies: z.array(agencySchema).min(1),
});

export type Agency = z.output<typeof agencySchema>;
export type AgencyLevel = Agency['level'];
