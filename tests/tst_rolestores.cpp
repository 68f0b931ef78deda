// SPDX-License-Identifier: GPL-3.0-or-later
#include "testdatabase.h"

#include "common/timeformat.h"
#include "storage/permissionstore.h"
#include "storage/rolepermissionstore.h"
#include "storage/rolestore.h"
#include "storage/storageerror.h"
#include "storage/userrolestore.h"
#include "storage/userstore.h"

#include <QTest>

using namespace keyward;

class TestRoleStores : public QObject {
    Q_OBJECT

private:
    static qint64 addUser(const QSqlDatabase &db, const QString &email, bool disabled = false)
    {
        UserRecord user;
        user.email = email;
        user.passwordHash = QStringLiteral("h");
        user.disabled = disabled;
        user.createdAt = user.updatedAt = user.passwordChangedAt = fromEpoch(0);
        return UserStore(db).insert(user, email);
    }

private slots:
    void builtinRolesFormAHierarchy()
    {
        TestDatabase db;
        RoleStore roles(db.connection());
        const auto admin = roles.findByName(QStringLiteral("admin"));
        const auto manager = roles.findByName(QStringLiteral("manager"));
        const auto user = roles.findByName(QStringLiteral("user"));
        QVERIFY(admin && manager && user);
        QVERIFY(!admin->parentId);
        QCOMPARE(manager->parentId, std::optional(admin->id));
        QCOMPARE(user->parentId, std::optional(manager->id));
        QVERIFY(admin->builtin && manager->builtin && user->builtin);
        QCOMPARE(roles.all().size(), size_t(3));
    }

    void customRolesCanBeAddedAndRemovedButBuiltinsCannot()
    {
        TestDatabase db;
        RoleStore roles(db.connection());
        const qint64 managerId = roles.findByName(QStringLiteral("manager"))->id;
        const qint64 id = roles.insert({0, QStringLiteral("auditor"), managerId, false, QStringLiteral("reads logs")});
        QCOMPARE(roles.findByName(QStringLiteral("auditor"))->parentId, std::optional(managerId));
        QVERIFY_THROWS_EXCEPTION(StorageError, roles.insert({0, QStringLiteral("auditor"), std::nullopt, false, {}}));
        QVERIFY(!roles.remove(managerId));
        QVERIFY(roles.remove(id));
    }

    void permissionsAndGrants()
    {
        TestDatabase db;
        const auto permissions = PermissionStore(db.connection()).all();
        QCOMPARE(permissions.size(), size_t(17)); // the contract's list
        RolePermissionStore grants(db.connection());
        const size_t before = grants.all().size();
        const qint64 userRole = RoleStore(db.connection()).findByName(QStringLiteral("user"))->id;
        grants.grant(userRole, permissions.front().id);
        grants.grant(userRole, permissions.front().id); // twice is once
        QCOMPARE(grants.all().size(), before + 1);
        grants.revoke(userRole, permissions.front().id);
        QCOMPARE(grants.all().size(), before);
    }

    void userRolesReplaceCascadeAndCount()
    {
        TestDatabase db;
        RoleStore roles(db.connection());
        const qint64 admin = roles.findByName(QStringLiteral("admin"))->id;
        const qint64 user = roles.findByName(QStringLiteral("user"))->id;
        UserRoleStore userRoles(db.connection());
        const qint64 ada = addUser(db.connection(), QStringLiteral("ada@x.org"));
        const qint64 bob = addUser(db.connection(), QStringLiteral("bob@x.org"), true);
        userRoles.replace(ada, {admin, user});
        userRoles.replace(bob, {admin});
        QCOMPARE(userRoles.rolesOf(ada), (std::vector<qint64>{admin, user}));
        QCOMPARE(userRoles.countEnabledHolders({admin}), 1); // bob is disabled
        QCOMPARE(userRoles.rolesOfAll().value(bob), std::vector<qint64>{admin});
        userRoles.replace(ada, {user});
        QCOMPARE(userRoles.countEnabledHolders({admin}), 0);
        // A role still held by someone cannot be deleted; deleting a user drops its grants.
        const qint64 custom = roles.insert({0, QStringLiteral("custom"), user, false, {}});
        userRoles.replace(bob, {custom});
        QVERIFY_THROWS_EXCEPTION(StorageError, roles.remove(custom));
        UserStore(db.connection()).remove(bob);
        QVERIFY(userRoles.rolesOf(bob).empty());
        QVERIFY(roles.remove(custom));
    }
};

QTEST_GUILESS_MAIN(TestRoleStores)
#include "tst_rolestores.moc"
