/**
 * A short-lived, per-process cache for reference data that changes rarely and is read on every
 * request (categories, kecamatan centres, holidays, OPD names). A change made in this process
 * clears it at once; another process sees the change within `ttlMs`. Nothing that must agree
 * across processes (sessions, counters, jobs) belongs here.
 */
export interface TtlCache<T> {
  get(): Promise<T>;
  clear(): void;
}

export function ttlCache<T>(ttlMs: number, load: () => Promise<T>): TtlCache<T> {
  let value: Promise<T> | undefined;
  let loadedAt = 0;
  return {
    get() {
      if (!value || Date.now() - loadedAt > ttlMs) {
        loadedAt = Date.now();
        value = load().catch((error) => {
          value = undefined;
          throw error;
        });
      }
      return value;
    },
    clear() {
      value = undefined;
    },
  };
}

/** One cache per database handle, so tests with many databases in one process never share one. */
export function perDatabase<K extends object, T>(make: (key: K) => T): (key: K) => T {
  const caches = new WeakMap<K, T>();
  return (key) => {
    let cache = caches.get(key);
    if (!cache) {
      cache = make(key);
      caches.set(key, cache);
    }
    return cache;
  };
}
