// SPDX-License-Identifier: GPL-3.0-or-later
// Deleting a lot in short transactions: a purge runs batch after batch (each its own statement,
// so no lock is held long) until a batch comes back short or the run's allowance is spent.
#pragma once

#include <functional>

namespace keyward {

// deleteBatch(size) deletes at most `size` rows and gives how many it deleted.
inline int purgeInBatches(int batchSize, int maxBatches, const std::function<int(int)> &deleteBatch)
{
    int purged = 0;
    for (int batch = 0; batch < maxBatches; ++batch) {
        const int deleted = deleteBatch(batchSize);
        purged += deleted;
        if (deleted < batchSize)
            break;
    }
    return purged;
}

} // namespace keyward
