import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_KINDS } from '../../testing/databases.js';
import { as, createTestApp, opdId, problemOf, signIn, type TestApp, userWithRole } from '../../testing/test-app.js';

describe.each(DATABASE_KINDS)('accounts and roles on %s', (kind) => {
  let t: TestApp;
  let admin: Awaited<ReturnType<typeof userWithRole>>;
  beforeAll(async () => {
    t = await createTestApp(kind);
    admin = await userWithRole(t, 'admin');
  });
  afterAll(() => t.close());

  it('an admin creates an operator scoped to an OPD, who can then sign in', async () => {
    const pu = await opdId(t, 'DPUPRPKP');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/admin/users',
      headers: as(admin),
      payload: { email: 'operator.jalan@malangkota.go.id', name: 'Operator Jalan', password: 'Jalan-Mulus-2026', roles: [{ role: 'operator_opd', opdId: pu }] },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().roles).toEqual([expect.objectContaining({ role: 'operator_opd', opdId: pu })]);
    const session = await signIn(t.app, 'operator.jalan@malangkota.go.id', 'Jalan-Mulus-2026');
    const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: session.cookie } });
    expect(me.json().user.roles[0]).toMatchObject({ role: 'operator_opd', opdId: pu });
  });

  it('refuses an OPD role without an OPD, and a duplicate email', async () => {
    const noOpd = await t.app.inject({
      method: 'POST',
      url: '/api/admin/users',
      headers: as(admin),
      payload: { email: 'x1@x.id', name: 'X', roles: [{ role: 'kepala_opd' }] },
    });
    expect(noOpd.statusCode).toBe(400);
    expect(problemOf(noOpd).code).toBe('role.needs_opd');
    const dup = await t.app.inject({ method: 'POST', url: '/api/admin/users', headers: as(admin), payload: { email: admin.email.toUpperCase(), name: 'Dup' } });
    expect(dup.statusCode).toBe(409);
    expect(problemOf(dup).errors?.[0].field).toBe('email');
  });

  it('keeps the NIK encrypted at rest, lists only that one is on file, and audits every reveal', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/admin/users',
      headers: as(admin),
      payload: { email: 'nik@x.id', name: 'Warga Ber-NIK', nik: '3573051507800001' },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().hasNik).toBe(true);
    expect(res.body).not.toContain('3573051507800001');
    const { rows } = await sql<{ nik_encrypted: string }>`select nik_encrypted from app_user where email = 'nik@x.id'`.execute(t.platform.db);
    expect(rows[0].nik_encrypted).not.toContain('3573051507800001');
    const reveal = await t.app.inject({ method: 'GET', url: `/api/admin/users/${res.json().id}/nik`, headers: as(admin) });
    expect(reveal.json()).toEqual({ nik: '3573051507800001' });
    const audit = await t.app.inject({ method: 'GET', url: `/api/audit?action=user.nik_view&recordId=${res.json().id}`, headers: as(admin) });
    expect(audit.json().items).toHaveLength(1);
    const bad = await t.app.inject({ method: 'POST', url: '/api/admin/users', headers: as(admin), payload: { email: 'nik2@x.id', name: 'X', nik: '12345' } });
    expect(bad.statusCode).toBe(400);
    expect(problemOf(bad).code).toBe('user.invalid_nik');
  });

  it('grants and revokes roles; a revoked role stops working at once', async () => {
    const auditor = await userWithRole(t, 'warga');
    const before = await t.app.inject({ method: 'GET', url: '/api/audit', headers: { cookie: auditor.cookie } });
    expect(before.statusCode).toBe(403);
    const granted = await t.app.inject({ method: 'POST', url: `/api/admin/users/${auditor.userId}/roles`, headers: as(admin), payload: { role: 'auditor' } });
    expect(granted.statusCode).toBe(201);
    expect((await t.app.inject({ method: 'GET', url: '/api/audit', headers: { cookie: auditor.cookie } })).statusCode).toBe(200);
    const again = await t.app.inject({ method: 'POST', url: `/api/admin/users/${auditor.userId}/roles`, headers: as(admin), payload: { role: 'auditor' } });
    expect(again.statusCode).toBe(409);
    const grantId = granted.json().roles.find((r: { role: string }) => r.role === 'auditor').id;
    const revoked = await t.app.inject({ method: 'DELETE', url: `/api/admin/users/${auditor.userId}/roles/${grantId}`, headers: as(admin) });
    expect(revoked.statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/audit', headers: { cookie: auditor.cookie } })).statusCode).toBe(403);
  });

  it('deactivating an account ends its sessions; the last admin cannot be removed', async () => {
    const user = await userWithRole(t, 'warga');
    const off = await t.app.inject({ method: 'PATCH', url: `/api/admin/users/${user.userId}`, headers: as(admin), payload: { active: false } });
    expect(off.statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: user.cookie } })).statusCode).toBe(401);
    const login = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: user.email, password: user.password } });
    expect(login.statusCode).toBe(401);

    const self = await t.app.inject({ method: 'PATCH', url: `/api/admin/users/${admin.userId}`, headers: as(admin), payload: { active: false } });
    expect(self.statusCode).toBe(409);
    expect(problemOf(self).code).toBe('user.last_admin');
  });

  it('lists accounts with filters and paging', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/admin/users?role=admin&pageSize=1&page=1', headers: as(admin) });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ total: 1, page: 1, pageSize: 1 });
    expect(res.json().items[0].email).toBe(admin.email);
    const search = await t.app.inject({ method: 'GET', url: '/api/admin/users?q=Operator%20Jalan', headers: as(admin) });
    expect(search.json().items.map((u: { email: string }) => u.email)).toEqual(['operator.jalan@malangkota.go.id']);
  });
});

describe.each(DATABASE_KINDS)('OPDs on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.close());

  it("lists Kota Malang's 28 perangkat daerah for anyone", async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/org/opds?pageSize=200' });
    expect(res.statusCode).toBe(200);
    const items = res.json().items as Array<{ kind: string; code: string }>;
    const perangkatDaerah = items.filter((o) => !['bagian', 'kelurahan'].includes(o.kind));
    expect(perangkatDaerah).toHaveLength(28);
    expect(items.filter((o) => o.kind === 'dinas')).toHaveLength(13);
    expect(items.filter((o) => o.kind === 'badan')).toHaveLength(6);
    expect(items.filter((o) => o.kind === 'kecamatan')).toHaveLength(5);
    expect(items.filter((o) => o.kind === 'kelurahan')).toHaveLength(57);
    expect(items.filter((o) => o.kind === 'bagian')).toHaveLength(8);
  });

  it('an operator of OPD A edits A\u2019s profile but not OPD B\u2019s', async () => {
    const pu = await opdId(t, 'DPUPRPKP');
    const dishub = await opdId(t, 'DISHUB');
    const operator = await userWithRole(t, 'operator_opd', pu);
    const own = await t.app.inject({
      method: 'PATCH',
      url: `/api/org/opds/${pu}/profile`,
      headers: as(operator),
      payload: { phone: '0341-123456', headName: 'Ir. Kepala Dinas' },
    });
    expect(own.statusCode).toBe(200);
    expect(own.json()).toMatchObject({ phone: '0341-123456', headName: 'Ir. Kepala Dinas' });
    const other = await t.app.inject({ method: 'PATCH', url: `/api/org/opds/${dishub}/profile`, headers: as(operator), payload: { phone: '0341-999999' } });
    expect(other.statusCode).toBe(403);
    const unchanged = await t.app.inject({ method: 'GET', url: `/api/org/opds/${dishub}` });
    expect(unchanged.json().phone).toBeNull();
    // The structure itself is the admin's.
    const structure = await t.app.inject({ method: 'PATCH', url: `/api/org/opds/${pu}`, headers: as(operator), payload: { name: 'Dinas Baru' } });
    expect(structure.statusCode).toBe(403);
  });

  it('an admin closes an OPD when a regulation changes the structure; it drops out of today\u2019s list', async () => {
    const admin = await userWithRole(t, 'admin');
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/org/opds',
      headers: as(admin),
      payload: { code: 'DISKAN', name: 'Dinas Perikanan', shortName: 'Diskan', kind: 'dinas', validFrom: '2010-01-01' },
    });
    expect(created.statusCode).toBe(201);
    const closed = await t.app.inject({ method: 'PATCH', url: `/api/org/opds/${created.json().id}`, headers: as(admin), payload: { validTo: '2019-12-31' } });
    expect(closed.statusCode).toBe(200);
    const today = await t.app.inject({ method: 'GET', url: '/api/org/opds?q=Perikanan' });
    expect(today.json().total).toBe(0);
    const back = await t.app.inject({ method: 'GET', url: '/api/org/opds?q=Perikanan&validOn=2015-06-01' });
    expect(back.json().items[0].code).toBe('DISKAN');
    const bad = await t.app.inject({ method: 'PATCH', url: `/api/org/opds/${created.json().id}`, headers: as(admin), payload: { validTo: '2000-01-01' } });
    expect(bad.statusCode).toBe(400);
    const dup = await t.app.inject({
      method: 'POST',
      url: '/api/org/opds',
      headers: as(admin),
      payload: { code: 'DISHUB', name: 'Dinas Perhubungan Kedua', shortName: 'Dishub 2', kind: 'dinas', validFrom: '2020-01-01' },
    });
    expect(dup.statusCode).toBe(409);
  });
});
