// SPDX-License-Identifier: GPL-3.0-or-later
// A single-page app signed in with Keyward: authorization code + PKCE from the browser, as a
// public client (no secret), then userinfo with the access token. Keyward answers these calls
// across origins because this page's origin is one of the client's redirect URIs' origins.
// The tokens stay in memory. A production app would use a maintained library (oidc-client-ts)
// that also checks the ID token's signature; this file shows the protocol in full.
'use strict';

const { issuer, clientId } = window.KEYWARD; // from /config.js (examples/spa/serve.py)
const redirectUri = `${window.location.origin}/callback`;

function base64url(bytes) {
  return btoa(String.fromCharCode(...new Uint8Array(bytes))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function randomString() {
  return base64url(crypto.getRandomValues(new Uint8Array(32)));
}

async function discovery() {
  const answer = await fetch(`${issuer}/.well-known/openid-configuration`);
  if (!answer.ok) throw new Error(`discovery: ${answer.status}`);
  return answer.json();
}

async function signIn() {
  const metadata = await discovery();
  const verifier = randomString();
  const challenge = base64url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
  const pending = { verifier, state: randomString(), nonce: randomString() };
  sessionStorage.setItem('keyward-pending', JSON.stringify(pending));
  const url = new URL(metadata.authorization_endpoint);
  url.search = new URLSearchParams({
    response_type: 'code', client_id: clientId, redirect_uri: redirectUri, scope: 'openid email profile',
    state: pending.state, nonce: pending.nonce, code_challenge: challenge, code_challenge_method: 'S256',
  }).toString();
  window.location.assign(url.toString());
}

async function finishSignIn(parameters) {
  const pending = JSON.parse(sessionStorage.getItem('keyward-pending') || 'null');
  sessionStorage.removeItem('keyward-pending');
  if (parameters.get('error')) throw new Error(`Keyward said: ${parameters.get('error')}`);
  if (!pending || parameters.get('state') !== pending.state) throw new Error('state does not match');
  const metadata = await discovery();
  if (parameters.get('iss') && parameters.get('iss') !== metadata.issuer) throw new Error('iss does not match');
  const answer = await fetch(metadata.token_endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code', code: parameters.get('code'), redirect_uri: redirectUri,
      client_id: clientId, code_verifier: pending.verifier,
    }),
  });
  const tokens = await answer.json();
  if (!answer.ok) throw new Error(`token endpoint: ${tokens.error}`);
  const idClaims = JSON.parse(atob(tokens.id_token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/')));
  if (idClaims.nonce !== pending.nonce || idClaims.aud !== clientId) throw new Error('ID token is not for this sign-in');
  const userinfo = await fetch(metadata.userinfo_endpoint, { headers: { Authorization: `Bearer ${tokens.access_token}` } });
  const user = await userinfo.json();
  window.history.replaceState(null, '', '/'); // the code is used: off the address bar
  return user;
}

async function main() {
  const status = document.getElementById('status');
  document.getElementById('login').addEventListener('click', () => signIn().catch((error) => {
    status.textContent = `Error: ${error.message}`;
  }));
  const parameters = new URLSearchParams(window.location.search);
  if (window.location.pathname === '/callback') {
    try {
      const user = await finishSignIn(parameters);
      status.textContent = `Signed in as ${user.email} (sub ${user.sub})`;
    } catch (error) {
      status.textContent = `Error: ${error.message}`;
    }
  }
}

main();
