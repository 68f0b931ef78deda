// SPDX-License-Identifier: GPL-3.0-or-later
// Keyward's passkey ceremonies in the browser, and the sign-in page's show-password button: the
// one script its pages load (CSP script-src 'self'). For passkeys it only turns the server's WebAuthn options (the Level 3 JSON form, binary fields in
// base64url) into navigator.credentials calls and posts the answer back in a form; every check
// is the server's. Without this script (or without WebAuthn) the pages work with passwords and
// codes, and the passkey buttons stay hidden.
(function () {
  'use strict';

  function bytesOf(base64url) {
    const base64 = base64url.replace(/-/g, '+').replace(/_/g, '/');
    const padded = base64 + '='.repeat((4 - (base64.length % 4)) % 4);
    return Uint8Array.from(atob(padded), function (c) { return c.charCodeAt(0); });
  }

  function base64urlOf(buffer) {
    let binary = '';
    new Uint8Array(buffer).forEach(function (b) { binary += String.fromCharCode(b); });
    return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }

  function descriptors(list) {
    return (list || []).map(function (d) { return Object.assign({}, d, { id: bytesOf(d.id) }); });
  }

  function requestOptions(json) {
    return Object.assign({}, json, { challenge: bytesOf(json.challenge), allowCredentials: descriptors(json.allowCredentials) });
  }

  function creationOptions(json) {
    return Object.assign({}, json, {
      challenge: bytesOf(json.challenge),
      user: Object.assign({}, json.user, { id: bytesOf(json.user.id) }),
      excludeCredentials: descriptors(json.excludeCredentials)
    });
  }

  // PublicKeyCredential.toJSON(), written out for browsers that lack it.
  function credentialJson(credential) {
    const response = credential.response;
    const json = {
      id: credential.id,
      rawId: base64urlOf(credential.rawId),
      type: credential.type,
      clientExtensionResults: credential.getClientExtensionResults ? credential.getClientExtensionResults() : {},
      response: { clientDataJSON: base64urlOf(response.clientDataJSON) }
    };
    if (response.attestationObject) {
      json.response.attestationObject = base64urlOf(response.attestationObject);
      json.response.transports = response.getTransports ? response.getTransports() : [];
    } else {
      json.response.authenticatorData = base64urlOf(response.authenticatorData);
      json.response.signature = base64urlOf(response.signature);
      json.response.userHandle = response.userHandle ? base64urlOf(response.userHandle) : null;
    }
    return json;
  }

  async function fetchOptions(url, body) {
    const answer = await fetch(url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body || {})
    });
    if (!answer.ok) throw new Error('options: HTTP ' + answer.status);
    return answer.json();
  }

  function submitWith(form, challengeId, credential) {
    form.querySelector('input[name=challenge_id]').value = challengeId;
    form.querySelector('input[name=credential]').value = JSON.stringify(credentialJson(credential));
    form.submit();
  }

  function showProblem(form) {
    const note = form.querySelector('[data-passkey-problem]');
    if (note) note.hidden = false;
  }

  // A sign-in with a passkey: <form data-passkey="sign-in" data-options="URL" [data-mfa-token]>.
  function setUpSignIn(form) {
    let pending = null; // the passkey autofill's request, given up when the button is pressed
    const body = form.dataset.mfaToken ? { mfa_token: form.dataset.mfaToken } : {};
    if (form.dataset.userVerification) body.user_verification = form.dataset.userVerification;
    async function run(mediation) {
      if (pending) pending.abort();
      pending = new AbortController();
      const options = await fetchOptions(form.dataset.options, body);
      const request = { publicKey: requestOptions(options.publicKey), signal: pending.signal };
      if (mediation) request.mediation = mediation;
      const credential = await navigator.credentials.get(request);
      if (credential) submitWith(form, options.challenge_id, credential);
    }
    form.addEventListener('submit', function (event) {
      if (form.querySelector('input[name=credential]').value) return; // the answer, on its way
      event.preventDefault();
      run(null).catch(function () { showProblem(form); });
    });
    if (!form.dataset.mfaToken && PublicKeyCredential.isConditionalMediationAvailable) {
      PublicKeyCredential.isConditionalMediationAvailable().then(function (available) {
        if (available) run('conditional').catch(function () { /* the user typed instead */ });
      });
    }
  }

  // Adding a passkey: <form data-passkey="register" data-options="URL"> (the account page).
  function setUpRegistration(form) {
    form.addEventListener('submit', function (event) {
      if (form.querySelector('input[name=credential]').value) return;
      event.preventDefault();
      fetchOptions(form.dataset.options, { csrf: form.querySelector('input[name=csrf]').value })
        .then(function (options) {
          return navigator.credentials.create({ publicKey: creationOptions(options.publicKey) }).then(function (credential) {
            submitWith(form, options.challenge_id, credential);
          });
        })
        .catch(function () { showProblem(form); });
    });
  }

  // Show password: <button data-reveal="FIELD-ID" data-show="…" data-hide="…" hidden>, shown
  // only where this script runs (without it the field stays a plain password field). The field
  // is a password field again when its form is sent, so the browser offers to save it as one.
  function setUpReveal(button) {
    const field = document.getElementById(button.dataset.reveal);
    if (!field) return;
    function show(shown) {
      field.type = shown ? 'text' : 'password';
      button.textContent = shown ? button.dataset.hide : button.dataset.show;
      button.setAttribute('aria-pressed', String(shown));
    }
    button.addEventListener('click', function () { show(field.type === 'password'); });
    if (field.form) field.form.addEventListener('submit', function () { show(false); });
    button.hidden = false;
  }

  document.querySelectorAll('button[data-reveal]').forEach(setUpReveal);
  if (!window.PublicKeyCredential || !navigator.credentials) return;
  document.querySelectorAll('[data-passkey-offer]').forEach(function (element) { element.hidden = false; });
  document.querySelectorAll('form[data-passkey=sign-in]').forEach(setUpSignIn);
  document.querySelectorAll('form[data-passkey=register]').forEach(setUpRegistration);
})();
