/**
 * Seeded randomness for the synthetic corpus. Everything random goes through one `Rng`, made
 * from d3's linear congruential generator (`randomLcg`, integer arithmetic, the same on every
 * platform), so a corpus is byte-identical for the same seed. Math.random is never used.
 */
import { createHash } from 'node:crypto';
import { randomLcg } from 'd3';

export class Rng {
  private readonly source: () => number;

  constructor(seed: number) {
    this.source = randomLcg(seed);
  }

  /** A generator for one named part of the corpus (`"r350900/2024"`): independent of the order parts are made in. */
  static derive(seed: number, key: string): Rng {
    const digest = createHash('sha256').update(`${seed}\u0000${key}`).digest();
    return new Rng(digest.readUInt32BE(0));
  }

  /** A number in [0, 1). */
  next(): number {
    return this.source();
  }

  /** An integer in [lo, hi], both included. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** One of the items, with the given relative weights. */
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    const total = items.reduce((s, [, w]) => s + w, 0);
    let r = this.next() * total;
    for (const [item, w] of items) {
      r -= w;
      if (r < 0) return item;
    }
    return items[items.length - 1]![0];
  }

  /** A shuffled copy (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  }

  /** `n` distinct items in their original order. */
  sample<T>(items: readonly T[], n: number): T[] {
    const chosen = new Set(this.shuffle(items.map((_, i) => i)).slice(0, n));
    return items.filter((_, i) => chosen.has(i));
  }

  /** A log-uniform integer in [lo, hi]: amounts spread over orders of magnitude, as budgets do. */
  logInt(lo: number, hi: number): number {
    return Math.round(Math.exp(Math.log(lo) + this.next() * (Math.log(hi) - Math.log(lo))));
  }
}
