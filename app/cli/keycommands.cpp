// SPDX-License-Identifier: GPL-3.0-or-later
// keys list|rotate|retire, token mint|inspect|revoke
#include "clisession.h"
#include "command.h"
#include "texttable.h"

#include "auth/accountservice.h"
#include "auth/keyservice.h"
#include "auth/tokenservice.h"
#include "auth/workspaceservice.h"
#include "common/timeformat.h"
#include "config/settings.h"
#include "crypto/jws.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace keyward {

namespace {

QString optionalTime(const std::optional<QDateTime> &time)
{
    return time ? toRfc3339(*time) : QString();
}

int listKeys(CliSession &session)
{
    const auto backend = session.backendWithTokens();
    if (!backend)
        return ExitCode::Failure;
    const auto keys = backend->keys().list();
    if (session.parser().isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const SigningKeyRecord &key : keys)
            array.append(KeyService::toJson(key));
        session.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return ExitCode::Success;
    }
    TextTable table({QStringLiteral("KID"), QStringLiteral("ALG"), QStringLiteral("STATE"), QStringLiteral("CREATED"),
                     QStringLiteral("SIGNS FROM"), QStringLiteral("RETIRES")});
    for (const SigningKeyRecord &key : keys) {
        table.addRow({key.kid, key.algorithm, key.state, toRfc3339(key.createdAt),
                      optionalTime(key.activatedAt ? key.activatedAt : key.activatesAt), optionalTime(key.retireAt)});
    }
    table.print(session.out());
    return ExitCode::Success;
}

int rotateKey(CliSession &session)
{
    const QString name
        = session.parser().isSet(QStringLiteral("alg")) ? session.parser().value(QStringLiteral("alg")) : QString();
    const auto backend = session.backendWithTokens();
    if (!backend)
        return ExitCode::Failure;
    const auto algorithm = name.isEmpty() ? backend->settings()->tokens.algorithm : algorithmFromName(name);
    if (!algorithm)
        return session.usageError(QStringLiteral("--alg takes ES256, EdDSA or RS256"));
    const bool now = session.parser().isSet(QStringLiteral("now"));
    const Result<SigningKeyRecord> rotated = backend->keys().rotate(
        session.actor(), *algorithm, now ? RotationTiming::Now : RotationTiming::AfterPublication);
    if (!rotated)
        return session.fail(rotated.error());
    if (now)
        session.out() << "Active key is now " << rotated->kid << " (" << rotated->algorithm
                      << "); the previous key verifies for " << backend->keys().retireDelay() << " more seconds"
                      << Qt::endl;
    else
        session.out() << "Published " << rotated->kid << " (" << rotated->algorithm << "); it signs from "
                      << toRfc3339(*rotated->activatesAt) << ", once every verifier's cached key set has it"
                      << Qt::endl;
    return ExitCode::Success;
}

int retireKey(CliSession &session)
{
    const auto backend = session.backendWithTokens();
    if (!backend)
        return ExitCode::Failure;
    const QString kid = session.positional().first();
    if (const Status retired = backend->keys().retire(session.actor(), kid); !retired)
        return session.fail(retired.error());
    session.out() << "Retired " << kid << "; its private key is erased" << Qt::endl;
    return ExitCode::Success;
}

int mint(CliSession &session)
{
    const QCommandLineParser &parser = session.parser();
    if (!parser.isSet(QStringLiteral("email")))
        return session.usageError(QStringLiteral("token mint needs --email"));
    QJsonObject extra;
    for (const QString &claim : parser.values(QStringLiteral("claim"))) {
        const qsizetype equals = claim.indexOf(QLatin1Char('='));
        if (equals <= 0)
            return session.usageError(QStringLiteral("--claim takes NAME=VALUE"));
        extra.insert(claim.left(equals), claim.mid(equals + 1));
    }
    const auto backend = session.backendWithTokens();
    if (!backend)
        return ExitCode::Failure;
    qint64 ttl = backend->settings()->tokens.accessTtl.count();
    if (parser.isSet(QStringLiteral("ttl"))) {
        bool ok = false;
        ttl = parser.value(QStringLiteral("ttl")).toLongLong(&ok);
        if (!ok || ttl < 1 || ttl > TokenService::kLongestMintTtl)
            return session.usageError(
                QStringLiteral("--ttl takes seconds from 1 to %1").arg(TokenService::kLongestMintTtl));
    }
    const Result<User> user = backend->accounts().find(parser.value(QStringLiteral("email")));
    if (!user)
        return session.fail(user.error());
    if (parser.isSet(QStringLiteral("workspace"))) {
        // The claims a session in that workspace would carry (the user must be a member).
        const Result<WorkspaceWithRole> workspace
            = backend->workspaces().membershipOf(user->record.id, parser.value(QStringLiteral("workspace")));
        if (!workspace)
            return session.fail(workspace.error());
        const QJsonObject claims = workspace->claims();
        for (auto it = claims.begin(); it != claims.end(); ++it)
            extra.insert(it.key(), it.value());
    }
    const Result<IssuedToken> issued = backend->tokens().mint(session.actor(), user.value(), ttl, extra);
    if (!issued)
        return session.fail(issued.error());
    session.out() << issued->token << Qt::endl;
    return ExitCode::Success;
}

int inspect(CliSession &session)
{
    const auto backend = session.backendWithTokens();
    if (!backend)
        return ExitCode::Failure;
    const QByteArray token = session.positional().first().toLatin1().trimmed();
    const TokenVerdict verdict = backend->tokens().verify(token);
    QTextStream &out = session.out();
    if (!verdict.token.header.isEmpty()) {
        out << "header: " << QJsonDocument(verdict.token.header).toJson(QJsonDocument::Indented);
        out << "claims: " << QJsonDocument(verdict.token.claims).toJson(QJsonDocument::Indented);
    }
    if (verdict.valid()) {
        const qint64 exp = TokenLifetime::of(verdict.token.claims).expiresAt;
        out << "verdict: valid until " << toRfc3339(fromEpoch(exp)) << Qt::endl;
        return ExitCode::Success;
    }
    out << "verdict: invalid (" << rejectionCode(verdict.rejection) << ") - " << verdict.explanation << Qt::endl;
    return ExitCode::Failure;
}

int revoke(CliSession &session)
{
    const auto backend = session.backendWithTokens();
    if (!backend)
        return ExitCode::Failure;
    if (const Status revoked
        = backend->tokens().revoke(session.actor(), session.positional().first().toLatin1().trimmed());
        !revoked)
        return session.fail(revoked.error());
    session.out() << "Revoked until the token expires" << Qt::endl;
    return ExitCode::Success;
}

Command make(QStringList words, QString positional, QString summary, int count, std::function<int(CliSession &)> run,
             std::function<void(QCommandLineParser &)> options = {})
{
    return Command{std::move(words),   std::move(positional), std::move(summary), count, count,
                   std::move(options), std::move(run)};
}

} // namespace

std::vector<Command> keyCommands()
{
    const auto json = [](QCommandLineParser &parser) {
        parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON.")});
    };
    return {
        make({QStringLiteral("keys"), QStringLiteral("list")}, {}, QStringLiteral("List signing keys"), 0, listKeys,
             json),
        make({QStringLiteral("keys"), QStringLiteral("rotate")}, {},
             QStringLiteral("Publish a new signing key; it signs after tokens.jwks_max_age"), 0, rotateKey,
             [](QCommandLineParser &parser) {
                 parser.addOption(
                     {QStringLiteral("alg"), QStringLiteral("ES256, EdDSA or RS256."), QStringLiteral("ALG")});
                 parser.addOption({QStringLiteral("now"),
                                   QStringLiteral("Emergency: the new key signs at once (verifiers holding a cached "
                                                  "key set refuse its tokens until they refresh it).")});
             }),
        make({QStringLiteral("keys"), QStringLiteral("retire")}, QStringLiteral("KID"),
             QStringLiteral("Retire a key now"), 1, retireKey),
        make({QStringLiteral("token"), QStringLiteral("mint")}, {}, QStringLiteral("Print a signed access token"), 0,
             mint,
             [](QCommandLineParser &parser) {
                 parser.addOption(
                     {QStringLiteral("email"), QStringLiteral("The user (required)."), QStringLiteral("E")});
                 parser.addOption({QStringLiteral("ttl"), QStringLiteral("Lifetime in seconds."), QStringLiteral("S")});
                 parser.addOption({QStringLiteral("workspace"),
                                   QStringLiteral("In this workspace (id or slug): its workspace_* claims."),
                                   QStringLiteral("SLUG")});
                 parser.addOption({QStringLiteral("claim"), QStringLiteral("Extra claim; repeat for several."),
                                   QStringLiteral("K=V")});
             }),
        make({QStringLiteral("token"), QStringLiteral("inspect")}, QStringLiteral("JWT"),
             QStringLiteral("Explain a token's verdict"), 1, inspect),
        make({QStringLiteral("token"), QStringLiteral("revoke")}, QStringLiteral("JWT"),
             QStringLiteral("Deny a token until it expires"), 1, revoke),
    };
}

} // namespace keyward
