/** Setting the stage through the HTTP API, as another system would: accounts and complaints. */
export class ApiSession {
  private cookie = '';
  private csrf = '';

  constructor(readonly baseUrl: string) {}

  async login(email: string, password: string): Promise<void> {
    const response = await fetch(`${this.baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
    if (!response.ok) throw new Error(`login ${email}: ${response.status} ${await response.text()}`);
    this.cookie = response.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    this.csrf = ((await response.json()) as { csrfToken: string }).csrfToken;
  }

  async request<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: { 'content-type': 'application/json', cookie: this.cookie, 'x-csrf-token': this.csrf },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  }
}

/** The id of an OPD by its code (DPUPRPKP, ...), from the public list. */
export async function opdIdByCode(baseUrl: string, code: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/org/opds?pageSize=200`);
  const { items } = (await response.json()) as { items: Array<{ id: string; code: string }> };
  const opd = items.find((o) => o.code === code);
  if (!opd) throw new Error(`no OPD ${code}`);
  return opd.id;
}

/** An account with one role, made by the admin; returns its credentials. */
export async function createStaff(admin: ApiSession, role: string, opdId: string | null, name: string): Promise<{ email: string; password: string }> {
  const email = `${name.toLowerCase().replace(/[^a-z]+/g, '.')}@malangkota.go.id`;
  const password = 'Sambat-Uji-2026!';
  await admin.request('POST', '/api/admin/users', { email, name, password, roles: [{ role, opdId }] });
  return { email, password };
}

export async function fileComplaint(baseUrl: string, body: Record<string, unknown>): Promise<{ trackingNo: string; secret: string }> {
  const response = await fetch(`${baseUrl}/api/sambat/complaints`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`file: ${response.status} ${await response.text()}`);
  return (await response.json()) as { trackingNo: string; secret: string };
}

/** A staff account the browser signs in with. */
export type Account = { email: string; password: string };
