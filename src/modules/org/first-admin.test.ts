import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_KINDS } from '../../testing/databases.js';
import { createTestApp, signIn, type TestApp } from '../../testing/test-app.js';
import { ensureFirstAdmin } from './first-admin.js';
import { countActiveAdmins } from './users.repository.js';

describe.each(DATABASE_KINDS)('the first admin on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.close());

  it('is made once when two processes start at the same moment, and only its maker shows a password', async () => {
    const made = await Promise.all([ensureFirstAdmin(t.platform), ensureFirstAdmin(t.platform)]);
    const shown = made.filter((m) => m !== null);
    expect(shown).toHaveLength(1);
    expect(await countActiveAdmins(t.platform.db)).toBe(1);
    // The one password shown is the one that works.
    await signIn(t.app, shown[0]!.email, shown[0]!.password);
    // A later start finds the admin and shows nothing.
    expect(await ensureFirstAdmin(t.platform)).toBeNull();
  });
});
