// Admission for password hashing. Argon2id costs ~18 ms of one core; unbounded, a login flood
// would occupy every request thread and stall token verification. At most `slots` hashes run
// at once (one thread is always left for other requests); a request that cannot get a slot
// soon is answered 503 with Retry-After instead of queueing without bound.
#pragma once

#include <QSemaphore>

#include <optional>

namespace keyward {

class HashingGate {
public:
    class Ticket {
    public:
        explicit Ticket(QSemaphore *semaphore) : m_semaphore(semaphore) { }
        Ticket(Ticket &&other) noexcept : m_semaphore(std::exchange(other.m_semaphore, nullptr)) { }
        Ticket(const Ticket &) = delete;
        Ticket &operator=(const Ticket &) = delete;
        Ticket &operator=(Ticket &&) = delete;
        ~Ticket()
        {
            if (m_semaphore)
                m_semaphore->release();
        }

    private:
        QSemaphore *m_semaphore;
    };

    explicit HashingGate(int capacity) : m_slots(qMax(1, capacity)) { }

    // Throws ApiError 503 when no slot frees up within waitMs.
    Ticket enter(int waitMs = 100);

private:
    QSemaphore m_slots;
};

} // namespace keyward
