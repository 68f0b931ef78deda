// SPDX-License-Identifier: GPL-3.0-or-later
#include "currentaccess.h"

#include "common/clock.h"
#include "rolegraph.h"
#include "storage/changeversionstore.h"
#include "storage/database.h"
#include "storage/userrolestore.h"
#include "storage/userstore.h"

#include <QMutexLocker>

namespace keyward {

CurrentAccess::CurrentAccess(Database &database, const Clock &clock)
    : m_database(database), m_versionCheck(clock, kVersionCheckMs)
{ }

CurrentAccess::~CurrentAccess() = default;

void CurrentAccess::invalidate()
{
    QMutexLocker lock(&m_mutex);
    m_snapshot.reset();
    ++m_generation;
}

void CurrentAccess::checkVersion()
{
    if (!m_versionCheck.claim()) // one thread checks; the others go on with what they have
        return;
    const qint64 version = ChangeVersion::current(m_database.connection(), ChangeFeed::Topic::Access);
    QMutexLocker lock(&m_mutex);
    if (m_snapshot && m_snapshot->version != version) {
        m_snapshot.reset();
        ++m_generation; // a snapshot being read meanwhile may predate the change: not kept
    }
}

std::shared_ptr<CurrentAccess::Snapshot> CurrentAccess::snapshot()
{
    checkVersion();
    {
        QMutexLocker lock(&m_mutex);
        if (m_snapshot)
            return m_snapshot;
    }
    // Read the version first: a change committed after it only makes the next check drop this.
    // One invalidated while it was read is not kept: it may predate the change.
    const quint64 generation = currentGeneration();
    const QSqlDatabase db = m_database.connection();
    auto fresh = std::make_shared<Snapshot>();
    fresh->version = ChangeVersion::current(db, ChangeFeed::Topic::Access);
    fresh->graph = std::make_shared<const RoleGraph>(RoleGraph::load(db));
    QMutexLocker lock(&m_mutex);
    if (generation != m_generation)
        return fresh;
    if (!m_snapshot)
        m_snapshot = fresh;
    return m_snapshot;
}

quint64 CurrentAccess::currentGeneration()
{
    QMutexLocker lock(&m_mutex);
    return m_generation;
}

std::shared_ptr<const RoleGraph> CurrentAccess::roleGraph()
{
    return snapshot()->graph;
}

std::optional<UserAccess> CurrentAccess::of(const QString &publicId)
{
    const std::shared_ptr<Snapshot> current = snapshot();
    {
        QMutexLocker lock(&m_mutex);
        if (const auto found = current->users.constFind(publicId); found != current->users.cend())
            return *found;
    }
    const QSqlDatabase db = m_database.connection();
    std::optional<UserAccess> access;
    if (const auto record = UserStore(db).findByPublicId(publicId))
        access = UserAccess{record->id, record->email, UserRoleStore(db).roleNamesOf(record->id), record->disabled};
    QMutexLocker lock(&m_mutex);
    // Filled into the snapshot it was read for: if that was dropped meanwhile, so is this. A
    // subject of no user is remembered too (until the next change), so junk costs one read.
    current->users.insert(publicId, access);
    return access;
}

} // namespace keyward
