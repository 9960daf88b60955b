/** A map, or a weak map: what `remember` keeps values in. */
interface Cache<K, V> {
  get(key: K): V | undefined;
  has(key: K): boolean;
  set(key: K, value: V): unknown;
}

/** The value `cache` holds for `key`, computed and kept the first time it is asked for (undefined is kept too). */
export function remember<K, V>(cache: Cache<K, V>, key: K, compute: () => V): V {
  const known = cache.get(key);
  if (known !== undefined || cache.has(key)) return known as V;
  const value = compute();
  cache.set(key, value);
  return value;
}

/**
 * A function of a string remembered per argument, in a map emptied when it holds `max` entries: texts repeat their
 * words and paragraphs, and the extension checks nearly the same text after each pause.
 */
export function boundedMemo<T>(max: number, compute: (key: string) => T): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      value = compute(key);
      if (cache.size >= max) cache.clear();
      cache.set(key, value);
    }
    return value;
  };
}
