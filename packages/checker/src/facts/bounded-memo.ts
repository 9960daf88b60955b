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
