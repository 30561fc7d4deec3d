import { describe, expect, it } from 'vitest';
import { anchorsOf, manifestBreaks, manifestText, urlPathOf, type UrlManifest } from './manifest';

describe('anchorsOf', () => {
  it('collects element ids, leaving out those inside SVG', () => {
    const html = '<!doctype html><html><body><main id="main"><h2 id="a">x</h2><svg><defs><pattern id="hatch"></pattern></defs></svg><table><tr id="r1"><td>1</td></tr></table></main></body></html>';
    expect(anchorsOf(html)).toEqual(['a', 'main', 'r1']);
  });
});

describe('urlPathOf', () => {
  it('turns built files into the URLs they are served at', () => {
    expect(urlPathOf('index.html')).toBe('/');
    expect(urlPathOf('agencies/fujian-ningde/index.html')).toBe('/agencies/fujian-ningde/');
    expect(urlPathOf('downloads/projects.csv')).toBe('/downloads/projects.csv');
  });
});

describe('manifestBreaks', () => {
  const committed: UrlManifest = { pages: { '/a/': ['x', 'y'], '/old/': ['k'] }, files: ['/f.csv'] };

  it('finds nothing when every URL and anchor is still built', () => {
    expect(manifestBreaks(committed, { pages: { '/a/': ['x', 'y', 'z'], '/old/': ['k'] }, files: ['/f.csv', '/g.csv'] }, {})).toEqual([]);
  });

  it('reports a removed page, a removed anchor and a removed file', () => {
    const breaks = manifestBreaks(committed, { pages: { '/a/': ['x'] }, files: [] }, {});
    expect(breaks).toEqual([
      { url: '/a/', anchor: 'y', problem: 'anchor #y no longer on /a/' },
      { url: '/old/', problem: 'page no longer built' },
      { url: '/f.csv', problem: 'file no longer built' },
    ]);
  });

  it('accepts a moved page when a redirect is declared, looking for its anchors on the new page', () => {
    const current = { pages: { '/a/': ['x', 'y'], '/new/': ['k'], '/old/': [] }, files: ['/f.csv'] };
    expect(manifestBreaks(committed, current, { '/old/': '/new/' })).toEqual([]);
    expect(manifestBreaks(committed, { ...current, pages: { ...current.pages, '/new/': [] } }, { '/old/': '/new/' })).toEqual([{ url: '/old/', anchor: 'k', problem: 'anchor #k no longer on /new/' }]);
  });
});

describe('manifestText', () => {
  it('writes one line per page, and parses back', () => {
    const m: UrlManifest = { pages: { '/': ['main'], '/a/': [] }, files: ['/x.xml'] };
    const text = manifestText(m);
    expect(text).toBe('{\n  "pages": {\n    "/": ["main"],\n    "/a/": []\n  },\n  "files": [\n    "/x.xml"\n  ]\n}\n');
    expect(JSON.parse(text)).toEqual(m);
  });
});
