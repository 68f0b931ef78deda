// SPDX-License-Identifier: GPL-3.0-or-later
// How many connections are open, in all and per client address, across every request thread
// of one API server: the process-wide cap and the per-address cap (one client holding many
// silent connections must not shut everyone else out).
//
// Threads: every worker's GuardedTcpServer calls it; a mutex guards the map for the few
// operations per connection (never per request).
#pragma once

#include <QHash>
#include <QMutex>
#include <QString>

namespace keyward {

class ConnectionCounts {
public:
    enum class Verdict { Open, TooManyInAll, TooManyFromAddress };

    // Counts the connection in when both caps allow it. perAddress <= 0: no per-address cap.
    Verdict tryOpen(const QString &address, int total, int perAddress);
    void close(const QString &address);
    int openFrom(const QString &address);

private:
    QMutex m_mutex;
    int m_total = 0;
    QHash<QString, int> m_perAddress;
};

} // namespace keyward
