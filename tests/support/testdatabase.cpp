#include "testdatabase.h"

#include "storage/schema.h"

namespace keyward {

TestDatabase::TestDatabase(bool migrate)
{
    m_database = std::make_unique<Database>(DatabaseConfig::sqlite(path()));
    if (migrate)
        MigrationRunner(*m_database, schemaMigrations()).migrate();
}

} // namespace keyward
