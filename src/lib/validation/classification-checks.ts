/**
 * Classification codes of final-accounts rows must fit their tree: 类 (3 digits) → 款 (5) →
 * 项 (7), each code extending its parent's by two digits and printed after it
 * (210 卫生健康支出 → 21015 医疗保障管理事务 → 2101501 行政运行).
 */
import { problemAt, type JsonSource } from './json-source';
import type { Problem } from './problem';
import { isObject, stringOf, type Path } from './raw-value';

const LEVEL_NAMES: Record<number, string> = { 3: '类', 5: '款', 7: '项' };

interface Row {
  index: number;
  id?: string;
  code?: string;
  parent?: string;
}

export function checkClassification(src: JsonSource, root: Record<string, unknown>): Problem[] {
  const out: Problem[] = [];
  const tables = isObject(root.finalAccounts) ? root.finalAccounts.tables : undefined;
  if (!Array.isArray(tables)) return out;
  tables.forEach((table, ti) => {
    if (!isObject(table) || !Array.isArray(table.rows)) return;
    const rows: Row[] = table.rows.map((r, index) => (isObject(r) ? { index, id: stringOf(r.id), code: stringOf(r.code), parent: stringOf(r.parent) } : { index }));
    out.push(...checkTable(src, ['finalAccounts', 'tables', ti, 'rows'], stringOf(table.classification), rows));
  });
  return out;
}

function checkTable(src: JsonSource, rowsPath: Path, classification: string | undefined, rows: Row[]): Problem[] {
  const out: Problem[] = [];
  const byId = new Map(rows.filter((r) => r.id !== undefined).map((r) => [r.id!, r]));
  const codes = new Set(rows.map((r) => r.code).filter((c) => c !== undefined));
  let open: string[] = []; // codes of the rows enclosing the current one, outermost first
  for (const row of rows) {
    const code = row.code;
    if (code === undefined || !/^\d{3}(\d{2}){0,2}$/.test(code)) continue;
    const at = (field: string) => [...rowsPath, row.index, field];
    if (classification === 'none') {
      out.push(problemAt(src, at('code'), 'classification/unexpected-code', code, 'no code: the table is marked classification "none"', 'set the table’s classification to "function" or "economic", or remove the code'));
      continue;
    }
    if (classification === 'economic' && code.length === 7) {
      out.push(problemAt(src, at('code'), 'classification/bad-length', code, 'an economic classification code of 3 or 5 digits (类 or 款)', 'check the code: 7-digit codes are 支出功能分类 项, and this table is marked "economic"'));
    }
    const expectedParent = code.length > 3 ? code.slice(0, -2) : undefined;
    if (row.parent !== undefined) {
      const parentCode = byId.get(row.parent)?.code;
      if (parentCode !== undefined && parentCode !== expectedParent) {
        out.push(problemAt(src, at('parent'), 'classification/parent-mismatch', row.parent, `the row of ${expectedParent ?? 'no code (a 类 has no parent)'}, the ${LEVEL_NAMES[code.length - 2] ?? ''} enclosing ${code}; "${row.parent}" has code ${parentCode}`, `point "parent" at the row with code ${expectedParent ?? '—'}, or correct the code`));
      }
      continue;
    }
    open = open.filter((c) => code.startsWith(c) && c.length < code.length);
    const enclosing = open[open.length - 1];
    if (expectedParent !== undefined && enclosing !== expectedParent && (enclosing !== undefined || codes.has(expectedParent))) {
      const level = LEVEL_NAMES[expectedParent.length] ?? '';
      out.push(
        problemAt(src, at('code'), 'classification/misplaced', code, `to follow the row of its ${level} ${expectedParent} (a code extends its parent's by two digits)`,
          codes.has(expectedParent)
            ? `move this row under the row ${expectedParent}, or correct the code`
            : `the table has no row ${expectedParent}${enclosing ? ` (the row above that encloses it is ${enclosing})` : ''}: add the ${level} row, or correct the code`),
      );
    }
    open.push(code);
  }
  return out;
}
