/**
 * Atom feeds (RFC 4287): the disclosures 明账 publishes, newest first by publication date,
 * and the corrections log. Pure: entries in, XML text out; fast-xml-builder does the escaping.
 */
import XMLBuilder from 'fast-xml-builder';
import type { Agency } from '../../schemas/agency';
import { correctionKinds, type Correction } from '../../schemas/corrections';
import { documentKinds, type DisclosureDocument } from '../../schemas/document';

export interface AtomEntry {
  /** A permanent IRI that does not depend on where the site is hosted (`urn:mingzhang:document:<id>`). */
  id: string;
  title: string;
  /** YYYY-MM-DD. */
  updated: string;
  published?: string;
  link: string;
  author?: string;
  /** Plain text. */
  summary: string;
  categories?: string[];
}

export interface AtomFeed {
  /** The feed's own absolute URL (also its id). */
  self: string;
  /** The page the feed is about. */
  alternate: string;
  title: string;
  subtitle: string;
  /** YYYY-MM-DD: the newest entry, or the release date. */
  updated: string;
  entries: AtomEntry[];
}

/** A date as an Atom timestamp, at midnight Beijing time (the documents' dates are Chinese calendar days). */
export function atomDate(day: string): string {
  return `${day}T00:00:00+08:00`;
}

const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', format: true, suppressEmptyNode: true });

export function atomXml(feed: AtomFeed): string {
  return builder.build({
    '?xml': { '@_version': '1.0', '@_encoding': 'utf-8' },
    feed: {
      '@_xmlns': 'http://www.w3.org/2005/Atom',
      '@_xml:lang': 'zh-CN',
      id: feed.self,
      title: feed.title,
      subtitle: feed.subtitle,
      updated: atomDate(feed.updated),
      link: [
        { '@_rel': 'self', '@_type': 'application/atom+xml', '@_href': feed.self },
        { '@_rel': 'alternate', '@_type': 'text/html', '@_href': feed.alternate },
      ],
      author: { name: '明账' },
      generator: '明账',
      entry: feed.entries.map((e) => ({
        id: e.id,
        title: e.title,
        updated: atomDate(e.updated),
        ...(e.published ? { published: atomDate(e.published) } : {}),
        link: { '@_rel': 'alternate', '@_type': 'text/html', '@_href': e.link },
        ...(e.author ? { author: { name: e.author } } : {}),
        category: (e.categories ?? []).map((term) => ({ '@_term': term })),
        summary: { '@_type': 'text', '#text': e.summary },
      })),
    },
  });
}

/** The date a document is ordered by, and how to say it. */
/** What a feed entry says of a document. */
export type FeedDocument = Pick<DisclosureDocument, 'id' | 'agency' | 'fiscalYear' | 'kind' | 'title' | 'published'> & { documentNumber?: string | undefined; summary?: string | undefined };

export function documentDate(doc: Pick<DisclosureDocument, 'published'>): { date: string; stated: boolean; words: string } {
  return 'date' in doc.published
    ? { date: doc.published.date, stated: true, words: `发布于 ${doc.published.date}` }
    : { date: doc.published.collectedOn, stated: false, words: `未注明发布日期，收录于 ${doc.published.collectedOn}` };
}

/**
 * Feed entries for the disclosures, newest first by publication date (documents without one
 * by the date 明账 collected them, said so in the entry). An entry is updated on the newest
 * correction that names its document.
 */
export function disclosureEntries(
  docs: readonly FeedDocument[],
  agencyBySlug: ReadonlyMap<string, Agency>,
  corrections: readonly Correction[],
  pageUrl: (doc: FeedDocument) => string,
): AtomEntry[] {
  return docs
    .map((doc) => {
      const when = documentDate(doc);
      const agency = agencyBySlug.get(doc.agency)?.name ?? doc.agency;
      const fixes = corrections.filter((c) => c.document === doc.id).map((c) => c.date);
      const updated = [when.date, ...fixes].reduce((a, b) => (b > a ? b : a));
      const number = doc.documentNumber ? `（${doc.documentNumber}）` : '';
      return {
        id: `urn:mingzhang:document:${doc.id}`,
        title: `${agency}：${doc.title}${number}`,
        updated,
        published: when.date,
        link: pageUrl(doc),
        author: agency,
        categories: [documentKinds[doc.kind], `${doc.fiscalYear} 年度`],
        summary: `${doc.fiscalYear} 年度${documentKinds[doc.kind]}。${when.words}。${doc.summary ?? ''}`.trim(),
      };
    })
    .sort((a, b) => (b.published! > a.published! ? 1 : b.published! < a.published! ? -1 : a.id.localeCompare(b.id)));
}

/** Feed entries for the corrections log, newest first. */
export function correctionEntries(corrections: readonly Correction[], entryUrl: (c: Correction) => string, documentTitle: (id: string) => string | undefined): AtomEntry[] {
  return corrections
    .map((c, i) => ({ c, i }))
    .sort((a, b) => (b.c.date > a.c.date ? 1 : b.c.date < a.c.date ? -1 : b.i - a.i))
    .map(({ c }) => {
      const doc = c.document ? documentTitle(c.document) : undefined;
      const parts = [c.what, `原因：${c.why}`, c.before ? `更正前：${c.before}` : '', c.after ? `更正后：${c.after}` : ''].filter(Boolean);
      return {
        id: `urn:mingzhang:correction:${c.id}`,
        title: `${correctionKinds[c.kind]}${doc ? `：${doc}` : ''}`,
        updated: c.date,
        published: c.date,
        link: entryUrl(c),
        categories: [correctionKinds[c.kind]],
        summary: parts.join('\n'),
      };
    });
}
