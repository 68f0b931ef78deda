// SPDX-License-Identifier: GPL-3.0-or-later
#include "passwordworkpool.h"

namespace keyward {

PasswordWorkPool::PasswordWorkPool(int threads, int maxQueued) : m_maxQueued(qMax(1, maxQueued))
{
    m_pool.setMaxThreadCount(qMax(1, threads));
    m_pool.setExpiryTimeout(-1); // keep the threads (and their database connections)
}

PasswordWorkPool::~PasswordWorkPool()
{
    m_pool.waitForDone();
}

bool PasswordWorkPool::trySubmit(std::function<void()> work)
{
    if (m_pending.fetch_add(1) >= m_maxQueued) {
        m_pending.fetch_sub(1);
        return false;
    }
    m_pool.start([this, work = std::move(work)] {
        work();
        m_pending.fetch_sub(1);
    });
    return true;
}

void PasswordWorkPool::waitForDone()
{
    m_pool.waitForDone();
}

} // namespace keyward
