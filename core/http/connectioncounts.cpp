// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectioncounts.h"

#include <QMutexLocker>

namespace keyward {

ConnectionCounts::Verdict ConnectionCounts::tryOpen(const QString &address, int total, int perAddress)
{
    QMutexLocker lock(&m_mutex);
    if (m_total >= total)
        return Verdict::TooManyInAll;
    int &fromAddress = m_perAddress[address];
    if (perAddress > 0 && fromAddress >= perAddress) {
        if (fromAddress == 0)
            m_perAddress.remove(address);
        return Verdict::TooManyFromAddress;
    }
    ++fromAddress;
    ++m_total;
    return Verdict::Open;
}

void ConnectionCounts::close(const QString &address)
{
    QMutexLocker lock(&m_mutex);
    --m_total;
    const auto it = m_perAddress.find(address);
    if (it != m_perAddress.end() && --it.value() <= 0)
        m_perAddress.erase(it);
}

int ConnectionCounts::openFrom(const QString &address)
{
    QMutexLocker lock(&m_mutex);
    return m_perAddress.value(address);
}

} // namespace keyward
