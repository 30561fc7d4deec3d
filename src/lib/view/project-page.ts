/**
 * The frame of a project page (title, description, breadcrumbs, search facets) around the
 * project view.
 */
import type { SiteData } from '../site/dataset';
import { agencyOf, documentCrumbs, type PageFrame, searchFacets } from './document';
import { type ProjectDocument, projectPageView, type ProjectPageView, shortProjectId } from './project';

export interface ProjectPage {
  frame: PageFrame;
  heading: string;
  agency: { name: string };
  fiscalYear: number;
  view: ProjectPageView;
}

export function projectPage(data: SiteData, doc: ProjectDocument, projectId: string): ProjectPage {
  const view = projectPageView(data, doc, projectId);
  const agency = agencyOf(data, doc);
  const { filters, meta, sort } = searchFacets(data, doc, projectId);
  return {
    frame: {
      title: `${view.name}（${shortProjectId(view.id)}）· ${agency.name} ${doc.fiscalYear} 年度${view.document.kindName}`,
      description: view.sentence,
      crumbs: documentCrumbs(data, doc, `${shortProjectId(view.id)} ${view.name}`),
      filters,
      meta: { ...meta, project: view.name },
      sort,
    },
    heading: view.name,
    agency: { name: agency.name },
    fiscalYear: doc.fiscalYear,
    view,
  };
}
