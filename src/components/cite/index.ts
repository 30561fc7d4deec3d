/**
 * Citation components for the page engineers:
 *
 * - `LinkToThis` — the visible “链接” permalink of an item: `<LinkToThis anchor={id} label={name} />`.
 * - `CiteThis` — the “引用” block of a page or an item:
 *   `<CiteThis title={doc.title} agency={agency.name} documentNumber={doc.documentNumber}
 *     path={documentPath(doc)} source={{ archive: doc.archive, lines: doc.source.lines }} />`
 *   (add `anchor` to cite an item on the page, `compact` to fold it, `level` for the heading).
 */
export { default as CiteThis } from './CiteThis.astro';
export { default as LinkToThis } from './LinkToThis.astro';
