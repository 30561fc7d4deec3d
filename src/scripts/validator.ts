/**
 * The browser validator (/validator/), the part loaded with the page: it shows the form, reads
 * the files the user chooses or pastes, and shows every problem located by file, line and JSON
 * path. The checking itself (src/scripts/validate-files.ts: the schemas, zod, the audit) is
 * loaded from the site only when the user asks for a check, which keeps the page light.
 * Nothing leaves the browser: files are read locally and no request carries them.
 */
import { formatProblems, type Problem } from '../lib/validation/problem';
import type { InputFile } from '../lib/validation/validate-dataset';
import type { BundledData } from './validate-files';

const PASTED = '粘贴的内容.json';

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

  // Loaded at the first check, and again after a failed one (e.g. the network was down).
  let checker: Promise<{ check: typeof import('./validate-files'); bundled: BundledData }> | undefined;

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
    form.setAttribute('aria-busy', 'true');
    try {
      if (!checker) status.textContent = '正在载入检查程序和明账已收录数据的编号……';
      checker ??= import('./validate-files').then(async (check) => ({ check, bundled: await check.fetchBundled(base) }));
      const { check, bundled } = await checker;
      status.textContent = `正在检查 ${files.length} 个文件……`;
      const report = await check.validateFiles(files, bundled);
      status.textContent = report.problems.length === 0
        ? `检查了 ${files.length} 个文件：没有发现问题。`
        : `检查了 ${files.length} 个文件：${report.errors} 个错误，${report.warnings} 个提示。${report.ok ? '没有错误，可以提交；提示是原文本身的不一致，不必修改。' : '请按下面的说明逐一修改后再检查。'}`;
      list.replaceChildren(...report.problems.map(problemItem));
      textOut.textContent = formatProblems(report.problems);
      jsonOut.textContent = JSON.stringify(report, null, 2);
      details.hidden = false;
    } catch (e) {
      checker = undefined;
      status.textContent = `检查没有完成：${e instanceof Error ? e.message : String(e)}`;
    } finally {
      form.removeAttribute('aria-busy');
    }
  });
}
