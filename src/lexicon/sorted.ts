/**
 * The index of the first item of `sorted` for which `before` is false, where `before` holds for a prefix of the
 * array and fails for the rest (binary search): the one search behind every offset lookup over sorted mentions,
 * hits and blocks.
 */
export function partitionPoint<T>(sorted: readonly T[], before: (item: T) => boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(sorted[mid] as T)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
