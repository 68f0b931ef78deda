// SPDX-License-Identifier: GPL-3.0-or-later
// The time source every service asks, so tests can move time by hand.
#pragma once

#include <QDateTime>
#include <QMutex>

namespace keyward {

class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    qint64 nowSecs() const { return now().toSecsSinceEpoch(); }
};

class SystemClock final : public Clock {
public:
    QDateTime now() const override;
};

// A clock that only moves when told to; thread-safe so server threads can share it.
class ManualClock final : public Clock {
public:
    explicit ManualClock(QDateTime start);
    QDateTime now() const override;
    void set(QDateTime time);
    void advance(qint64 seconds);

private:
    mutable QMutex m_mutex;
    QDateTime m_now;
};

} // namespace keyward
