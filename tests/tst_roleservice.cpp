// SPDX-License-Identifier: GPL-3.0-or-later
// Custom roles: creation under a parent, permissions with a preview of who gains and loses
// what, and the protection of built-in roles and of roles still in use.
#include "testinstallation.h"

#include "auth/accountservice.h"
#include "auth/rolegraph.h"
#include "auth/roleservice.h"
#include "storage/database.h"

#include <QTest>

using namespace keyward;

class TestRoleService : public QObject {
    Q_OBJECT

private:
    const Actor m_local = Actor::local(QStringLiteral("test"));

    void createUser(TestInstallation &kw, const QString &email, const QStringList &roles)
    {
        QVERIFY(kw.backend().accounts().create(m_local, {email, {}, roles, QStringLiteral("a sturdy passphrase"), {}}));
    }

private slots:
    void aCustomRoleReachesItsParentAndThePreviewSaysSo()
    {
        TestInstallation kw;
        RoleService &roles = kw.backend().roles();
        createUser(kw, QStringLiteral("mia@x.org"), {QStringLiteral("manager")});
        createUser(kw, QStringLiteral("ulf@x.org"), {QStringLiteral("user")});
        QVERIFY(roles.create(m_local, QStringLiteral("auditor"), QStringLiteral("manager"), {}));
        // Giving the auditor audit.read reaches the managers above it, not the plain users.
        const auto changes = roles.preview(QStringLiteral("auditor"), {QStringLiteral("audit.read")});
        QCOMPARE(changes.size(), size_t(1));
        QCOMPARE(changes.front().email, QStringLiteral("mia@x.org"));
        QCOMPARE(changes.front().gained, QStringList{QStringLiteral("audit.read")});
        QVERIFY(changes.front().lost.isEmpty());
        QVERIFY(roles.setPermissions(m_local, QStringLiteral("auditor"), {QStringLiteral("audit.read")}));
        QCOMPARE(roles.directPermissions(QStringLiteral("auditor")), QStringList{QStringLiteral("audit.read")});
        QVERIFY(RoleGraph::load(kw.backend().database().connection())
                    .hasPermission({QStringLiteral("manager")}, QStringLiteral("audit.read")));
        // Taking it away again is previewed as a loss.
        const auto back = roles.preview(QStringLiteral("auditor"), {});
        QCOMPARE(back.size(), size_t(1));
        QCOMPARE(back.front().lost, QStringList{QStringLiteral("audit.read")});
    }

    void builtInRolesAndRolesInUseAreProtected()
    {
        TestInstallation kw;
        RoleService &roles = kw.backend().roles();
        QCOMPARE(roles.remove(m_local, QStringLiteral("manager")).error().codeName(), QStringLiteral("builtin_role"));
        QCOMPARE(roles.setPermissions(m_local, QStringLiteral("user"), {}).error().codeName(),
                 QStringLiteral("builtin_role"));
        QCOMPARE(roles.create(m_local, QStringLiteral("Bad Name"), QStringLiteral("user"), {}).error().codeName(),
                 QStringLiteral("invalid_role"));
        QCOMPARE(roles.create(m_local, QStringLiteral("x"), QStringLiteral("nope"), {}).error().codeName(),
                 QStringLiteral("unknown_role"));
        QCOMPARE(roles.create(m_local, QStringLiteral("x"), QStringLiteral("user"), {QStringLiteral("fly")})
                     .error()
                     .codeName(),
                 QStringLiteral("unknown_permission"));
        QVERIFY(
            roles.create(m_local, QStringLiteral("support"), QStringLiteral("user"), {QStringLiteral("users.read")}));
        QCOMPARE(roles.create(m_local, QStringLiteral("support"), QStringLiteral("user"), {}).error().codeName(),
                 QStringLiteral("role_exists"));
        createUser(kw, QStringLiteral("sam@x.org"), {QStringLiteral("support")});
        QCOMPARE(roles.remove(m_local, QStringLiteral("support")).error().codeName(), QStringLiteral("role_in_use"));
        QVERIFY(kw.backend().accounts().setRoles(m_local, QStringLiteral("sam@x.org"), {QStringLiteral("user")}));
        QVERIFY(roles.remove(m_local, QStringLiteral("support")));
        QVERIFY(!RoleGraph::load(kw.backend().database().connection()).contains(QStringLiteral("support")));
    }

    void anOrdinaryUserCannotChangeRoles()
    {
        TestInstallation kw;
        RoleService &roles = kw.backend().roles();
        const Actor manager
            = Actor::user(QStringLiteral("m@x.org"), {QStringLiteral("manager")}, QStringLiteral("127.0.0.1"));
        QCOMPARE(roles.create(manager, QStringLiteral("x"), QStringLiteral("user"), {}).error().codeName(),
                 QStringLiteral("insufficient_role"));
    }
};

QTEST_GUILESS_MAIN(TestRoleService)
#include "tst_roleservice.moc"
