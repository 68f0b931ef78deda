// SPDX-License-Identifier: GPL-3.0-or-later
#include "testdatabase.h"

#include "auth/rolegraph.h"
#include "storage/rolepermissionstore.h"

#include <QTest>

using namespace keyward;

class TestRoleGraph : public QObject {
    Q_OBJECT

private:
    static QSet<QString> set(std::initializer_list<const char *> names)
    {
        QSet<QString> out;
        for (const char *name : names)
            out.insert(QString::fromLatin1(name));
        return out;
    }

    const QSet<QString> m_managerPermissions = set({"users.read", "roles.assign", "sessions.read", "sessions.revoke"});

private slots:
    void builtinEffectivePermissions()
    {
        TestDatabase db;
        const RoleGraph graph = RoleGraph::load(db.connection());
        QVERIFY(graph.effectivePermissions({QStringLiteral("user")}).isEmpty());
        QCOMPARE(graph.effectivePermissions({QStringLiteral("manager")}), m_managerPermissions);
        QCOMPARE(graph.effectivePermissions({QStringLiteral("admin")}).size(), 17);
        QVERIFY(graph.hasPermission({QStringLiteral("admin")}, QStringLiteral("clients.write")));
        QVERIFY(!graph.hasPermission({QStringLiteral("manager")}, QStringLiteral("clients.read")));
        QVERIFY(graph.hasPermission({QStringLiteral("admin")}, QStringLiteral("settings.write")));
        QVERIFY(!graph.hasPermission({QStringLiteral("manager")}, QStringLiteral("users.write")));
        QVERIFY(graph.effectivePermissions({QStringLiteral("no-such-role")}).isEmpty());
    }

    void parentsInheritFromCustomChildren()
    {
        // user ⊂ manager ⊂ admin, plus "auditor" under manager holding audit.read.
        const std::vector<RoleRecord> roles{
            {1, QStringLiteral("admin"), std::nullopt, true, {}},
            {2, QStringLiteral("manager"), 1, true, {}},
            {3, QStringLiteral("user"), 2, true, {}},
            {4, QStringLiteral("auditor"), 2, false, {}},
        };
        const std::vector<PermissionRecord> permissions{{10, QStringLiteral("audit.read"), {}},
                                                        {11, QStringLiteral("users.read"), {}}};
        const RoleGraph graph(roles, permissions, {{4, 10}, {2, 11}});
        QCOMPARE(graph.effectivePermissions({QStringLiteral("auditor")}), set({"audit.read"}));
        QCOMPARE(graph.effectivePermissions({QStringLiteral("manager")}), set({"audit.read", "users.read"}));
        QCOMPARE(graph.effectivePermissions({QStringLiteral("admin")}), set({"audit.read", "users.read"}));
        QVERIFY(graph.effectivePermissions({QStringLiteral("user")}).isEmpty());
        QCOMPARE(graph.effectivePermissions({QStringLiteral("user"), QStringLiteral("auditor")}), set({"audit.read"}));
        // Siblings do not manage each other.
        QVERIFY(!graph.canGrant({QStringLiteral("auditor")}, QStringLiteral("user")));
        QVERIFY(graph.canGrant({QStringLiteral("manager")}, QStringLiteral("auditor")));
    }

    void grantRules()
    {
        TestDatabase db;
        const RoleGraph graph = RoleGraph::load(db.connection());
        const QStringList manager{QStringLiteral("manager")};
        QVERIFY(graph.canGrant(manager, QStringLiteral("user")));
        QVERIFY(graph.canGrant(manager, QStringLiteral("manager")));
        QVERIFY(!graph.canGrant(manager, QStringLiteral("admin")));
        QVERIFY(!graph.canGrant({QStringLiteral("user")}, QStringLiteral("manager")));
        QVERIFY(graph.canGrant({QStringLiteral("user"), QStringLiteral("admin")}, QStringLiteral("admin")));
        QVERIFY(!graph.canGrant({}, QStringLiteral("user")));
        QVERIFY(graph.canManage(manager, {QStringLiteral("user")}));
        QVERIFY(graph.canManage(manager, {QStringLiteral("manager"), QStringLiteral("user")}));
        QVERIFY(!graph.canManage(manager, {QStringLiteral("user"), QStringLiteral("admin")}));
        QVERIFY(graph.isAtOrBelow(QStringLiteral("user"), QStringLiteral("admin")));
        QVERIFY(!graph.isAtOrBelow(QStringLiteral("admin"), QStringLiteral("user")));
    }

    void aCycleWrittenByHandDoesNotHang()
    {
        const std::vector<RoleRecord> roles{{1, QStringLiteral("a"), 2, false, {}},
                                            {2, QStringLiteral("b"), 1, false, {}}};
        const RoleGraph graph(roles, {{10, QStringLiteral("p"), {}}}, {{1, 10}});
        QCOMPARE(graph.effectivePermissions({QStringLiteral("b")}), set({"p"}));
    }

    void grantsChangedInTheDatabaseShowAfterReload()
    {
        TestDatabase db;
        const qint64 userRole = *RoleGraph::load(db.connection()).idOf(QStringLiteral("user"));
        RolePermissionStore(db.connection()).grant(userRole, 1);
        const RoleGraph graph = RoleGraph::load(db.connection());
        QCOMPARE(graph.effectivePermissions({QStringLiteral("user")}).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestRoleGraph)
#include "tst_rolegraph.moc"
