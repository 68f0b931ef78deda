// SPDX-License-Identifier: GPL-3.0-or-later
#include "testdatabase.h"

#include "storage/schema.h"

namespace keyward {

TestDatabase::TestDatabase(bool migrate)
{
    if (TestPostgres::enabled())
        m_postgres = std::make_unique<ScratchPostgresDatabase>();
    m_database = std::make_unique<Database>(config());
    if (migrate)
        MigrationRunner(*m_database, schemaMigrations()).migrate();
}

QString TestDatabase::databaseUrl() const
{
    return m_postgres ? m_postgres->url() : QString();
}

DatabaseConfig TestDatabase::config() const
{
    if (m_postgres)
        return DatabaseConfig::fromUrl(m_postgres->url()).value();
    return DatabaseConfig::sqlite(path());
}

} // namespace keyward
