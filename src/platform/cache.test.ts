import { describe, expect, it } from 'vitest';
import { perDatabase, ttlCache } from './cache.js';

describe('ttlCache', () => {
  it('loads once within its time, again after it or after clear, and not at all on a failed load', async () => {
    let loads = 0;
    let fail = false;
    const cache = ttlCache(50, async () => {
      loads++;
      if (fail) throw new Error('database down');
      return loads;
    });
    expect(await cache.get()).toBe(1);
    expect(await cache.get()).toBe(1);
    cache.clear();
    expect(await cache.get()).toBe(2);
    await new Promise((r) => setTimeout(r, 60));
    fail = true;
    await expect(cache.get()).rejects.toThrow('database down');
    fail = false;
    expect(await cache.get()).toBe(4);
  });

  it('keeps one cache per database', () => {
    const forDb = perDatabase((db: object) => ({ db }));
    const a = {};
    const b = {};
    expect(forDb(a)).toBe(forDb(a));
    expect(forDb(a)).not.toBe(forDb(b));
  });
});
