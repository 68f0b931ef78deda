// SPDX-License-Identifier: GPL-3.0-or-later
// The throwaway PostgreSQL cluster of the `postgres` CTest label. When KEYWARD_TEST_POSTGRES
// names a started cluster's directory (tests/checks/postgres-cluster.sh), TestDatabase and
// TestInstallation put their data in a fresh PostgreSQL database instead of a SQLite file, so
// the same test executables cover both dialects.
#pragma once

#include <QString>

namespace keyward {

class TestPostgres {
public:
    static bool enabled();
    static QString clusterDir();
    // The superuser URL of the cluster's maintenance database.
    static QString adminUrl();
};

// An empty database in the cluster, dropped (with its connections) on destruction.
class ScratchPostgresDatabase {
public:
    ScratchPostgresDatabase();
    ~ScratchPostgresDatabase();
    ScratchPostgresDatabase(const ScratchPostgresDatabase &) = delete;
    ScratchPostgresDatabase &operator=(const ScratchPostgresDatabase &) = delete;

    QString url() const { return m_url; }
    QString name() const { return m_name; }

private:
    QString m_name;
    QString m_url;
};

} // namespace keyward
