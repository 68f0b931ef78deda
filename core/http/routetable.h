// SPDX-License-Identifier: GPL-3.0-or-later
// Finds the route for a method and path with one lookup and no scan: patterns are split once,
// when routes are added; literal paths sit in a hash, the few with {parameters} in a small
// segment tree. Each path knows its handler per method and its Allow header, so 404, 405 with
// Allow, HEAD (as GET) and OPTIONS all come from the same entry.
//
// Threads: built on one thread before serving; afterwards read-only, so any thread may look up.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringView>

#include <array>
#include <memory>
#include <optional>
#include <vector>

namespace keyward {

enum class HttpMethod { Get, Post, Put, Patch, Delete, Count };
std::optional<HttpMethod> httpMethodOf(const QByteArray &name); // HEAD is answered as GET

class RouteTable {
public:
    // Everything one path answers: the route index per method and the Allow header.
    struct PathEntry {
        QString pattern; // as registered, e.g. /admin/users/{id}; also the metrics label
        int index = 0; // 0 … pathCount() - 1, in registration order
        std::array<int, size_t(HttpMethod::Count)> routeByMethod;
        QByteArray allow; // "GET, HEAD, POST, OPTIONS"
        PathEntry() { routeByMethod.fill(-1); }
    };
    struct Match {
        const PathEntry *path = nullptr; // null: no such path (404)
        int route = -1; // -1 with a path: the method is not allowed (405)
        QHash<QString, QString> parameters;
    };

    RouteTable();
    ~RouteTable();
    RouteTable(const RouteTable &) = delete;
    RouteTable &operator=(const RouteTable &) = delete;

    // Registers route number `index` for method and pattern (segments in braces are parameters).
    // Returns false for a method the table does not know or a path registered twice for it.
    bool add(const QByteArray &method, const QString &pattern, int index);
    Match find(const QByteArray &method, const QString &path) const;
    // Every distinct path, in registration order (for metrics labels).
    int pathCount() const { return int(m_paths.size()); }
    const PathEntry &path(int index) const { return *m_paths[size_t(index)]; }

private:
    struct Node;
    PathEntry *entryFor(const QString &pattern);
    PathEntry *newEntry(const QString &pattern);

    std::vector<std::unique_ptr<PathEntry>> m_paths;
    QHash<QString, PathEntry *> m_literal;
    std::unique_ptr<Node> m_tree; // paths with parameters
};

} // namespace keyward
