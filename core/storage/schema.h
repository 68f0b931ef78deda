// SPDX-License-Identifier: GPL-3.0-or-later
// Keyward's schema history: the migration steps from an empty database to today's schema.
#pragma once

#include "migrationrunner.h"

namespace keyward {

// Never edit a released step: add a new one. Fixture tests load old versions.
std::vector<Migration> schemaMigrations();

struct SchemaTable {
    QString name;
    bool hasIdentity; // an ${ID} column named id, whose sequence follows copied rows
    QString selfReference = {}; // a column referring to this table's own id (roles.parent_id)
};
// Every table of today's schema, parents before children: the order to copy rows in (and,
// reversed, to delete them). A new migration that adds a table adds it here.
const std::vector<SchemaTable> &schemaTables();

} // namespace keyward
