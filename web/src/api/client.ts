/**
 * One way to call the API from the web app: JSON in and out, the user's language in
 * Accept-Language, the session's CSRF token on every write, and errors as ApiError.
 */
import { ApiError, type Problem } from './problem';

let csrfToken: string | null = null;
let language = 'id';

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export function setApiLanguage(lng: string): void {
  language = lng;
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** A plain object is sent as JSON; FormData as multipart. */
  body?: unknown;
  headers?: Record<string, string>;
  query?: Record<string, string | number | boolean | undefined | null>;
  signal?: AbortSignal;
}

export function withQuery(path: string, query: RequestOptions['query']): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}${path.includes('?') ? '&' : '?'}${text}` : path;
}

async function problemOf(response: Response): Promise<Problem> {
  const type = response.headers.get('content-type') ?? '';
  if (type.includes('json')) {
    try {
      const body = await response.json();
      if (body && typeof body === 'object' && 'status' in body) return body as Problem;
    } catch {
      // fall through to the generic problem below
    }
  }
  return { title: response.statusText || 'Error', status: response.status };
}

/**
 * The request behind every call: the language, the CSRF token on a write, and a refusal or a lost
 * connection thrown as ApiError. The body of an answer that is ok is left unread, so a caller may
 * read it as a stream (the bulk import's progress lines).
 */
export async function apiFetch(path: string, options: RequestOptions = {}): Promise<Response> {
  const method = options.method ?? (options.body === undefined ? 'GET' : 'POST');
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': language, ...options.headers };
  let body: BodyInit | undefined;
  if (options.body instanceof FormData) body = options.body;
  else if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(withQuery(path, options.query), { method, headers, body, credentials: 'same-origin', signal: options.signal });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw networkError();
  }
  if (!response.ok) {
    const retryAfter = Number(response.headers.get('retry-after'));
    throw new ApiError(await problemOf(response), Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null);
  }
  return response;
}

/** No answer at all: the network, not the server, is the problem. */
function networkError(): ApiError {
  return new ApiError({
    title: 'network',
    status: 0,
    code: 'network',
    detail:
      language === 'en' ? 'No connection to the server. Check your network and try again.' : 'Tidak terhubung ke server. Periksa jaringan Anda lalu coba lagi.',
  });
}

export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const response = await apiFetch(path, options);
  if (response.status === 204) return undefined as T;
  const type = response.headers.get('content-type') ?? '';
  return (type.includes('json') ? await response.json() : await response.text()) as T;
}

export const api = {
  get: <T>(path: string, query?: RequestOptions['query'], signal?: AbortSignal) => apiRequest<T>(path, { query, signal }),
  post: <T>(path: string, body?: unknown, headers?: Record<string, string>) => apiRequest<T>(path, { method: 'POST', body: body ?? {}, headers }),
  put: <T>(path: string, body: unknown) => apiRequest<T>(path, { method: 'PUT', body }),
  patch: <T>(path: string, body: unknown) => apiRequest<T>(path, { method: 'PATCH', body }),
  delete: <T>(path: string) => apiRequest<T>(path, { method: 'DELETE' }),
};

/** The list answer every paged endpoint gives. */
export interface Paged<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
  totalCapped?: boolean;
}
