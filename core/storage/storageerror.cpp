// SPDX-License-Identifier: GPL-3.0-or-later
#include "storageerror.h"

namespace keyward {

StorageError::StorageError(Kind kind, const QString &message) : std::runtime_error(message.toStdString()), m_kind(kind)
{ }

} // namespace keyward
