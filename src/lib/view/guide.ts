/**
 * View model of the agency guide (/guide/): the URL scheme with live examples from the data
 * (so every example is a working link the link checker follows), a real document cut down to
 * one project as the example data file, and the badge snippet of an agency-year.
 */
import type { DisclosureDocument } from '../../schemas/document';
import { badgeLabel, badgeSnippet, badgeSize, type BadgeInput } from '../export/badge';
import { downloadPath } from '../export/downloads';
import type { SiteData } from '../site/dataset';
import { agencyPath, agencyYearPath, anchorId, documentPath, projectPath, sourcePath, withBase } from '../site/urls';

export interface UrlExample {
  /** What the page is. */
  what: string;
  /** The pattern, with placeholders in Chinese (`/agencies/<机构>/`). */
  pattern: string;
  /** A real example: site path with base, for the link. */
  href: string;
  /** The same, absolute, as shown. */
  absolute: string;
}

export interface GuideView {
  urls: UrlExample[];
  /** A document to show the citation block with (one with a 文号 where there is one). */
  cite: { title: string; agency: string; documentNumber?: string | undefined; path: string; source: { archive: string; lines: [number, number] } };
  example: { file: string; fileName: string; json: string; projectName: string; sourceDocument: string };
  badge: { agencyName: string; fiscalYear: number; src: string; width: number; height: number; alt: string; snippet: string; pageHref: string };
}

/**
 * The example data file: a real project self-evaluation document with only one of its
 * projects, pointing its `$schema` at the published JSON Schema (editors fetch it from there).
 */
export function exampleDocument(doc: DisclosureDocument & { kind: 'project-evaluations' }, projectId: string, schemaUrl: string): DisclosureDocument {
  const project = doc.projects.find((p) => p.id === projectId);
  if (!project) throw new Error(`guide example: ${doc.id} has no project ${projectId}`);
  const { $schema: _, ...rest } = doc;
  return { $schema: schemaUrl, ...rest, projects: [project] };
}

/** The document the guide's examples come from: this one when it is in the data, else the first project self-evaluation by id. */
export const GUIDE_DOCUMENT = 'ningde-2024-project-evaluations';

/**
 * The guide as built from some documents, with the document its examples come from: a shard's
 * candidate for the whole site's guide (`pickGuide`), or undefined when it holds no project
 * self-evaluation.
 */
export interface GuideCandidate {
  document: string;
  view: GuideView;
}

export function guideCandidate(data: SiteData, absolute: (path: string) => string): GuideCandidate | undefined {
  const evaluations = guideDocument(data);
  return evaluations ? { document: evaluations.id, view: guideView(data, absolute) } : undefined;
}

/** The guide of the whole site from the shards' candidates: the same choice as `guideView` over all documents. */
export function pickGuide(candidates: ReadonlyArray<GuideCandidate | undefined>): GuideView {
  const present = candidates.filter((c): c is GuideCandidate => c !== undefined);
  const chosen = present.find((c) => c.document === GUIDE_DOCUMENT) ?? present.sort((a, b) => a.document.localeCompare(b.document))[0];
  if (!chosen) throw new Error('guide: no project self-evaluation document to take examples from');
  return chosen.view;
}

function guideDocument(data: SiteData): (DisclosureDocument & { kind: 'project-evaluations' }) | undefined {
  return (
    data.documents.find((d): d is DisclosureDocument & { kind: 'project-evaluations' } => d.kind === 'project-evaluations' && d.id === GUIDE_DOCUMENT) ??
    data.documents.find((d): d is DisclosureDocument & { kind: 'project-evaluations' } => d.kind === 'project-evaluations')
  );
}

export function guideView(data: SiteData, absolute: (path: string) => string): GuideView {
  const evaluations = guideDocument(data);
  if (!evaluations) throw new Error('guide: no project self-evaluation document to take examples from');
  const project = evaluations.projects.find((p) => p.id === 'ningde-2024-p21') ?? evaluations.projects[0]!;
  const accounts = data.documents.find((d) => d.kind === 'final-accounts' && d.agency === evaluations.agency) ?? evaluations;
  const figure = accounts.kind === 'final-accounts' ? accounts.finalAccounts.figures[0] : undefined;
  const agency = data.agencyBySlug.get(evaluations.agency)!;
  const year = evaluations.fiscalYear;
  const ex = (what: string, pattern: string, path: string): UrlExample => ({ what, pattern, href: withBase(path), absolute: absolute(path) });

  const urls: UrlExample[] = [
    ex('全部机构（按地区）', '/agencies/', '/agencies/'),
    ex('一个机构的全部年度', '/agencies/<机构代号>/', agencyPath(agency.slug)),
    ex('一个机构一个年度的概览', '/agencies/<机构代号>/<年度>/', agencyYearPath(agency.slug, year)),
    ex('一份公开文件', '/agencies/<机构代号>/<年度>/<文件编号>/', documentPath(accounts)),
    ex('文件中的一个项目', '/agencies/<机构代号>/<年度>/<文件编号>/<项目编号>/', projectPath(evaluations, project.id)),
    ...(figure ? [ex('页面中的一项（锚点）', '<页面地址>#<项的编号>', `${documentPath(accounts)}#${anchorId('figure', figure.id)}`)] : []),
    ex('存档原文的一行', '/sources/<原文编号>/#L<行号>', sourcePath(accounts.archive, [accounts.source.lines[0], accounts.source.lines[0]])),
    ex('一个机构一个年度的数据（JSON）', '/downloads/<机构代号>/<年度>/dataset.json', downloadPath({ agency, fiscalYear: year }, 'dataset.json')),
    ex('徽标', '/badge/<机构代号>/<年度>.svg', `/badge/${agency.slug}/${year}.svg`),
  ];

  const example = exampleDocument(evaluations, project.id, absolute('/schema/disclosure.schema.json'));
  const badgeInput: BadgeInput = {
    agencyName: agency.shortName ?? agency.name,
    fiscalYear: year,
    documentCount: data.documents.filter((d) => d.agency === agency.slug && d.fiscalYear === year).length,
  };
  const size = badgeSize(badgeInput);
  const pagePath = agencyYearPath(agency.slug, year);
  const badgePath = `/badge/${agency.slug}/${year}.svg`;
  const cited = data.documents.find((d) => d.agency === agency.slug && d.documentNumber) ?? accounts;
  return {
    urls,
    cite: { title: cited.title, agency: data.agencyBySlug.get(cited.agency)!.name, documentNumber: cited.documentNumber, path: documentPath(cited), source: { archive: cited.archive, lines: cited.source.lines } },
    example: {
      file: `data/disclosures/${example.agency}/${example.fiscalYear}/${example.id}.json`,
      fileName: `${example.id}.json`,
      json: JSON.stringify(example, null, 2) + '\n',
      projectName: project.name,
      sourceDocument: evaluations.title,
    },
    badge: {
      agencyName: agency.name,
      fiscalYear: year,
      src: withBase(badgePath),
      width: size.width,
      height: size.height,
      alt: badgeLabel(badgeInput),
      snippet: badgeSnippet(badgeInput, absolute(pagePath), absolute(badgePath)),
      pageHref: withBase(pagePath),
    },
  };
}
