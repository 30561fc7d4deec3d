/**
 * The badge an agency can put on its own disclosure page: a small static SVG
 * (“明账 | 2024 年度 · 9 份文件”) per agency-year, and the HTML snippet that wraps it in a
 * link back to the agency-year page on 明账. Widths are estimated by character class
 * (text-measure.ts), since nothing measures text at build time.
 */
import { textWidthEm } from '../charts/text-measure';

export interface BadgeInput {
  /** The agency's short name (宁德市医保局), for the accessible name. */
  agencyName: string;
  fiscalYear: number;
  documentCount: number;
}

const FONT_PX = 12;
const PAD_PX = 7;
const HEIGHT_PX = 20;
const LEFT_TEXT = '明账';

export function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** The words on the right half of the badge. */
export function badgeText(input: BadgeInput): string {
  return `${input.fiscalYear} 年度 · ${input.documentCount} 份公开文件`;
}

/** What a screen reader says for the badge, and the image's alt text. */
export function badgeLabel(input: BadgeInput): string {
  return `明账收录的${input.agencyName} ${input.fiscalYear} 年度预决算与绩效公开文件（${input.documentCount} 份）`;
}

/** Width and height of the badge in px. */
export function badgeSize(input: BadgeInput): { width: number; height: number; left: number } {
  const left = Math.ceil(textWidthEm(LEFT_TEXT) * FONT_PX) + 2 * PAD_PX;
  const right = Math.ceil(textWidthEm(badgeText(input)) * FONT_PX) + 2 * PAD_PX;
  return { width: left + right, height: HEIGHT_PX, left };
}

/** The badge as SVG text. Colours: white on dark ink (left) and on dark teal (right), both above 7:1 contrast. */
export function badgeSvg(input: BadgeInput): string {
  const { width, height, left } = badgeSize(input);
  const label = escapeXml(badgeLabel(input));
  const text = escapeXml(badgeText(input));
  const baseline = 14;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${label}">`,
    `<title>${label}</title>`,
    `<rect width="${left}" height="${height}" rx="3" fill="#1f2933"/>`,
    `<rect x="${left - 3}" width="${width - left + 3}" height="${height}" rx="3" fill="#0b5563"/>`,
    `<rect x="${left - 3}" width="3" height="${height}" fill="#0b5563"/>`,
    `<g fill="#ffffff" font-family="'PingFang SC','Hiragino Sans GB','Microsoft YaHei','Noto Sans CJK SC','Source Han Sans SC',sans-serif" font-size="${FONT_PX}">`,
    `<text x="${PAD_PX}" y="${baseline}" font-weight="bold">${LEFT_TEXT}</text>`,
    `<text x="${left + PAD_PX}" y="${baseline}">${text}</text>`,
    `</g>`,
    `</svg>`,
    '',
  ].join('\n');
}

/** The HTML an agency pastes into its page: the badge, linking to its agency-year page on 明账. */
export function badgeSnippet(input: BadgeInput, pageUrl: string, badgeUrl: string): string {
  const { width, height } = badgeSize(input);
  return `<a href="${escapeXml(pageUrl)}"><img src="${escapeXml(badgeUrl)}" width="${width}" height="${height}" alt="${escapeXml(badgeLabel(input))}"></a>`;
}
