// SPDX-License-Identifier: GPL-3.0-or-later
// A Node web application that signs its users in with Keyward through openid-client (npm,
// version 5): authorization code with PKCE as a confidential client, the ID token checked
// (signature, iss, aud, nonce, at_hash) and the RFC 9207 iss parameter, then userinfo.
//
//   keyward-server dev                          # in another terminal; prints the values below
//   cd examples/node-openid-client && npm install
//   OIDC_ISSUER=http://127.0.0.1:8080 OIDC_CLIENT_ID=dev-web \
//   OIDC_CLIENT_SECRET=dev-web-secret-for-local-development-only node app.js   # http://127.0.0.1:3000
'use strict';
const http = require('http');
const { Issuer, generators } = require('openid-client');

const port = Number(process.env.APP_PORT || 3000);
const base = `http://127.0.0.1:${port}`;
const redirectUri = `${base}/callback`; // keyward-server dev's dev-web accepts it on any port

function page(res, status, html) {
  res.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8' });
  res.end(html);
}

function escapeHtml(text) {
  return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

async function main() {
  const issuer = await Issuer.discover(process.env.OIDC_ISSUER);
  const client = new issuer.Client({
    client_id: process.env.OIDC_CLIENT_ID,
    client_secret: process.env.OIDC_CLIENT_SECRET,
    redirect_uris: [redirectUri],
    response_types: ['code'],
    // Keyward signs ID tokens with ES256 unless the client was registered with another
    // id_token_signed_response_alg; openid-client assumes RS256 (OpenID's default) unless told.
    id_token_signed_response_alg: 'ES256',
  });
  // One pending sign-in per browser would live in a session; one at a time keeps this short.
  let pending = null;
  let user = null;
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url, base);
    if (url.pathname === '/') {
      return page(res, 200, user
        ? `<p id="status">Signed in as ${escapeHtml(user.email)} (sub ${escapeHtml(user.sub)})</p>`
        : '<p id="status">Not signed in.</p><p><a id="login" href="/login">Sign in with Keyward</a></p>');
    }
    if (url.pathname === '/login') {
      const verifier = generators.codeVerifier();
      pending = { code_verifier: verifier, state: generators.state(), nonce: generators.nonce() };
      res.writeHead(302, {
        Location: client.authorizationUrl({
          scope: 'openid email profile',
          code_challenge: generators.codeChallenge(verifier),
          code_challenge_method: 'S256',
          state: pending.state,
          nonce: pending.nonce,
        }),
      });
      return res.end();
    }
    if (url.pathname === '/callback') {
      try {
        const tokenSet = await client.callback(redirectUri, client.callbackParams(req), pending);
        user = await client.userinfo(tokenSet);
        res.writeHead(302, { Location: '/' });
        return res.end();
      } catch (error) {
        return page(res, 400, `<p id="status">Error: ${escapeHtml(error.message)}</p>`);
      }
    }
    return page(res, 404, 'not found');
  });
  server.listen(port, '127.0.0.1', () => console.log(`listening on ${base}`));
}

main().catch((error) => {
  console.error(error.message);
  process.exit(1);
});
