import { describe, expect, it } from 'vitest';
import type { IndicatorNode } from '../../schemas/indicator';
import { readingText } from './indicator-assessment';
import { countsSentence, indicatorTreeView } from './indicator';

const src = (a: number) => ({ lines: [a, a] as [number, number] });
const tree: IndicatorNode[] = [
  {
    id: 'g1', kind: 'group', name: '产出指标', source: src(10), weight: '50', score: '48',
    children: [
      {
        id: 'g1-1', kind: 'group', name: '数量指标', source: src(11),
        children: [
          { id: 'i01', kind: 'indicator', name: '药品网采率', target: '≥85%', actual: '80.52%', weight: '20', score: '20', explanation: '', source: src(12) },
          { id: 'i02', kind: 'indicator', name: '参保人数（人）', target: '≥4960000', actual: '4975007', weight: '20', score: '18', source: src(13), notes: ['照录'] },
          { id: 'i03', kind: 'indicator', name: '宣传效果', target: '有所提升', actual: '显著提升', weight: '10', score: '10', explanation: '已改进', source: src(14) },
        ],
      },
    ],
  },
  { id: 'i04', kind: 'indicator', name: '占位', target: '0', actual: '0', placeholder: true, source: src(15) },
];

describe('indicatorTreeView', () => {
  const view = indicatorTreeView(tree, { archive: 'arch' });
  const cards = view.sections[0]!.subsections[0]!.indicators;

  it('places every indicator in its tree: 一级 › 二级', () => {
    expect(view.sections[0]!.name).toBe('产出指标');
    expect(view.sections[0]!.depth).toBe(1);
    expect(view.sections[0]!.subsections[0]!.depth).toBe(2);
    expect(cards[0]!.path).toEqual(['产出指标', '数量指标']);
    expect(cards[0]!.source.href).toBe('/sources/arch/#L12');
  });

  it('gives a status in words and a reason; a missed target is missed, prose is unknown', () => {
    expect(cards[0]!.assessment).toMatchObject({ status: 'missed', words: '未达成' });
    expect(cards[0]!.assessment!.reason.length).toBeGreaterThan(0);
    expect(cards[1]!.assessment).toMatchObject({ status: 'met', words: '已达成' });
    expect(cards[2]!.assessment!.status).toBe('unknown');
  });

  it('tells an empty explanation column (未填写) from an absent one', () => {
    expect(cards[0]!.explanation).toEqual({ state: 'empty' });
    expect(cards[1]!.explanation).toEqual({ state: 'absent' });
    expect(cards[2]!.explanation).toEqual({ state: 'text', text: '已改进' });
  });

  it('never evaluates a placeholder row and counts it apart', () => {
    expect(view.indicators[0]!.placeholder).toBe(true);
    expect(view.indicators[0]!.assessment).toBeUndefined();
    expect(view.counts).toEqual({ total: 3, met: 1, missed: 1, unknown: 1, placeholder: 1 });
  });

  it('adds the published weights and scores exactly, without the placeholder', () => {
    expect(view.weightSum).toEqual({ sum: '50', counted: 3, missing: 0 });
    expect(view.scoreSum).toEqual({ sum: '48', counted: 3, missing: 0 });
  });

  it('keeps anchors unique when prefixed and carries notes', () => {
    const prefixed = indicatorTreeView(tree, { archive: 'arch', prefix: 'p03' });
    expect(prefixed.sections[0]!.subsections[0]!.indicators[1]!.anchor).toBe('p03--i02');
    expect(cards[1]!.notes).toEqual(['照录']);
  });

  it('does not evaluate targets-only tables but still reads the target', () => {
    const targets = indicatorTreeView([{ id: 'i01', kind: 'indicator', name: '成本不超过', target: '55646万元', source: src(1) }], { archive: 'a', targetsOnly: true });
    expect(targets.indicators[0]!.assessment).toBeUndefined();
    expect(targets.hasActuals).toBe(false);
    expect(countsSentence(targets.counts, true)).toBe('1 项指标');
  });

  it('hands each indicator the findings located on it', () => {
    const withFindings = indicatorTreeView(tree, {
      archive: 'a',
      item: 'p1',
      findings: (item, sub) => (item === 'p1' && sub === 'i01' ? [{ id: 'f', anchor: 'finding--f', severity: 'low', severityWords: '提示', title: 't', detail: 'd', figures: [] }] : []),
    });
    expect(withFindings.sections[0]!.subsections[0]!.indicators[0]!.findings).toHaveLength(1);
    expect(withFindings.sections[0]!.subsections[0]!.indicators[1]!.findings).toHaveLength(0);
  });
});

describe('readingText', () => {
  it('reads operators, including full-width and words, into one form', () => {
    expect(readingText('＞98%')).toBe('> 98%');
    expect(readingText('不少于150次')).toBe('≥ 150 次');
    expect(readingText('≤150 万元')).toBe('≤ 150 万元');
  });

  it('says prose is prose, once, and leaves blanks unread', () => {
    expect(readingText('逐步推开')).toBe('文字表述，没有可比较的数字');
    expect(readingText('')).toBeUndefined();
    expect(readingText('—')).toBeUndefined();
  });
});

describe('countsSentence', () => {
  it('says how many were met, missed and unknown', () => {
    expect(countsSentence({ total: 25, met: 22, missed: 1, unknown: 2, placeholder: 0 })).toBe('25 项指标：22 项已达成，1 项未达成，2 项无法判断');
  });
});
