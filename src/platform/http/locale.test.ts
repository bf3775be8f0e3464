import { describe, expect, it } from 'vitest';
import { negotiateLocale } from './locale.js';

describe('negotiateLocale', () => {
  it.each([
    [undefined, 'id'],
    ['en-US,en;q=0.9', 'en'],
    ['id-ID,id;q=0.9,en;q=0.8', 'id'],
    ['fr-FR,en;q=0.5,id;q=0.8', 'id'],
    ['de', 'id'],
    ['en;q=0', 'id'],
    ['in', 'id'],
  ] as const)('%s -> %s', (header, expected) => {
    expect(negotiateLocale(header, 'id')).toBe(expected);
  });
});
