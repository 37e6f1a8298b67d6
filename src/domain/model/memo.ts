/**
 * A function whose results are kept by key: what the write path asks again and again with few keys (a sheet's link
 * pieces, a criterion's regular expression, a label, « i 2027»), made once each (docs/performance.md «Less made per
 * cell and per item»). Bounded by `limit` keys, after which it starts afresh: a bad input is no reason to grow
 * without end.
 */
export function memoized<K, V>(make: (key: K) => V, limit: number): (key: K) => V {
  const made = new Map<K, V>();
  return (key) => {
    if (made.has(key)) return made.get(key) as V;
    const value = make(key);
    if (made.size >= limit) made.clear();
    made.set(key, value);
    return value;
  };
}
