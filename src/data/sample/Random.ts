/**
 * A small seeded pseudo-random generator (mulberry32): the same seed gives the
 * same sequence on every machine, which is what makes the sample reproducible.
 * Not for anything secret.
 */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A derived generator for an independent stream (e.g. one per scale copy). */
  static derive(seed: number, stream: number): Random {
    // mix seed and stream so neighbouring streams do not start correlated
    let h = (seed ^ Math.imul(stream + 0x9e3779b9, 0x85ebca6b)) >>> 0;
    h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
    h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
    return new Random((h ^ (h >>> 16)) >>> 0);
  }

  /** Uniform in [0, 1). */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** Uniform in [min, max). */
  between(min: number, max: number): number {
    return min + this.next() * (max - min);
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One element, uniformly. */
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** One element, with probability proportional to its weight. */
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    // index loops: this runs for every generated row
    let total = 0;
    for (let i = 0; i < items.length; i++) total += items[i]![1];
    let x = this.next() * total;
    for (let i = 0; i < items.length; i++) {
      x -= items[i]![1];
      if (x < 0) return items[i]![0];
    }
    return items[items.length - 1]![0];
  }

  /** Log-uniform in [min, max): amounts spread over orders of magnitude. */
  logBetween(min: number, max: number): number {
    return Math.exp(this.between(Math.log(min), Math.log(max)));
  }

  /** A count near `mean` (Poisson-like spread, never negative). */
  count(mean: number): number {
    if (mean <= 0) return 0;
    // normal approximation is enough here and cheap
    const u = this.next() + this.next() + this.next() + this.next() - 2; // ~N(0, 1/3)
    return Math.max(0, Math.round(mean + u * Math.sqrt(3 * mean)));
  }
}
