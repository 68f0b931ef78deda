// Keyward's schema history: the migration steps from an empty database to today's schema.
#pragma once

#include "migrationrunner.h"

namespace keyward {

// Never edit a released step: add a new one. Fixture tests load old versions.
std::vector<Migration> schemaMigrations();

} // namespace keyward
