/**
 * View model of the corrections page (/corrections/): the log newest first, each entry with
 * links to the document and to the items it changed, and the current release.
 */
import { correctionKinds, type Correction, type CorrectionKind } from '../../schemas/corrections';
import type { DisclosureDocument } from '../../schemas/document';
import { anchorId, documentPath, projectPath, withBase } from '../site/urls';

export interface CorrectionItemLink {
  id: string;
  /** The item's label as published (`评价结果等次为“优”的项目`), or its id when not found. */
  label: string;
  href: string;
}

export interface CorrectionView {
  id: string;
  date: string;
  kind: CorrectionKind;
  kindWords: string;
  what: string;
  why: string;
  before?: string;
  after?: string;
  document?: { id: string; title: string; href: string };
  items: CorrectionItemLink[];
}

/**
 * The page, anchor and name of an item inside a document, following the anchors the
 * document and project pages give (figures `figure--<id>`, year-over-year lines `yoy--<id>`,
 * tables by their id, projects on their own page). An item not found links to the document.
 */
export function itemLink(doc: DisclosureDocument, item: string): { path: string; label: string } {
  const page = documentPath(doc);
  const found = (path: string, label: string) => ({ path, label });
  switch (doc.kind) {
    case 'final-accounts': {
      const fa = doc.finalAccounts;
      const figure = fa.figures.find((f) => f.id === item);
      if (figure) return found(`${page}#${anchorId('figure', item)}`, figure.label);
      const yoy = fa.yearOverYear.find((y) => y.id === item);
      if (yoy) return found(`${page}#${anchorId('yoy', item)}`, `${yoy.label}（与上年比较）`);
      const table = fa.tables.find((t) => t.id === item);
      if (table) return found(`${page}#${item}`, `${table.number} ${table.name}`.trim());
      break;
    }
    case 'project-targets':
    case 'project-evaluations': {
      const p = doc.projects.find((x) => x.id === item);
      if (p) return found(projectPath(doc, item), p.name);
      break;
    }
    case 'transfer-payment-evaluations': {
      const e = doc.evaluations.find((x) => x.id === item);
      if (e) return found(projectPath(doc, item), e.name);
      break;
    }
    case 'evaluation-report': {
      const f = doc.report.figures.find((x) => x.id === item);
      if (f) return found(`${page}#${anchorId('figure', item)}`, f.label);
      break;
    }
  }
  return found(page, item);
}

/** Where a correction's document and items are on the site: known to the build that holds the document. */
export interface CorrectionLinks {
  document: { id: string; title: string; href: string };
  items: CorrectionItemLink[];
}

/** The links of every correction whose document this build holds, by correction id. */
export function correctionLinks(corrections: readonly Correction[], documentById: ReadonlyMap<string, DisclosureDocument>): Record<string, CorrectionLinks> {
  const out: Record<string, CorrectionLinks> = {};
  for (const c of corrections) {
    const doc = c.document ? documentById.get(c.document) : undefined;
    if (!doc) continue;
    out[c.id] = {
      document: { id: doc.id, title: doc.title, href: withBase(documentPath(doc)) },
      items: (c.items ?? []).map((id) => {
        const link = itemLink(doc, id);
        return { id, label: link.label, href: withBase(link.path) };
      }),
    };
  }
  return out;
}

/**
 * The log, newest first (entries of one day in reverse order of entry). An entry naming a
 * document that is not in the data is an error — except in a shard build (`partial`), which
 * holds only some provinces' documents: there the entry is shown without its link.
 */
export function correctionsView(corrections: readonly Correction[], links: Readonly<Record<string, CorrectionLinks>>, options: { partial?: boolean } = {}): CorrectionView[] {
  return corrections
    .map((c, i) => ({ c, i }))
    .sort((a, b) => (b.c.date > a.c.date ? 1 : b.c.date < a.c.date ? -1 : b.i - a.i))
    .map(({ c }) => {
      const link = c.document ? links[c.id] : undefined;
      if (c.document && !link && !options.partial) throw new Error(`data/corrections.json: entry ${c.id} names document ${c.document}, which is not in data/disclosures/`);
      return {
        id: c.id,
        date: c.date,
        kind: c.kind,
        kindWords: correctionKinds[c.kind],
        what: c.what,
        why: c.why,
        ...(c.before !== undefined ? { before: c.before } : {}),
        ...(c.after !== undefined ? { after: c.after } : {}),
        ...(link ? { document: link.document } : {}),
        items: link ? link.items : [],
      };
    });
}
