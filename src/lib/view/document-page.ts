/**
 * The document page, whatever its kind: header, frame, the kind's body and a contents list.
 * Built once per page in getStaticPaths' props' place; components only render it.
 */
import type { DisclosureDocument } from '../../schemas/document';
import type { SiteData } from '../site/dataset';
import { anchorId } from '../site/urls';
import { agencyOf, type DocumentHeaderView, documentFrame, documentHeader, documentHeading, type PageFrame } from './document';
import { documentFindings, type FindingView } from './document-findings';
import { type DepartmentView, departmentView } from './document-department';
import { type FinalAccountsView, finalAccountsView } from './document-final-accounts';
import { type ProjectsDocumentView, projectsDocumentView } from './document-projects';
import { type ReportView, reportView } from './document-report';
import { isProjectDocument } from './project';

export interface ContentsEntry {
  href: string;
  label: string;
  /** A short remark after the link (`已公开空表`, `25 个`). */
  remark?: string;
  children?: ContentsEntry[];
}

export type DocumentBody =
  | { kind: 'final-accounts'; view: FinalAccountsView }
  | { kind: 'projects'; view: ProjectsDocumentView }
  | { kind: 'department-evaluation'; view: DepartmentView }
  | { kind: 'evaluation-report'; view: ReportView };

export interface DocumentPageView {
  frame: PageFrame;
  heading: string;
  header: DocumentHeaderView;
  sentence: string;
  body: DocumentBody;
  contents: ContentsEntry[];
  findings: {
    /** Every finding of the document, for the list at the top (each links to where it is shown). */
    all: FindingView[];
    /** Findings no slot on this page shows, rendered in full in the list so none is lost. */
    unplaced: FindingView[];
    /** Findings shown on other pages (the project pages of a document of projects). */
    elsewhere: boolean;
  };
}

function bodyOf(data: SiteData, doc: DisclosureDocument, df: ReturnType<typeof documentFindings>): { body: DocumentBody; sentence: string } {
  const agencyName = agencyOf(data, doc).name;
  if (doc.kind === 'final-accounts') {
    const view = finalAccountsView(doc, agencyName, df.lookup);
    return { body: { kind: 'final-accounts', view }, sentence: view.sentence };
  }
  if (isProjectDocument(doc)) {
    const view = projectsDocumentView(doc, agencyName, df.all);
    return { body: { kind: 'projects', view }, sentence: view.sentence };
  }
  if (doc.kind === 'department-evaluation') {
    const view = departmentView(doc, agencyName, df.lookup);
    return { body: { kind: 'department-evaluation', view }, sentence: view.sentence };
  }
  if (doc.kind === 'evaluation-report') {
    const view = reportView(data, doc, agencyName, df.lookup);
    return { body: { kind: 'evaluation-report', view }, sentence: view.sentence };
  }
  throw new Error(`no page for document kind ${(doc as DisclosureDocument).kind}`);
}

function contentsOf(body: DocumentBody, header: DocumentHeaderView): ContentsEntry[] {
  const out: ContentsEntry[] = [];
  const partsEntry = (): ContentsEntry | undefined =>
    header.parts.length > 0 ? { href: '#parts', label: '附件（本文件所附的其他公开文件）', remark: `${header.parts.length} 份` } : undefined;
  switch (body.kind) {
    case 'final-accounts': {
      const v = body.view;
      if (v.tables.length > 0) {
        out.push({
          href: '#tables',
          label: '决算报表',
          children: v.tables.map((t) => ({ href: `#${t.anchor}`, label: `${t.number ? `${t.number} ` : ''}${t.name}`, remark: t.status === 'published' ? `${t.rowCount} 行` : t.statusWords })),
        });
      }
      if (v.figureTopics.length > 0) {
        out.push({ href: '#figures', label: '说明中的数字', children: v.figureTopics.map((t) => ({ href: `#${t.anchor}`, label: t.heading, remark: `${t.count} 项` })) });
      }
      if (v.yearOverYear.length > 0) out.push({ href: '#year-over-year', label: '与上年相比', remark: `${v.yearOverYear.length} 项` });
      if (v.units.length > 0) out.push({ href: '#units', label: '决算单位构成' });
      if (v.sections.length > 0) out.push({ href: '#sections', label: '说明正文', children: v.sections.map((s) => ({ href: `#${s.anchor}`, label: s.heading })) });
      break;
    }
    case 'projects': {
      const v = body.view;
      out.push({ href: '#summary-table', label: v.kind === 'transfer-payment' ? '转移支付一览' : '项目一览', remark: `${v.rows.length} 个` });
      out.push({
        href: '#projects',
        label: v.kind === 'transfer-payment' ? '各项转移支付' : '各个项目',
        children: v.rows.map((r) => ({ href: `#${r.id}`, label: `${r.shortId} ${r.name}` })),
      });
      break;
    }
    case 'department-evaluation': {
      const v = body.view;
      if (v.funding) out.push({ href: '#funding', label: '资金' });
      if (v.tasks.length > 0) out.push({ href: '#tasks', label: '年度主要任务' });
      if (v.goal.length + v.outcome.length > 0) out.push({ href: '#goal', label: '目标与完成情况' });
      out.push({ href: '#indicators', label: '绩效指标', remark: `${v.indicators.counts.total} 项` });
      out.push({ href: '#score', label: '总分' });
      if (v.sections.length > 0) out.push({ href: '#sections', label: '说明' });
      break;
    }
    case 'evaluation-report': {
      const v = body.view;
      if (v.project) out.push({ href: '#project', label: '所评价的项目' });
      out.push({ href: '#dimensions', label: '评分' });
      out.push({ href: '#comparison', label: '报告所述数字与自评表对照' });
      if (v.indicatorResults.length > 0) out.push({ href: '#indicator-results', label: '指标完成情况', remark: `${v.indicatorResults.length} 项` });
      out.push({ href: '#sections', label: '报告正文', children: v.sections.map((s) => ({ href: `#${s.anchor}`, label: s.heading })) });
      break;
    }
  }
  const parts = partsEntry();
  if (parts) out.push(parts);
  if (header.siblings.length > 1) out.push({ href: '#siblings', label: '同一份公开文件中的各部分', remark: `${header.siblings.length + 1} 份` });
  if (header.notes.length > 0) out.push({ href: `#${anchorId('document', 'notes')}`, label: '转录说明' });
  return out;
}

export function documentPageView(data: SiteData, doc: DisclosureDocument): DocumentPageView {
  const header = documentHeader(data, doc);
  const df = documentFindings(data, doc.id);
  const { body, sentence } = bodyOf(data, doc, df);
  const elsewhere = body.kind === 'projects';
  const contents = contentsOf(body, header);
  if (df.all.length > 0) contents.unshift({ href: '#findings', label: '明账核对发现', remark: `${df.all.length} 条` });
  return {
    findings: { all: df.all, unplaced: elsewhere ? [] : df.all.filter((f) => !df.placed.has(f.id)), elsewhere },
    frame: documentFrame(data, doc, sentence),
    heading: documentHeading(data, doc),
    header,
    sentence,
    body,
    contents,
  };
}
