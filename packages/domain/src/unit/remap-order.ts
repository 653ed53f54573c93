/**
 * Ranks of strings in the order `localeCompare` gives them: strings that compare equal share a rank.
 * Sorting by ranks is then sorting by localeCompare, at the cost of one sort of the distinct strings.
 */
export function localeRanks(strings: readonly string[]): Map<string, number> {
  const distinct = [...new Set(strings)].sort((a, b) => a.localeCompare(b));
  const ranks = new Map<string, number>();
  let rank = 0;
  distinct.forEach((s, i) => {
    if (i > 0 && (distinct[i - 1] as string).localeCompare(s) !== 0) rank++;
    ranks.set(s, rank);
  });
  return ranks;
}

/**
 * Indexes 0..keys.length−1 in the order of their numeric keys, equal keys in index order (a stable
 * sort). When key × count stays exact in a double, one typed-array sort without a comparator does it.
 */
export function stableOrderByKey(keys: Float64Array): Uint32Array | Float64Array {
  const n = keys.length;
  let max = 0;
  for (let i = 0; i < n; i++) if ((keys[i] as number) > max) max = keys[i] as number;
  if ((max + 1) * n <= Number.MAX_SAFE_INTEGER) {
    const packed = new Float64Array(n);
    for (let i = 0; i < n; i++) packed[i] = (keys[i] as number) * n + i;
    packed.sort();
    for (let i = 0; i < n; i++) packed[i] = (packed[i] as number) % n;
    return packed;
  }
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  return order.sort((a, b) => (keys[a] as number) - (keys[b] as number) || a - b);
}
