// SPDX-License-Identifier: GPL-3.0-or-later
#include "mfacontroller.h"

#include "apierror.h"
#include "auth/accountservice.h"
#include "auth/authenticatorapps.h"
#include "auth/mfaservice.h"
#include "auth/passkeyservice.h"
#include "auth/sessionservice.h"
#include "auth/tokenservice.h"
#include "authcontroller.h"
#include "backend/backend.h"
#include "common/clock.h"
#include "config/settings.h"
#include "metrics.h"
#include "userparameter.h"

#include <QJsonArray>
#include <QUrl>

namespace keyward {

namespace {

QJsonObject credentialOf(const QJsonObject &body)
{
    const QJsonValue credential = body.value(QLatin1String("credential"));
    if (!credential.isObject())
        throw ApiError::invalidRequest(QStringLiteral("'credential' must be the PublicKeyCredential's JSON object"));
    return credential.toObject();
}

// An mfa_token is base64url without dots; an access token is a JWS with two.
bool looksLikeMfaToken(const QByteArray &token)
{
    return !token.isEmpty() && !token.contains('.');
}

} // namespace

MfaController::MfaController(Backend &backend, AuthController &auth, Authenticator &authenticator, Metrics &metrics)
    : m_backend(backend), m_auth(auth), m_authenticator(authenticator), m_metrics(metrics)
{ }

void MfaController::registerRoutes(Router &router)
{
    const auto permission = [](const char *name) { return QString::fromLatin1(name); };
    const Access open = Access::Public;
    const Access bearer = Access::Bearer;
    const Access by = Access::Permission;
    // clang-format off
    router.add({"POST",   QStringLiteral("/auth/login/mfa"),                     open,   {}, handler(this, &MfaController::completeSignIn)});
    router.add({"POST",   QStringLiteral("/auth/passkeys/options"),              open,   {}, handler(this, &MfaController::signInOptions)});
    router.add({"POST",   QStringLiteral("/auth/login/passkey"),                 open,   {}, handler(this, &MfaController::passkeySignIn)});
    router.add({"GET",    QStringLiteral("/auth/mfa"),                           bearer, {}, handler(this, &MfaController::status)});
    router.add({"POST",   QStringLiteral("/auth/passkeys/register/options"),     open,   {}, handler(this, &MfaController::registrationOptions)});
    router.add({"POST",   QStringLiteral("/auth/passkeys"),                      open,   {}, handler(this, &MfaController::addPasskey)});
    router.add({"PATCH",  QStringLiteral("/auth/passkeys/{id}"),                 bearer, {}, handler(this, &MfaController::renamePasskey)});
    router.add({"DELETE", QStringLiteral("/auth/passkeys/{id}"),                 bearer, {}, handler(this, &MfaController::removePasskey)});
    router.add({"POST",   QStringLiteral("/auth/totp"),                          open,   {}, handler(this, &MfaController::beginTotp)});
    router.add({"POST",   QStringLiteral("/auth/totp/confirm"),                  open,   {}, handler(this, &MfaController::confirmTotp)});
    router.add({"DELETE", QStringLiteral("/auth/totp"),                          bearer, {}, handler(this, &MfaController::removeTotp)});
    router.add({"POST",   QStringLiteral("/auth/recovery-codes"),                open,   {}, handler(this, &MfaController::newRecoveryCodes)});
    router.add({"GET",    QStringLiteral("/admin/users/{id}/mfa"),               by, permission("users.read"),  handler(this, &MfaController::adminStatus)});
    router.add({"DELETE", QStringLiteral("/admin/users/{id}/mfa"),               by, permission("users.write"), handler(this, &MfaController::adminReset)});
    router.add({"DELETE", QStringLiteral("/admin/users/{id}/passkeys/{pid}"),    by, permission("users.write"), handler(this, &MfaController::adminRemovePasskey)});
    // clang-format on
}

MfaController::FactorOwner MfaController::ownerOf(const RequestContext &context, bool allowEnrolmentToken)
{
    const HttpRequest &request = context.request;
    const QByteArray presented = Authenticator::bearerToken(request);
    if (allowEnrolmentToken && !context.auth && looksLikeMfaToken(presented)) {
        bool enrolment = false;
        const std::optional<User> user = m_backend.mfa().pendingUser(QString::fromLatin1(presented), &enrolment);
        // Only a sign-in that must enrol opens these routes: a password alone must never add a
        // factor to an account that has one.
        if (!user || !enrolment || m_backend.mfa().hasSecondFactor(user->record.id))
            throw ApiError::invalidToken(
                QStringLiteral("the mfa_token is unknown, expired, used or not for enrolment"));
        Actor actor = Actor::user(user->record.email, user->roles, request.clientAddress);
        actor.userId = user->record.id;
        return {user.value(), actor, true}; // the password was checked at most 5 minutes ago
    }
    const AuthContext auth = context.auth ? *context.auth : m_authenticator.authenticate(request);
    const Result<User> user = m_backend.accounts().findById(auth.userId);
    if (!user)
        throw ApiError::invalidToken(QStringLiteral("the account is not active"));
    Actor actor = Actor::user(auth.email, auth.roles, request.clientAddress);
    actor.userId = auth.userId;
    bool recent = false;
    if (const std::optional<SessionRecord> session = m_backend.sessions().find(auth.sessionId)) {
        const qint64 age = session->authenticatedAt().secsTo(m_backend.clock().now());
        recent = age <= MfaService::kRecentSeconds;
    }
    return {user.value(), actor, recent};
}

MfaController::FactorOwner MfaController::recentOwnerOf(const RequestContext &context, bool allowEnrolmentToken)
{
    FactorOwner owner = ownerOf(context, allowEnrolmentToken);
    if (!owner.recent)
        throw ApiError(ErrorCode::ReauthenticationRequired,
                       QStringLiteral("sign in again (password or passkey) to change your sign-in factors"));
    return owner;
}

HttpResponse MfaController::completeSignIn(RequestContext &context)
{
    const HttpRequest &request = context.request;
    const QJsonObject body = request.jsonObject();
    const QString token = JsonField::requiredString(body, "mfa_token");
    m_auth.limitByAddress(request, "login:", request.settings->limits.loginPerAddressPerMinute, 60);
    MfaService &mfa = m_backend.mfa();
    // As a passkey's sign-in: the session stored in the transaction that completes the step, its
    // tokens signed after the commit; an address still to verify answered after it.
    std::optional<StoredSession> session;
    const auto within = [&](const CompletedSignIn &done) {
        if (!AuthController::waitsForVerifiedEmail(done.user, request))
            session = m_auth.storeSession(done.user, done.methods, done.carried, request);
    };
    Result<CompletedSignIn> completed = failure(ErrorCode::InvalidRequest, {});
    if (body.contains(QLatin1String("enrolment_id"))) {
        // A sign-in that had to enrol: the app's first code confirms it and completes the sign-in.
        completed = mfa.completeEnrolment(token, JsonField::requiredString(body, "enrolment_id"),
                                          JsonField::requiredString(body, "code"), request.clientAddress, within);
    } else if (body.contains(QLatin1String("code"))) {
        completed = mfa.completeWithCode(token, JsonField::requiredString(body, "code"), request.clientAddress, within);
    } else if (body.contains(QLatin1String("recovery_code"))) {
        completed = mfa.completeWithRecoveryCode(token, JsonField::requiredString(body, "recovery_code"),
                                                 request.clientAddress, within);
    } else if (body.contains(QLatin1String("credential"))) {
        completed = mfa.completeWithPasskey(token, JsonField::requiredString(body, "challenge_id"), credentialOf(body),
                                            request.clientAddress, within);
    } else {
        throw ApiError::invalidRequest(
            QStringLiteral("send 'code', 'recovery_code', or 'challenge_id' and 'credential'"));
    }
    if (!completed) {
        if (completed.error().code == ErrorCode::InvalidCredentials)
            m_metrics.count(Metrics::Event::LoginFailed);
        throw ApiError::from(completed.error());
    }
    if (!session)
        m_auth.refuseUnverified(completed->user, request);
    m_metrics.count(Metrics::Event::LoginSucceeded);
    return m_auth.answerSignIn(std::move(session).value(), completed->carried, request);
}

HttpResponse MfaController::signInOptions(RequestContext &context)
{
    // Each answer stores a challenge: limited per address like sign-ins.
    m_auth.limitByAddress(context.request, "login:", context.request.settings->limits.loginPerAddressPerMinute, 60);
    const QJsonObject body = context.request.jsonObject();
    const QString token = JsonField::optionalString(body, "mfa_token");
    std::optional<qint64> forUser;
    if (!token.isEmpty()) {
        const std::optional<User> user = m_backend.mfa().pendingUser(token);
        if (!user)
            throw ApiError(ErrorCode::InvalidGrant, QStringLiteral("the mfa_token is unknown, expired or used"));
        forUser = user->record.id;
    }
    // The sign-in page's second step under acr_values=phr asks for it (webauthn.js passes it on).
    const bool requireUserVerification
        = JsonField::optionalString(body, "user_verification") == QLatin1String("required");
    return HttpResponse::json(
        orApiError(m_backend.passkeys().signInOptions(forUser, requireUserVerification)).toJson());
}

HttpResponse MfaController::passkeySignIn(RequestContext &context)
{
    const HttpRequest &request = context.request;
    const QJsonObject body = request.jsonObject();
    const QString challengeId = JsonField::requiredString(body, "challenge_id");
    const QJsonObject credential = credentialOf(body);
    const QJsonObject carried = AuthController::carriedOf(body);
    m_auth.limitByAddress(request, "login:", request.settings->limits.loginPerAddressPerMinute, 60);
    // The session is stored in the transaction that records the passkey's use (one write), its
    // tokens signed after the commit. An account that must verify its address first is answered
    // after it too (the new link's mail must not roll back with the refusal).
    std::optional<StoredSession> session;
    const Result<PasskeySignIn> signedIn = m_backend.passkeys().verifySignIn(
        challengeId, credential, std::nullopt, request.clientAddress, [&](const PasskeySignIn &verified) {
            if (!AuthController::waitsForVerifiedEmail(verified.user, request))
                session = m_auth.storeSession(verified.user, verified.methods, carried, request);
        });
    if (!signedIn) {
        if (signedIn.error().code == ErrorCode::InvalidCredentials)
            m_metrics.count(Metrics::Event::LoginFailed);
        throw ApiError::from(signedIn.error());
    }
    if (!session)
        m_auth.refuseUnverified(signedIn->user, request);
    m_metrics.count(Metrics::Event::LoginSucceeded);
    return m_auth.answerSignIn(std::move(session).value(), carried, request);
}

HttpResponse MfaController::status(RequestContext &context)
{
    const FactorOwner owner = ownerOf(context, false);
    return HttpResponse::json(m_backend.mfa().statusOf(owner.user).toJson());
}

HttpResponse MfaController::registrationOptions(RequestContext &context)
{
    const FactorOwner owner = recentOwnerOf(context, true);
    return HttpResponse::json(orApiError(m_backend.passkeys().registrationOptions(owner.user)).toJson());
}

HttpResponse MfaController::addPasskey(RequestContext &context)
{
    const FactorOwner owner = recentOwnerOf(context, true);
    const QJsonObject body = context.request.jsonObject();
    const PasskeyRecord passkey = orApiError(m_backend.passkeys().finishRegistration(
        owner.actor, owner.user, JsonField::requiredString(body, "challenge_id"), credentialOf(body),
        JsonField::optionalString(body, "name")));
    return HttpResponse::json(PasskeyService::toJson(passkey), 201);
}

HttpResponse MfaController::renamePasskey(RequestContext &context)
{
    const FactorOwner owner = ownerOf(context, false);
    const QJsonObject body = context.request.jsonObject();
    const PasskeyRecord passkey = orApiError(m_backend.passkeys().rename(
        owner.actor, owner.user.record.id, context.request.pathParameters.value(QStringLiteral("id")),
        JsonField::requiredString(body, "name")));
    return HttpResponse::json(PasskeyService::toJson(passkey));
}

HttpResponse MfaController::removePasskey(RequestContext &context)
{
    const FactorOwner owner = recentOwnerOf(context, false);
    orApiError(m_backend.passkeys().remove(owner.actor, owner.user.record.id,
                                           context.request.pathParameters.value(QStringLiteral("id"))));
    return HttpResponse::noContent();
}

HttpResponse MfaController::beginTotp(RequestContext &context)
{
    const FactorOwner owner = recentOwnerOf(context, true);
    // What the app shows above the account: this installation's host name.
    const QString label = QUrl(m_backend.tokens().issuer()).host();
    return HttpResponse::json(
        orApiError(m_backend.authenticatorApps().begin(owner.user, label.isEmpty() ? QStringLiteral("Keyward") : label))
            .toJson());
}

HttpResponse MfaController::confirmTotp(RequestContext &context)
{
    const FactorOwner owner = ownerOf(context, true);
    const QJsonObject body = context.request.jsonObject();
    orApiError(m_backend.authenticatorApps().confirm(owner.actor, owner.user.record.id,
                                                     JsonField::requiredString(body, "enrolment_id"),
                                                     JsonField::requiredString(body, "code")));
    return HttpResponse::noContent();
}

HttpResponse MfaController::removeTotp(RequestContext &context)
{
    const FactorOwner owner = recentOwnerOf(context, false);
    orApiError(m_backend.authenticatorApps().remove(owner.actor, owner.user.record.id));
    return HttpResponse::noContent();
}

HttpResponse MfaController::newRecoveryCodes(RequestContext &context)
{
    const FactorOwner owner = recentOwnerOf(context, true);
    const QStringList codes = orApiError(m_backend.mfa().newRecoveryCodes(owner.actor, owner.user.record.id));
    return HttpResponse::json({{QStringLiteral("codes"), QJsonArray::fromStringList(codes)}});
}

User MfaController::adminTarget(const RequestContext &context)
{
    return userOfPathParameter(m_backend.accounts(), context);
}

HttpResponse MfaController::adminStatus(RequestContext &context)
{
    return HttpResponse::json(m_backend.mfa().statusOf(adminTarget(context)).toJson());
}

HttpResponse MfaController::adminReset(RequestContext &context)
{
    const User user = adminTarget(context);
    orApiError(m_backend.mfa().reset(context.actor(), user.record.id, m_backend.sessions()));
    return HttpResponse::noContent();
}

HttpResponse MfaController::adminRemovePasskey(RequestContext &context)
{
    const User user = adminTarget(context);
    orApiError(m_backend.passkeys().remove(context.actor(), user.record.id,
                                           context.request.pathParameters.value(QStringLiteral("pid"))));
    return HttpResponse::noContent();
}

} // namespace keyward
