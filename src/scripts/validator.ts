/**
 * The browser validator (/validator/): runs the same `validateDataset` as `npm run validate`
 * on files the user chooses or pastes, together with 明账's agency and source registries
 * (fetched from /data/*.json), and shows every problem located by file, line and JSON path.
 * Nothing leaves the browser: files are read locally and no request carries them.
 *
 * Parity with the command line (test/site/validator.test.ts checks it on the bad-input corpus):
 * - the context is the same: the agency and source registries and every bundled document
 *   (fetched from /data/documents.json), so ids are checked as unique across all data and
 *   references to bundled documents resolve;
 * - a chosen file replaces a bundled registry when it holds one (`"agencies":` / `"sources":`
 *   near its start), and a bundled document when it has the same path, as `readDataset` does
 *   for paths given to `npm run validate`; here a file named like a bundled document
 *   (`<id>.json`) also replaces it, since a browser gives file names without folders;
 * - only the chosen files' problems are shown (the rest is context);
 * - when there is no error, the audit's findings are added as warnings.
 */
import { z } from 'astro/zod';
import { auditWarnings } from '../lib/audit/audit-warnings';
import { formatProblems, sortProblems, type Problem } from '../lib/validation/problem';
import { validateDataset, type InputFile } from '../lib/validation/validate-dataset';

// The CSP forbids eval; zod would try it once (and log a violation) before falling back.
z.config({ jitless: true });

export interface ValidatorReport {
  ok: boolean;
  errors: number;
  warnings: number;
  problems: Problem[];
}

const PASTED = '粘贴的内容.json';

function holds(bytes: Uint8Array, key: 'agencies' | 'sources'): boolean {
  return new RegExp(`"${key}"\\s*:`).test(new TextDecoder().decode(bytes.subarray(0, 4000)));
}

export interface BundledData {
  agencies: InputFile;
  sources: InputFile;
  documents: InputFile[];
}

const baseName = (path: string) => path.slice(path.lastIndexOf('/') + 1);

/** Whether a chosen file takes the place of a bundled document file. */
function replaces(chosen: string, bundled: string): boolean {
  return chosen === bundled || bundled.endsWith(`/${chosen}`) || baseName(chosen) === baseName(bundled);
}

/** Validates the user's files in the context of the bundled data. */
export async function validateFiles(files: InputFile[], bundled: BundledData): Promise<ValidatorReport> {
  const context: InputFile[] = [];
  if (!files.some((f) => holds(f.bytes, 'agencies'))) context.push(bundled.agencies);
  if (!files.some((f) => holds(f.bytes, 'sources'))) context.push(bundled.sources);
  context.push(...bundled.documents.filter((d) => !files.some((f) => replaces(f.file, d.file))));
  const inputs = [...context, ...files];
  const result = await validateDataset(inputs);
  const requested = new Set(files.map((f) => f.file));
  let problems = result.problems.filter((p) => requested.has(p.file) || p.file === '(dataset)');
  if (result.ok) problems = [...problems, ...auditWarnings(result, requested, inputs)];
  const errors = problems.filter((p) => p.level === 'error').length;
  return { ok: errors === 0, errors, warnings: problems.length - errors, problems: sortProblems(problems) };
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}

function where(p: Problem): string {
  return p.line ? `${p.file} 第 ${p.line} 行${p.column ? `第 ${p.column} 列` : ''}` : p.file;
}

/** One problem as a list item: place, level, what was found, what was expected, how to fix. Text only, never HTML. */
function problemItem(p: Problem): HTMLLIElement {
  const li = el('li', { class: `problem problem-${p.level}` });
  const head = el('p', { class: 'problem-head' });
  head.append(el('strong', { class: 'problem-level' }, p.level === 'error' ? '错误' : '提示'), ' ', el('span', {}, where(p)), ' ', el('code', {}, p.path), ' ', el('code', { class: 'problem-code' }, p.code));
  const dl = el('dl', { class: 'meta-list' });
  const row = (dt: string, dd: string | undefined) => {
    if (dd === undefined) return;
    dl.append(el('dt', {}, dt), el('dd', {}, dd));
  };
  row('发现的值', p.value);
  row('应为', p.expected);
  row('如何修改', p.fix);
  li.append(head, dl);
  return li;
}

/** Folder order as `npm run validate` lists a folder: each level by name (listFiles in read-files.ts). */
function byFolderOrder(a: File, b: File): number {
  const pa = (a.webkitRelativePath || a.name).split('/');
  const pb = (b.webkitRelativePath || b.name).split('/');
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const c = pa[i]!.localeCompare(pb[i]!);
    if (c !== 0) return c;
  }
  return pa.length - pb.length;
}

async function readFile(file: File): Promise<InputFile> {
  return { file: file.webkitRelativePath || file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

async function fetchOk(url: string): Promise<Response> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return res;
}

/** The bundled registries and documents, from the site's own /data/ files. */
async function fetchBundled(base: string): Promise<BundledData> {
  const bytes = async (url: string) => new Uint8Array(await (await fetchOk(url)).arrayBuffer());
  const [agencies, sources, documents] = await Promise.all([
    bytes(`${base}data/agencies.json`),
    bytes(`${base}data/sources.json`),
    fetchOk(`${base}data/documents.json`).then((r) => r.json() as Promise<{ files: { path: string; text: string }[] }>),
  ]);
  const encoder = new TextEncoder();
  return {
    agencies: { file: 'data/agencies.json', bytes: agencies },
    sources: { file: 'data/sources/sources.json', bytes: sources },
    documents: documents.files.map((f) => ({ file: f.path, bytes: encoder.encode(f.text) })),
  };
}

export function startValidator(): void {
  const form = document.getElementById('validator-form') as HTMLFormElement | null;
  if (!form) return;
  const base = form.dataset.base ?? '/';
  const filesInput = document.getElementById('validator-files') as HTMLInputElement;
  const folderInput = document.getElementById('validator-folder') as HTMLInputElement;
  const pasted = document.getElementById('validator-text') as HTMLTextAreaElement;
  const status = document.getElementById('validator-status')!;
  const list = document.getElementById('validator-problems')!;
  const textOut = document.getElementById('validator-text-report')!;
  const jsonOut = document.getElementById('validator-json-report')!;
  const details = document.getElementById('validator-raw')!;
  form.hidden = false;
  document.getElementById('validator-needs-js')?.remove();

  let bundled: Promise<BundledData> | undefined;

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const folder = [...(folderInput.files ?? [])].filter((f) => /\.json$/i.test(f.name)).sort(byFolderOrder);
    const chosen = [...(filesInput.files ?? []), ...folder];
    const files = await Promise.all(chosen.map(readFile));
    if (pasted.value.trim() !== '') files.push({ file: PASTED, bytes: new TextEncoder().encode(pasted.value) });
    list.replaceChildren();
    details.hidden = true;
    if (files.length === 0) {
      status.textContent = '请先选择文件、选择文件夹，或粘贴 JSON 内容。';
      return;
    }
    status.textContent = `正在检查 ${files.length} 个文件……`;
    form.setAttribute('aria-busy', 'true');
    try {
      bundled ??= fetchBundled(base);
      const report = await validateFiles(files, await bundled);
      status.textContent = report.problems.length === 0
        ? `检查了 ${files.length} 个文件：没有发现问题。`
        : `检查了 ${files.length} 个文件：${report.errors} 个错误，${report.warnings} 个提示。${report.ok ? '没有错误，可以提交；提示是原文本身的不一致，不必修改。' : '请按下面的说明逐一修改后再检查。'}`;
      list.replaceChildren(...report.problems.map(problemItem));
      textOut.textContent = formatProblems(report.problems);
      jsonOut.textContent = JSON.stringify(report, null, 2);
      details.hidden = false;
    } catch (e) {
      bundled = undefined;
      status.textContent = `检查没有完成：${e instanceof Error ? e.message : String(e)}`;
    } finally {
      form.removeAttribute('aria-busy');
    }
  });
}
