// SPDX-License-Identifier: GPL-3.0-or-later
#include "routetable.h"

#include <QStringList>

#include <unordered_map>

namespace keyward {

namespace {

bool isParameter(QStringView segment)
{
    return segment.size() > 2 && segment.startsWith(QLatin1Char('{')) && segment.endsWith(QLatin1Char('}'));
}

QByteArray allowHeader(const std::array<int, size_t(HttpMethod::Count)> &routes)
{
    static const std::array<const char *, size_t(HttpMethod::Count)> names{"GET", "POST", "PUT", "PATCH", "DELETE"};
    QByteArrayList allowed;
    for (size_t method = 0; method < routes.size(); ++method) {
        if (routes[method] >= 0) {
            allowed << names[method];
            if (HttpMethod(method) == HttpMethod::Get)
                allowed << "HEAD";
        }
    }
    allowed << "OPTIONS";
    return allowed.join(", ");
}

} // namespace

std::optional<HttpMethod> httpMethodOf(const QByteArray &name)
{
    if (name == "GET" || name == "HEAD")
        return HttpMethod::Get;
    if (name == "POST")
        return HttpMethod::Post;
    if (name == "PUT")
        return HttpMethod::Put;
    if (name == "PATCH")
        return HttpMethod::Patch;
    if (name == "DELETE")
        return HttpMethod::Delete;
    return std::nullopt;
}

struct RouteTable::Node {
    std::unordered_map<QString, std::unique_ptr<Node>> literal;
    std::unique_ptr<Node> parameter;
    QString parameterName;
    PathEntry *entry = nullptr;
};

RouteTable::RouteTable() : m_tree(std::make_unique<Node>())
{ }

RouteTable::~RouteTable() = default;

RouteTable::PathEntry *RouteTable::newEntry(const QString &pattern)
{
    m_paths.push_back(std::make_unique<PathEntry>());
    PathEntry *entry = m_paths.back().get();
    entry->pattern = pattern;
    entry->index = int(m_paths.size()) - 1;
    return entry;
}

RouteTable::PathEntry *RouteTable::entryFor(const QString &pattern)
{
    if (!pattern.contains(QLatin1Char('{'))) {
        PathEntry *&entry = m_literal[pattern];
        if (!entry)
            entry = newEntry(pattern);
        return entry;
    }
    Node *node = m_tree.get();
    for (const QString &segment : pattern.split(QLatin1Char('/'))) {
        if (isParameter(segment)) {
            if (!node->parameter) {
                node->parameter = std::make_unique<Node>();
                node->parameterName = segment.mid(1, segment.size() - 2);
            }
            node = node->parameter.get();
        } else {
            std::unique_ptr<Node> &child = node->literal[segment];
            if (!child)
                child = std::make_unique<Node>();
            node = child.get();
        }
    }
    if (!node->entry)
        node->entry = newEntry(pattern);
    return node->entry;
}

bool RouteTable::add(const QByteArray &method, const QString &pattern, int index)
{
    const auto known = httpMethodOf(method);
    if (!known || method == "HEAD")
        return false;
    PathEntry *entry = entryFor(pattern);
    int &slot = entry->routeByMethod[size_t(*known)];
    if (slot >= 0)
        return false;
    slot = index;
    entry->allow = allowHeader(entry->routeByMethod);
    return true;
}

RouteTable::Match RouteTable::find(const QByteArray &method, const QString &path) const
{
    Match match;
    if (const auto literal = m_literal.constFind(path); literal != m_literal.cend()) {
        match.path = *literal;
    } else {
        const Node *node = m_tree.get();
        for (const QStringView segment : QStringView(path).split(QLatin1Char('/'))) {
            const auto child = node->literal.find(segment.toString());
            if (child != node->literal.end()) {
                node = child->second.get();
            } else if (node->parameter && !segment.isEmpty()) {
                match.parameters.insert(node->parameterName, segment.toString());
                node = node->parameter.get();
            } else {
                return {};
            }
        }
        if (!node->entry)
            return {};
        match.path = node->entry;
    }
    if (const auto known = httpMethodOf(method))
        match.route = match.path->routeByMethod[size_t(*known)];
    return match;
}

} // namespace keyward
