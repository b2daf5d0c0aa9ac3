// Calls the console API (same origin, under console/api/). A signed-in person is recognised by the development
// cookie on LocalHost, or by the Entra ID access token the sign-in module keeps for this tab.
import { accessToken } from './auth.js';

const base = new URL('api/', document.baseURI);

/** Returns { ok, status, data, requestId }; a problem response comes back as data with ok false. */
export async function api(path, { method = 'GET', body, raw, contentType } = {}) {
  const headers = { Accept: 'application/json' };
  const token = accessToken();
  if (token) headers.Authorization = `Bearer ${token}`;
  let payload;
  if (raw !== undefined) {
    payload = raw;
    headers['Content-Type'] = contentType || 'application/octet-stream';
  } else if (body !== undefined) {
    payload = JSON.stringify(body);
    headers['Content-Type'] = 'application/json';
  }
  const response = await fetch(new URL(path, base), { method, headers, body: payload, credentials: 'same-origin' });
  const text = await response.text();
  let data = null;
  try { data = text ? JSON.parse(text) : null; } catch { data = { title: 'Unreadable answer', detail: text.slice(0, 200) }; }
  return { ok: response.ok, status: response.status, data, requestId: response.headers.get('x-request-id') ?? data?.requestId ?? null };
}

/** A text answer (a CSV export) as the server wrote it; a problem comes back parsed as data with ok false. */
export async function apiText(path, accept) {
  const headers = { Accept: `${accept}, application/problem+json` };
  const token = accessToken();
  if (token) headers.Authorization = `Bearer ${token}`;
  const response = await fetch(new URL(path, base), { headers, credentials: 'same-origin' });
  const text = await response.text();
  if (response.ok) return { ok: true, status: response.status, text, data: null };
  let data;
  try { data = JSON.parse(text); } catch { data = { title: 'Unreadable answer', detail: text.slice(0, 200) }; }
  return { ok: false, status: response.status, text, data };
}

export const encode = encodeURIComponent;
