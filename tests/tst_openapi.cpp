// SPDX-License-Identifier: GPL-3.0-or-later
// The OpenAPI document (docs/openapi.json, served at /openapi.json) against the server itself:
// it names exactly the routes the router has, with unique operation ids, and every reference in
// it resolves — so a route added or removed without the document fails here.
#include "testserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace keyward;

namespace {

const QStringList kMethods{QStringLiteral("get"), QStringLiteral("put"), QStringLiteral("post"),
                           QStringLiteral("delete"), QStringLiteral("patch")};

// Every "$ref" in the document, with where it is.
void collectReferences(const QJsonValue &value, const QString &where, QList<QPair<QString, QString>> &references)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key() == QLatin1String("$ref") && it.value().isString())
                references.append({it.value().toString(), where});
            else
                collectReferences(it.value(), where + QLatin1Char('/') + it.key(), references);
        }
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            collectReferences(array.at(i), where + QLatin1Char('/') + QString::number(i), references);
    }
}

// A local reference ("#/components/schemas/User") followed through the document.
bool resolves(const QJsonObject &document, const QString &reference)
{
    if (!reference.startsWith(QLatin1String("#/")))
        return false;
    QJsonValue at = document;
    for (QString part : reference.mid(2).split(QLatin1Char('/'))) {
        part.replace(QLatin1String("~1"), QLatin1String("/")).replace(QLatin1String("~0"), QLatin1String("~"));
        if (!at.isObject() || !at.toObject().contains(part))
            return false;
        at = at.toObject().value(part);
    }
    return true;
}

} // namespace

class TestOpenApi : public QObject {
    Q_OBJECT

private slots:
    void theDocumentNamesExactlyTheServersRoutes()
    {
        TestServer server;
        const TestReply served = server.request("GET", QStringLiteral("/openapi.json"));
        QCOMPARE(served.status, 200);
        QCOMPARE(served.header("content-type"), QByteArray("application/json"));
        const QJsonObject document = served.json();
        QCOMPARE(document.value(QStringLiteral("openapi")).toString(), QStringLiteral("3.1.0"));

        QSet<QString> documented;
        QSet<QString> operationIds;
        const QJsonObject paths = document.value(QStringLiteral("paths")).toObject();
        for (auto path = paths.begin(); path != paths.end(); ++path) {
            const QJsonObject item = path.value().toObject();
            for (const QString &method : kMethods) {
                if (!item.contains(method))
                    continue;
                documented.insert(method.toUpper() + QLatin1Char(' ') + path.key());
                const QString id = item.value(method).toObject().value(QStringLiteral("operationId")).toString();
                QVERIFY2(!id.isEmpty(), qPrintable(method + QLatin1Char(' ') + path.key()));
                QVERIFY2(!operationIds.contains(id), qPrintable(QStringLiteral("operationId %1 twice").arg(id)));
                operationIds.insert(id);
            }
        }
        const QStringList listed = server.routes();
        const QSet<QString> routes(listed.cbegin(), listed.cend());
        QStringList undocumented = (routes - documented).values();
        QStringList unknown = (documented - routes).values();
        undocumented.sort();
        unknown.sort();
        QVERIFY2(undocumented.isEmpty(),
                 qPrintable(QStringLiteral("routes missing from docs/openapi.json: ")
                            + undocumented.join(QStringLiteral(", "))));
        QVERIFY2(unknown.isEmpty(),
                 qPrintable(QStringLiteral("docs/openapi.json names routes the server lacks: ")
                            + unknown.join(QStringLiteral(", "))));
    }

    void everyReferenceResolves()
    {
        TestServer server;
        const QJsonObject document = server.request("GET", QStringLiteral("/openapi.json")).json();
        QList<QPair<QString, QString>> references;
        collectReferences(document, QStringLiteral("#"), references);
        QVERIFY(!references.isEmpty());
        for (const auto &[reference, where] : references)
            QVERIFY2(resolves(document, reference), qPrintable(reference + QStringLiteral(" at ") + where));
    }
};

QTEST_GUILESS_MAIN(TestOpenApi)
#include "tst_openapi.moc"
