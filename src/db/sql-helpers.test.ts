import { describe, expect, it } from 'vitest';
import { containsPattern } from './sql-helpers.js';

describe('containsPattern', () => {
  it('takes the search text literally', () => {
    expect(containsPattern('Jalan')).toBe('%Jalan%');
    expect(containsPattern('100%_ok\\')).toBe('%100\\%\\_ok\\\\%');
  });
});
