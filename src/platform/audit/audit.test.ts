import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_KINDS } from '../../testing/databases.js';
import { as, createTestApp, opdId, type TestApp, userWithRole } from '../../testing/test-app.js';

describe.each(DATABASE_KINDS)('the audit log on %s', (kind) => {
  let t: TestApp;
  let admin: Awaited<ReturnType<typeof userWithRole>>;
  beforeAll(async () => {
    t = await createTestApp(kind);
    admin = await userWithRole(t, 'admin');
  });
  afterAll(() => t.close());

  it('records who changed what, from where, with before and after', async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/admin/users',
      headers: { ...as(admin), 'x-request-id': 'audit-req-1' },
      payload: { email: 'dicatat@x.id', name: 'Dicatat' },
      remoteAddress: '10.1.2.3',
    });
    const id = created.json().id;
    await t.app.inject({ method: 'PATCH', url: `/api/admin/users/${id}`, headers: as(admin), payload: { name: 'Dicatat Ulang' } });
    const res = await t.app.inject({ method: 'GET', url: `/api/audit?recordType=user&recordId=${id}`, headers: as(admin) });
    const items = res.json().items;
    expect(items.map((e: { action: string }) => e.action)).toEqual(['user.update', 'user.create']);
    expect(items[1]).toMatchObject({ actorUserId: admin.userId, actorLabel: admin.email, ip: '10.1.2.3', requestId: 'audit-req-1' });
    expect(items[0].before).toMatchObject({ name: 'Dicatat' });
    expect(items[0].after).toMatchObject({ name: 'Dicatat Ulang' });
  });

  it('holds no entry for a change that did not happen', async () => {
    const countBefore = (await t.app.inject({ method: 'GET', url: '/api/audit?action=role.grant&limit=500', headers: as(admin) })).json().items.length;
    // The second grant in the list names an OPD that does not exist: the whole request fails.
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/admin/users',
      headers: as(admin),
      payload: {
        email: 'setengah@x.id',
        name: 'Setengah',
        roles: [{ role: 'warga' }, { role: 'operator_opd', opdId: '00000000-0000-4000-8000-000000000000' }],
      },
    });
    expect(res.statusCode).toBe(404);
    const countAfter = (await t.app.inject({ method: 'GET', url: '/api/audit?action=role.grant&limit=500', headers: as(admin) })).json().items.length;
    expect(countAfter).toBe(countBefore);
    const users = await t.app.inject({ method: 'GET', url: '/api/admin/users?q=setengah', headers: as(admin) });
    expect(users.json().total).toBe(0);
  });

  it('cannot be changed or removed, not even with SQL', async () => {
    await expect(sql`update audit_log set action = 'forged'`.execute(t.platform.db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from audit_log`.execute(t.platform.db)).rejects.toThrow(/append-only/);
    await expect(sql`truncate audit_log`.execute(t.platform.db)).rejects.toThrow(/append-only/);
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from audit_log where action = 'forged'`.execute(t.platform.db);
    expect(rows[0].n).toBe(0);
  });

  it('is read by admin and auditor only, and pages newest first', async () => {
    const auditor = await userWithRole(t, 'auditor');
    expect((await t.app.inject({ method: 'GET', url: '/api/audit', headers: as(auditor) })).statusCode).toBe(200);
    const dishub = await opdId(t, 'DISHUB');
    const others = [
      await userWithRole(t, 'warga'),
      await userWithRole(t, 'operator_opd', dishub),
      await userWithRole(t, 'walidata'),
      await userWithRole(t, 'eksekutif'),
    ];
    for (const user of others) {
      expect((await t.app.inject({ method: 'GET', url: '/api/audit', headers: as(user) })).statusCode).toBe(403);
    }
    const first = (await t.app.inject({ method: 'GET', url: '/api/audit?limit=2', headers: as(auditor) })).json();
    expect(first.items).toHaveLength(2);
    expect(first.items[0].id).toBeGreaterThan(first.items[1].id);
    const second = (await t.app.inject({ method: 'GET', url: `/api/audit?limit=2&beforeId=${first.nextBeforeId}`, headers: as(auditor) })).json();
    expect(second.items[0].id).toBeLessThan(first.items[1].id);
  });

  it('offers no way to change an entry through the API', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const auditPaths = Object.entries(doc.paths as Record<string, Record<string, unknown>>).filter(([path]) => path.startsWith('/api/audit'));
    for (const [, methods] of auditPaths) expect(Object.keys(methods)).toEqual(['get']);
  });
});
