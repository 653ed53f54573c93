/**
 * Integer arithmetic on doubles that knows when it stopped being exact. A double holds every integer
 * up to 2^53 - 1; the sum or product of two such integers is rounded correctly, so it is exact when
 * its result is still within that bound and at least 2^53 in size when it is not. Every step is
 * therefore checked on its result: NaN means "no longer exact", and the caller takes the exact path.
 */
const LIMIT = Number.MAX_SAFE_INTEGER;

/** a × b, or NaN past 2^53. */
export function exactTimes(a: number, b: number): number {
  const r = a * b;
  return r <= LIMIT && r >= -LIMIT ? r : Number.NaN;
}

/** a + b, or NaN past 2^53. */
export function exactPlus(a: number, b: number): number {
  const r = a + b;
  return r <= LIMIT && r >= -LIMIT ? r : Number.NaN;
}

/**
 * The sign of a/b − c/d for b, d > 0, by cross-multiplication: -1, 0, 1, or NaN when a product
 * passes 2^53.
 */
export function compareFractions(a: number, b: number, c: number, d: number): number {
  const left = exactTimes(a, d);
  const right = exactTimes(c, b);
  if (Number.isNaN(left) || Number.isNaN(right)) return Number.NaN;
  return left < right ? -1 : left > right ? 1 : 0;
}
