/**
 * Keeps in `top` the first `limit` items a stable sort by `before` would give, as the items come one by one: the
 * strongest few of many without sorting them all (an item equal to one kept goes after it, as in a stable sort).
 */
export function keepStrongest<T>(top: T[], item: T, limit: number, before: (a: T, b: T) => boolean): void {
  let i = top.length;
  while (i > 0 && before(item, top[i - 1] as T)) i--;
  if (i >= limit) return;
  // Shifted by hand: splice is a slow call for lists of a few items.
  top.push(item);
  for (let j = top.length - 1; j > i; j--) top[j] = top[j - 1] as T;
  top[i] = item;
  if (top.length > limit) top.pop();
}
