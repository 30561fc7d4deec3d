/**
 * What every row of a cross-agency list says about where its item comes from: the agency,
 * the fiscal year, the document (linked), and the order rows take when sorted by place.
 */
import { type DisclosureDocument, documentKinds } from '../../schemas/document';
import type { SiteData } from '../site/dataset';
import { agencyPath, documentPath, withBase } from '../site/urls';

export interface ItemContext {
  agency: { slug: string; name: string; shortName: string; href: string };
  fiscalYear: number;
  document: { id: string; title: string; kindWords: string; href: string };
  /** Sort key by place: region code, year, document id (the item's own order is added by the caller). */
  placeKey: string;
}

export function itemContext(data: SiteData, doc: DisclosureDocument): ItemContext {
  const agency = data.agencyBySlug.get(doc.agency);
  const name = agency?.name ?? doc.agency;
  return {
    agency: { slug: doc.agency, name, shortName: agency?.shortName ?? name, href: withBase(agencyPath(doc.agency)) },
    fiscalYear: doc.fiscalYear,
    document: {
      id: doc.id,
      title: doc.kind === 'evaluation-report' ? doc.report.documentNumber : doc.title,
      kindWords: documentKinds[doc.kind],
      href: withBase(documentPath(doc)),
    },
    placeKey: `${agency?.regionCode ?? '999999'}|${doc.fiscalYear}|${doc.id}`,
  };
}

/** Compares two place keys, then the items' published order. */
export function byPlace(a: { context: ItemContext; order: number }, b: { context: ItemContext; order: number }): number {
  return a.context.placeKey.localeCompare(b.context.placeKey) || a.order - b.order;
}
