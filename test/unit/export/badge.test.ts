import { xmlProblem } from '../../support/xml';
import { parseFragment } from 'parse5';
import { describe, expect, it } from 'vitest';
import { badgeSize, badgeSnippet, badgeSvg } from '../../../src/lib/export/badge';

const input = { agencyName: '宁德市医保局', fiscalYear: 2024, documentCount: 9 };

describe('badge', () => {
  it('is a well-formed SVG with an accessible name', () => {
    const svg = badgeSvg(input);
    expect(xmlProblem(svg)).toBe(true);
    expect(svg).toContain('role="img"');
    expect(svg).toContain('<title>明账收录的宁德市医保局 2024 年度预决算与绩效公开文件（9 份）</title>');
  });

  it('is wide enough for its words, and wider for longer ones', () => {
    const { width, left } = badgeSize(input);
    expect(left).toBeGreaterThanOrEqual(24 + 14);
    expect(width - left).toBeGreaterThanOrEqual(12 * 10);
    expect(badgeSize({ ...input, documentCount: 12345 }).width).toBeGreaterThan(width);
  });

  it('escapes names from the data', () => {
    const svg = badgeSvg({ ...input, agencyName: '<script>&"' });
    expect(xmlProblem(svg)).toBe(true);
    expect(svg).not.toContain('<script>');
  });

  it('gives an HTML snippet: a link to the agency-year page around the badge image', () => {
    const html = badgeSnippet(input, 'https://x.example/agencies/fujian-ningde/2024/', 'https://x.example/badge/fujian-ningde/2024.svg');
    const a = parseFragment(html).childNodes[0] as unknown as { tagName: string; attrs: { name: string; value: string }[]; childNodes: { tagName: string; attrs: { name: string; value: string }[] }[] };
    expect(a.tagName).toBe('a');
    expect(a.attrs).toContainEqual({ name: 'href', value: 'https://x.example/agencies/fujian-ningde/2024/' });
    const img = a.childNodes[0]!;
    expect(img.tagName).toBe('img');
    expect(img.attrs.find((x) => x.name === 'alt')?.value).toContain('宁德市医保局');
  });
});
