/**
 * The URL scheme, in one place. URLs are made only from ids chosen once in the data, so
 * adding data never changes an existing URL. Paths here are without the site's base;
 * `withBase` adds it.
 *
 *   /agencies/                                  region and agency index
 *   /agencies/<agency>/                         an agency, all years
 *   /agencies/<agency>/<year>/                  an agency-year overview
 *   /agencies/<agency>/<year>/<document>/       a document
 *   /agencies/<agency>/<year>/<document>/<project>/   a project (or transfer payment) in a document
 *   /sources/<archive>/#L<n>                    an archived source text, line n
 */

export function agencyPath(agency: string): string {
  return `/agencies/${agency}/`;
}

export function agencyYearPath(agency: string, year: number | string): string {
  return `/agencies/${agency}/${year}/`;
}

export function documentPath(doc: { agency: string; fiscalYear: number; id: string }): string {
  return `/agencies/${doc.agency}/${doc.fiscalYear}/${doc.id}/`;
}

export function projectPath(doc: { agency: string; fiscalYear: number; id: string }, projectId: string): string {
  return `${documentPath(doc)}${projectId}/`;
}

export function sourcePath(archive: string, lines?: readonly [number, number]): string {
  return `/sources/${archive}/${lines ? `#L${lines[0]}` : ''}`;
}

/** Anchor id for an item inside a page: ids are unique within their container, so prefix the container. */
export function anchorId(...parts: string[]): string {
  return parts.join('--');
}

/** Prefix a site path with the configured base (`/` or `/sub/path/`). */
export function withBase(path: string, base: string = import.meta.env?.BASE_URL ?? '/'): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return path.startsWith('/') ? `${b}${path.slice(1)}` : `${b}${path}`;
}
