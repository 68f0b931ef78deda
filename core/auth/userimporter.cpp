// SPDX-License-Identifier: GPL-3.0-or-later
#include "userimporter.h"

#include "accountservice.h"
#include "storage/transaction.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace keyward {

namespace {

constexpr qsizetype kMaxLineBytes = 64 * 1024;

Result<NewUser> parseLine(const QByteArray &line)
{
    const auto bad = [](const QString &message) { return failure(ErrorCode::InvalidRequest, message); };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return bad(QStringLiteral("not valid JSON (%1)").arg(parseError.errorString()));
    if (!document.isObject())
        return bad(QStringLiteral("each line must be a JSON object"));
    const QJsonObject object = document.object();
    NewUser user;
    if (!object.value(QLatin1String("email")).isString())
        return bad(QStringLiteral("\"email\" must be a string"));
    if (!object.value(QLatin1String("password_hash")).isString())
        return bad(QStringLiteral("\"password_hash\" must be a string"));
    const QJsonValue name = object.value(QLatin1String("name"));
    if (!name.isUndefined() && !name.isNull() && !name.isString())
        return bad(QStringLiteral("\"name\" must be a string"));
    const QJsonValue roles = object.value(QLatin1String("roles"));
    if (!roles.isUndefined() && !roles.isNull()) {
        if (!roles.isArray())
            return bad(QStringLiteral("\"roles\" must be an array of role names"));
        for (const QJsonValue &role : roles.toArray()) {
            if (!role.isString())
                return bad(QStringLiteral("\"roles\" must be an array of role names"));
            user.roles << role.toString();
        }
    }
    user.email = object.value(QLatin1String("email")).toString();
    user.name = name.toString();
    user.passwordHash = object.value(QLatin1String("password_hash")).toString();
    if (user.passwordHash.isEmpty())
        return bad(QStringLiteral("\"password_hash\" must not be empty"));
    return user;
}

} // namespace

UserImporter::UserImporter(Database &database, AccountService &accounts, int batchSize)
    : m_database(database), m_accounts(accounts), m_batchSize(qMax(1, batchSize))
{ }

ImportReport UserImporter::run(const Actor &actor, QIODevice &input)
{
    ImportReport report;
    int lineNumber = 0;
    while (!input.atEnd()) {
        TransactionGuard batch(m_database);
        int inBatch = 0;
        int importedInBatch = 0;
        while (inBatch < m_batchSize && !input.atEnd()) {
            QByteArray line = input.readLine(kMaxLineBytes + 1);
            ++lineNumber;
            if (line.size() > kMaxLineBytes && !line.endsWith('\n')) {
                while (!input.atEnd() && !input.readLine(kMaxLineBytes + 1).endsWith('\n')) { }
                report.skipped.push_back(
                    {lineNumber, QStringLiteral("invalid_request"), QStringLiteral("line is longer than 64 KiB")});
                continue;
            }
            line = line.trimmed();
            if (line.isEmpty())
                continue;
            ++inBatch;
            Result<NewUser> parsed = parseLine(line);
            if (!parsed) {
                report.skipped.push_back({lineNumber, parsed.error().codeName(), parsed.error().message});
                continue;
            }
            // Each user is a savepoint inside the batch: a refused one leaves the others intact.
            const Result<User> created = m_accounts.create(actor, parsed.value());
            if (!created)
                report.skipped.push_back({lineNumber, created.error().codeName(), created.error().message});
            else
                ++importedInBatch;
        }
        batch.commit();
        report.imported += importedInBatch;
    }
    return report;
}

} // namespace keyward
