// SPDX-License-Identifier: GPL-3.0-or-later
// A relying party that Keyward did not write: openid-client (from npm) signs a user in through
// Keyward's authorization-code flow with PKCE, checks the ID token (signature, iss, aud, nonce,
// at_hash) and the RFC 9207 iss parameter, and asks userinfo. It listens on 127.0.0.1 (a port
// of its own) and prints "listening on URL"; /login starts a sign-in (/login?acr_values=phr asks
// for that ACR), /cb finishes it and shows the ID token's amr and acr.
// Usage: node openid_client_rp.js ISSUER CLIENT_ID CLIENT_SECRET
'use strict';
const http = require('http');
const { Issuer, generators } = require('openid-client');

async function main() {
  const [issuerUrl, clientId, clientSecret] = process.argv.slice(2);
  const issuer = await Issuer.discover(issuerUrl);
  const server = http.createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${server.address().port}`;
  const redirectUri = `${base}/cb`;
  const client = new issuer.Client({
    client_id: clientId,
    client_secret: clientSecret,
    redirect_uris: [redirectUri],
    response_types: ['code'],
    token_endpoint_auth_method: 'client_secret_basic',
    id_token_signed_response_alg: process.env.ID_TOKEN_ALG || 'ES256',
  });
  let pending = null; // one sign-in at a time is all the test needs
  server.on('request', async (req, res) => {
    const url = new URL(req.url, base);
    if (url.pathname === '/login') {
      const verifier = generators.codeVerifier();
      pending = { code_verifier: verifier, state: generators.state(), nonce: generators.nonce() };
      const acrValues = url.searchParams.get('acr_values');
      const location = client.authorizationUrl({
        ...(acrValues ? { acr_values: acrValues } : {}),
        scope: 'openid email profile',
        code_challenge: generators.codeChallenge(verifier),
        code_challenge_method: 'S256',
        state: pending.state,
        nonce: pending.nonce,
      });
      res.writeHead(302, { Location: location });
      res.end();
      return;
    }
    if (url.pathname === '/cb') {
      try {
        const tokenSet = await client.callback(redirectUri, client.callbackParams(req), pending);
        const info = await client.userinfo(tokenSet);
        const claims = tokenSet.claims();
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
        const verified = JSON.stringify({ amr: claims.amr, acr: claims.acr })
          .replace(/&/g, '&amp;').replace(/</g, '&lt;');
        res.end(`<p id="result">signed in as ${info.email} (sub ${claims.sub}, sid ${claims.sid ? 'yes' : 'no'})</p>\n`
          + `<p id="claims">${verified}</p>`);
      } catch (error) {
        res.writeHead(500, { 'Content-Type': 'text/html; charset=utf-8' });
        res.end(`<p id="result">error: ${error.message}</p>`);
      }
      return;
    }
    res.writeHead(404);
    res.end();
  });
  console.log(`listening on ${base}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
