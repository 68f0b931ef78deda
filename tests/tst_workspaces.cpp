// SPDX-License-Identifier: GPL-3.0-or-later
// WorkspaceService: who may do what in a workspace — every actor role × target role × action —
// the last-owner rule, global administration, creation, plans, and the sessions a change ends.
#include "testinstallation.h"

#include "auth/accountservice.h"
#include "auth/actor.h"
#include "auth/sessionservice.h"
#include "auth/settingsservice.h"
#include "auth/statistics.h"
#include "auth/workspaceservice.h"
#include "storage/database.h"
#include "storage/sessionstore.h"
#include "storage/transaction.h"

#include <QTest>

using namespace keyward;

namespace {

// Who acts in the matrix: a member with a role, someone who is not a member, or a holder of the
// global admin role.
enum class Acting { Owner, Admin, Member, Guest, Outsider, GlobalAdmin };

const char *nameOf(Acting acting)
{
    switch (acting) {
    case Acting::Owner:
        return "owner";
    case Acting::Admin:
        return "admin";
    case Acting::Member:
        return "member";
    case Acting::Guest:
        return "guest";
    case Acting::Outsider:
        return "outsider";
    case Acting::GlobalAdmin:
        return "global-admin";
    }
    return "";
}

// The contract's rules, read from its text: what answer an action must get. actor and target are
// different people; the workspace always has another owner, so the last-owner rule stays out.
// Nothing: allowed.
std::optional<ErrorCode> expected(Acting actor, WorkspaceRole target, std::optional<WorkspaceRole> newRole)
{
    if (actor == Acting::Outsider)
        return ErrorCode::NotFound;
    if (actor == Acting::GlobalAdmin || actor == Acting::Owner)
        return std::nullopt;
    if (actor == Acting::Member || actor == Acting::Guest)
        return ErrorCode::InsufficientRole;
    // An admin manages members and guests, and gives roles up to admin.
    if (target >= WorkspaceRole::Admin || (newRole && *newRole > WorkspaceRole::Admin))
        return ErrorCode::InsufficientRole;
    return std::nullopt;
}

} // namespace

class TestWorkspaces : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TestInstallation> m_kw;
    int m_workspaces = 0;

    WorkspaceService &service() { return m_kw->backend().workspaces(); }

    Actor actorFor(const QString &email)
    {
        const User user = m_kw->backend().accounts().find(email).value();
        Actor actor = Actor::user(email, user.roles, {});
        actor.userId = user.record.id;
        return actor;
    }
    qint64 idOf(const QString &email) { return m_kw->backend().accounts().find(email).value().record.id; }

    // A fresh workspace with its members (email → role); gives its slug.
    QString workspaceWith(const QMap<QString, WorkspaceRole> &members)
    {
        const QString slug = QStringLiteral("ws-%1").arg(++m_workspaces);
        const Actor local = Actor::local(QStringLiteral("test"));
        if (!service().create(local, {slug, QStringLiteral("Workspace"), {}, idOf(QStringLiteral("keeper@x.org"))}))
            qFatal("cannot create a workspace");
        for (auto it = members.cbegin(); it != members.cend(); ++it) {
            if (!service().addMember(local, slug, it.key(), WorkspaceRoles::nameOf(it.value())))
                qFatal("cannot add a member");
        }
        return slug;
    }

    std::optional<WorkspaceRole> roleOf(const QString &slug, const QString &email)
    {
        const Result<WorkspaceWithRole> membership = service().membershipOf(idOf(email), slug);
        return membership ? std::optional(membership->role) : std::nullopt;
    }

    // A live session of the user in the workspace (as login will make one).
    QString sessionIn(const QString &email, const QString &slug)
    {
        const Result<TokenPair> pair
            = m_kw->backend().sessions().start(m_kw->backend().accounts().find(email).value(), {});
        if (!pair)
            qFatal("cannot start a session");
        SessionStore(m_kw->backend().database().connection())
            .moveToWorkspace(pair->sessionId, service().membershipOf(idOf(email), slug)->workspace.record.id);
        return pair->sessionId;
    }
    bool sessionEnded(const QString &sessionId)
    {
        return m_kw->backend().sessions().find(sessionId)->revokedAt.has_value();
    }

private slots:
    // One installation for every case (each makes workspaces of its own): a PostgreSQL database
    // per matrix row would make the run minutes long.
    void initTestCase()
    {
        m_kw = std::make_unique<TestInstallation>();
        QVERIFY(m_kw->backend().startTokens().ok());
        for (const char *email : {"keeper@x.org", "actor@x.org", "target@x.org", "other@x.org"})
            m_kw->createUser(QString::fromLatin1(email));
        m_kw->createUser(QStringLiteral("global@x.org"), {QStringLiteral("admin")});
    }

    void everyActorRoleTargetRoleAndAction_data()
    {
        QTest::addColumn<int>("actor");
        QTest::addColumn<int>("target");
        QTest::addColumn<int>("newRole"); // -1: remove the target
        const WorkspaceRole roles[]
            = {WorkspaceRole::Owner, WorkspaceRole::Admin, WorkspaceRole::Member, WorkspaceRole::Guest};
        for (Acting actor :
             {Acting::Owner, Acting::Admin, Acting::Member, Acting::Guest, Acting::Outsider, Acting::GlobalAdmin}) {
            for (WorkspaceRole target : roles) {
                for (int action = -1; action < 4; ++action) {
                    const QString what = action < 0 ? QStringLiteral("remove")
                                                    : QStringLiteral("to-") + WorkspaceRoles::nameOf(roles[action]);
                    QTest::addRow("%s %s %s", nameOf(actor), qPrintable(WorkspaceRoles::nameOf(target)),
                                  qPrintable(what))
                        << int(actor) << int(target) << (action < 0 ? -1 : int(roles[action]));
                }
            }
        }
    }

    void everyActorRoleTargetRoleAndAction()
    {
        QFETCH(int, actor);
        QFETCH(int, target);
        QFETCH(int, newRole);
        const auto acting = Acting(actor);
        const auto targetRole = WorkspaceRole(target);
        QMap<QString, WorkspaceRole> members{{QStringLiteral("target@x.org"), targetRole}};
        if (acting <= Acting::Guest)
            members.insert(QStringLiteral("actor@x.org"), WorkspaceRole(3 - actor)); // Owner=0 … Guest=3
        const QString slug = workspaceWith(members);
        const QString targetSession = sessionIn(QStringLiteral("target@x.org"), slug);
        const Actor who
            = actorFor(acting == Acting::GlobalAdmin ? QStringLiteral("global@x.org") : QStringLiteral("actor@x.org"));
        const qint64 targetId = idOf(QStringLiteral("target@x.org"));

        const std::optional<WorkspaceRole> to = newRole < 0 ? std::nullopt : std::optional(WorkspaceRole(newRole));
        std::optional<ErrorCode> outcome;
        if (to) {
            const Result<Membership> changed = service().setRole(who, slug, targetId, WorkspaceRoles::nameOf(*to));
            outcome = changed ? std::nullopt : std::optional(changed.error().code);
        } else {
            const Status removed = service().removeMember(who, slug, targetId);
            outcome = removed ? std::nullopt : std::optional(removed.error().code);
        }
        const std::optional<ErrorCode> want = expected(acting, targetRole, to);
        QCOMPARE(outcome, want);

        const std::optional<WorkspaceRole> now = roleOf(slug, QStringLiteral("target@x.org"));
        if (want) {
            QCOMPARE(now, std::optional(targetRole)); // nothing changed
            QVERIFY(!sessionEnded(targetSession));
        } else {
            QCOMPARE(now, to);
            // A change (not a no-op) ends the target's sessions in the workspace.
            QCOMPARE(sessionEnded(targetSession), to != std::optional(targetRole));
        }
    }

    void theLastOwnerStays()
    {
        const QString slug = workspaceWith({{QStringLiteral("actor@x.org"), WorkspaceRole::Admin}});
        const qint64 keeper = idOf(QStringLiteral("keeper@x.org"));
        for (const Actor &who : {actorFor(QStringLiteral("keeper@x.org")), actorFor(QStringLiteral("global@x.org")),
                                 Actor::local(QStringLiteral("test"))}) {
            QCOMPARE(service().removeMember(who, slug, keeper).error().code, ErrorCode::LastOwner);
            QCOMPARE(service().setRole(who, slug, keeper, QStringLiteral("admin")).error().code, ErrorCode::LastOwner);
        }
        // With a second owner, the first may step down and leave.
        QVERIFY(service().setRole(actorFor(QStringLiteral("keeper@x.org")), slug, idOf(QStringLiteral("actor@x.org")),
                                  QStringLiteral("owner")));
        QVERIFY(service().setRole(actorFor(QStringLiteral("keeper@x.org")), slug, keeper, QStringLiteral("member")));
        QVERIFY(service().removeMember(actorFor(QStringLiteral("keeper@x.org")), slug, keeper));
        QCOMPARE(roleOf(slug, QStringLiteral("keeper@x.org")), std::nullopt);
    }

    void membersLeaveAndStepDownThemselves()
    {
        const QString slug = workspaceWith({{QStringLiteral("actor@x.org"), WorkspaceRole::Admin},
                                            {QStringLiteral("other@x.org"), WorkspaceRole::Guest}});
        const Actor admin = actorFor(QStringLiteral("actor@x.org"));
        QVERIFY(service().setRole(admin, slug, admin.userId, QStringLiteral("member")));
        QCOMPARE(service().setRole(admin, slug, admin.userId, QStringLiteral("admin")).error().code,
                 ErrorCode::InsufficientRole); // not back up
        const Actor guest = actorFor(QStringLiteral("other@x.org"));
        QVERIFY(service().removeMember(guest, slug, guest.userId));
        QCOMPARE(service().find(guest, slug).error().code, ErrorCode::NotFound); // gone means gone
    }

    void addingMembersFollowsTheSameRules()
    {
        const QString slug = workspaceWith({{QStringLiteral("actor@x.org"), WorkspaceRole::Admin},
                                            {QStringLiteral("other@x.org"), WorkspaceRole::Member}});
        const Actor admin = actorFor(QStringLiteral("actor@x.org"));
        const Actor member = actorFor(QStringLiteral("other@x.org"));
        QCOMPARE(
            service().addMember(member, slug, QStringLiteral("target@x.org"), QStringLiteral("guest")).error().code,
            ErrorCode::InsufficientRole);
        QCOMPARE(service().addMember(admin, slug, QStringLiteral("target@x.org"), QStringLiteral("owner")).error().code,
                 ErrorCode::InsufficientRole);
        QCOMPARE(service().addMember(admin, slug, QStringLiteral("nobody@x.org"), QStringLiteral("guest")).error().code,
                 ErrorCode::NotFound);
        QCOMPARE(service().addMember(admin, slug, QStringLiteral("target@x.org"), QStringLiteral("boss")).error().code,
                 ErrorCode::InvalidRequest);
        const Result<Membership> added
            = service().addMember(admin, slug, QStringLiteral("TARGET@x.org"), QStringLiteral("admin"));
        QVERIFY(added);
        QCOMPARE(added->record.email, QStringLiteral("target@x.org"));
        QCOMPARE(service().addMember(admin, slug, QStringLiteral("target@x.org"), QStringLiteral("guest")).error().code,
                 ErrorCode::AlreadyMember);
        QCOMPARE(service()
                     .addMember(actorFor(QStringLiteral("global@x.org")), slug, QStringLiteral("global@x.org"),
                                QStringLiteral("owner"))
                     ->record.role,
                 QStringLiteral("owner"));
    }

    void aWorkspaceOthersCannotSeeDoesNotExist()
    {
        const QString slug = workspaceWith({});
        const Actor outsider = actorFor(QStringLiteral("other@x.org"));
        const Error hidden = service().find(outsider, slug).error();
        const Error unknown = service().find(outsider, QStringLiteral("no-such-workspace")).error();
        QCOMPARE(hidden.code, ErrorCode::NotFound);
        QCOMPARE(hidden.code, unknown.code);
        QCOMPARE(hidden.message, unknown.message);
        const QString id = QString::number(service().find(Actor::local(QStringLiteral("t")), slug)->record.id);
        QCOMPARE(service().find(outsider, id).error().message, unknown.message);
        QCOMPARE(service().members(outsider, id, 0, 10).error().message, unknown.message);
        QCOMPARE(
            service().addMember(outsider, id, QStringLiteral("other@x.org"), QStringLiteral("owner")).error().message,
            unknown.message);
        QCOMPARE(service().remove(outsider, id).error().message, unknown.message);
        // workspaces.read sees every workspace, by id or slug.
        QVERIFY(service().find(actorFor(QStringLiteral("global@x.org")), id));
        QVERIFY(service().all(actorFor(QStringLiteral("global@x.org")), 0, 10));
        QCOMPARE(service().all(outsider, 0, 10).error().code, ErrorCode::InsufficientRole);
    }

    void creationSlugsAndPlans()
    {
        const Actor ada = actorFor(QStringLiteral("actor@x.org"));
        const Result<Workspace> mine = service().create(ada, {QStringLiteral("acme"), QStringLiteral(" Acme "), {}, 0});
        QVERIFY(mine);
        QCOMPARE(mine->record.plan, QStringLiteral("free")); // the first of workspaces.plans
        QCOMPARE(mine->record.name, QStringLiteral("Acme"));
        QCOMPARE(roleOf(QStringLiteral("acme"), QStringLiteral("actor@x.org")), std::optional(WorkspaceRole::Owner));
        QCOMPARE(service().create(ada, {QStringLiteral("acme"), QStringLiteral("Again"), {}, 0}).error().code,
                 ErrorCode::SlugTaken);
        for (const char *bad : {"A", "a", "Acme", "ac me", "ac_me", "acmé"})
            QCOMPARE(service().create(ada, {QString::fromUtf8(bad), QStringLiteral("X"), {}, 0}).error().code,
                     ErrorCode::InvalidRequest);
        QCOMPARE(service().create(ada, {QStringLiteral("ok-slug"), QStringLiteral("  "), {}, 0}).error().code,
                 ErrorCode::InvalidRequest);
        // The plan is the operator's.
        QCOMPARE(
            service().create(ada, {QStringLiteral("paid"), QStringLiteral("P"), QStringLiteral("pro"), 0}).error().code,
            ErrorCode::InsufficientRole);
        QCOMPARE(service().change(ada, QStringLiteral("acme"), {std::nullopt, QStringLiteral("pro")}).error().code,
                 ErrorCode::InsufficientRole);
        const Actor global = actorFor(QStringLiteral("global@x.org"));
        QCOMPARE(service().change(global, QStringLiteral("acme"), {std::nullopt, QStringLiteral("gold")}).error().code,
                 ErrorCode::InvalidRequest);
        QCOMPARE(service().change(global, QStringLiteral("acme"), {std::nullopt, QStringLiteral("pro")})->record.plan,
                 QStringLiteral("pro"));
        QCOMPARE(service().change(ada, QStringLiteral("acme"), {QStringLiteral("Acme Inc"), std::nullopt})->record.name,
                 QStringLiteral("Acme Inc"));
        // Self-service off: creating needs workspaces.write.
        QVERIFY(m_kw->backend().settingsService().change(
            Actor::local(QStringLiteral("t")), {{QStringLiteral("workspaces.self_service"), QStringLiteral("false")}}));
        QCOMPARE(service().create(ada, {QStringLiteral("second"), QStringLiteral("S"), {}, 0}).error().code,
                 ErrorCode::InsufficientRole);
        QVERIFY(
            service().create(global, {QStringLiteral("second"), QStringLiteral("S"), QStringLiteral("enterprise"), 0}));
    }

    void deletingAWorkspaceEndsItsSessionsAndKeepsTheCountersRight()
    {
        const ActivityFigures before = m_kw->backend().statistics().figures();
        const QString slug = workspaceWith({{QStringLiteral("actor@x.org"), WorkspaceRole::Admin},
                                            {QStringLiteral("target@x.org"), WorkspaceRole::Member}});
        const QString other = workspaceWith({{QStringLiteral("target@x.org"), WorkspaceRole::Member}});
        const QString inside = sessionIn(QStringLiteral("target@x.org"), slug);
        const QString elsewhere = sessionIn(QStringLiteral("target@x.org"), other);
        QCOMPARE(service().remove(actorFor(QStringLiteral("actor@x.org")), slug).error().code,
                 ErrorCode::InsufficientRole); // admins do not delete
        QVERIFY(service().remove(actorFor(QStringLiteral("keeper@x.org")), slug));
        QVERIFY(sessionEnded(inside));
        QVERIFY(!sessionEnded(elsewhere));
        QCOMPARE(service().membershipOf(idOf(QStringLiteral("target@x.org")), slug).error().code, ErrorCode::NotFound);
        // Counters: one workspace more (other) with keeper and target; deleting a user takes theirs.
        ActivityFigures figures = m_kw->backend().statistics().figures();
        QCOMPARE(figures.workspaces, before.workspaces + 1);
        QCOMPARE(figures.memberships, before.memberships + 2);
        const qint64 targetMemberships = qint64(service().workspacesOf(idOf(QStringLiteral("target@x.org"))).size());
        QVERIFY(m_kw->backend().accounts().remove(Actor::local(QStringLiteral("t")), QStringLiteral("target@x.org")));
        figures = m_kw->backend().statistics().figures();
        QCOMPARE(figures.memberships, before.memberships + 2 - targetMemberships);
        m_kw->createUser(QStringLiteral("target@x.org")); // for the cases after this one
    }
};

QTEST_GUILESS_MAIN(TestWorkspaces)
#include "tst_workspaces.moc"
