// Sign-in. LocalHost: a development page sets a cookie. Azure: Entra ID authorization code flow with PKCE, run by
// the browser itself (no secret, no library download): the access token stays in this tab's sessionStorage.
const tokenKey = 'screening.console.token';
const pkceKey = 'screening.console.pkce';

export function accessToken() {
  const stored = JSON.parse(sessionStorage.getItem(tokenKey) ?? 'null');
  return stored && stored.expiresAt > Date.now() + 60000 ? stored.token : null;
}

export function signOut(signIn) {
  sessionStorage.removeItem(tokenKey);
  if (signIn?.kind === 'development') {
    const form = document.createElement('form');
    form.method = 'post';
    form.action = '/dev-sign-out';
    document.body.append(form);
    form.submit();
  } else if (signIn?.kind === 'entra') {
    location.assign(`${signIn.authority}/oauth2/v2.0/logout?post_logout_redirect_uri=${encodeURIComponent(consoleUrl())}`);
  }
}

function consoleUrl() {
  return new URL('./', document.baseURI).href;
}

function base64Url(bytes) {
  return btoa(String.fromCharCode(...new Uint8Array(bytes))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Sends the person to sign in; returns only when nothing can be done (sign-in not configured). */
export async function beginSignIn(signIn) {
  if (signIn.kind === 'development') {
    location.assign(`${signIn.url}?return=${encodeURIComponent(location.pathname + location.hash)}`);
    return;
  }
  if (signIn.kind !== 'entra') return;
  const verifier = base64Url(crypto.getRandomValues(new Uint8Array(32)));
  const challenge = base64Url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
  const state = base64Url(crypto.getRandomValues(new Uint8Array(16)));
  sessionStorage.setItem(pkceKey, JSON.stringify({ verifier, state, hash: location.hash }));
  const query = new URLSearchParams({
    client_id: signIn.clientId, response_type: 'code', redirect_uri: consoleUrl(), response_mode: 'query',
    scope: `${signIn.scope} openid profile`, code_challenge: challenge, code_challenge_method: 'S256', state,
  });
  location.assign(`${signIn.authority}/oauth2/v2.0/authorize?${query}`);
}

/** After Entra ID redirects back with ?code=: redeem it for an access token (SPA platform: CORS, PKCE, no secret). */
export async function completeSignIn(signIn) {
  const parameters = new URLSearchParams(location.search);
  const code = parameters.get('code');
  const pending = JSON.parse(sessionStorage.getItem(pkceKey) ?? 'null');
  if (signIn.kind !== 'entra' || !code || !pending || parameters.get('state') !== pending.state) return;
  sessionStorage.removeItem(pkceKey);
  const response = await fetch(`${signIn.authority}/oauth2/v2.0/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      client_id: signIn.clientId, grant_type: 'authorization_code', code, redirect_uri: consoleUrl(),
      code_verifier: pending.verifier, scope: `${signIn.scope} openid profile`,
    }),
  });
  if (response.ok) {
    const token = await response.json();
    sessionStorage.setItem(tokenKey, JSON.stringify({ token: token.access_token, expiresAt: Date.now() + token.expires_in * 1000 }));
  }
  history.replaceState(null, '', location.pathname + (pending.hash || ''));
}
