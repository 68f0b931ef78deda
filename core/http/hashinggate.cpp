#include "hashinggate.h"

#include "apierror.h"

namespace keyward {

HashingGate::Ticket HashingGate::enter(int waitMs)
{
    if (!m_slots.tryAcquire(1, waitMs))
        throw ApiError::unavailable(1, QStringLiteral("the server is busy checking passwords; try again shortly"));
    return Ticket(&m_slots);
}

} // namespace keyward
