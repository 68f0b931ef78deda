// SPDX-License-Identifier: GPL-3.0-or-later
// The counters table: figures kept up to date by the writes that change them, so the dashboard
// and /metrics read a few rows instead of counting tables of a million rows.
//   - totals (bucket 0): users, workspaces, memberships; live sessions (a gauge housekeeping re-counts, see
//   Statistics);
//   - events per minute (bucket = the minute's first second): logins, failed logins, reuse
//     detections; a day of buckets is kept.
// Every change is one upsert in the caller's transaction, so a figure commits or rolls back with
// the change it counts.
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace keyward {

namespace Counter {
inline constexpr const char *kUsers = "users";
inline constexpr const char *kActiveSessions = "sessions.active";
inline constexpr const char *kWorkspaces = "workspaces";
inline constexpr const char *kMemberships = "memberships";
inline constexpr const char *kLoginsSucceeded = "logins.succeeded";
inline constexpr const char *kLoginsFailed = "logins.failed";
inline constexpr const char *kReusesDetected = "refresh.reuse_detected";
} // namespace Counter

class CounterStore {
public:
    explicit CounterStore(QSqlDatabase db);

    void add(const char *name, qint64 delta, qint64 bucket = 0);
    void set(const char *name, qint64 value, qint64 bucket = 0);
    qint64 value(const char *name, qint64 bucket = 0);
    // The sum of a per-minute counter's buckets from `fromBucket` on.
    qint64 sumSince(const char *name, qint64 fromBucket);
    // Drops per-minute buckets before `bucket` (totals, bucket 0, stay).
    int purgeBucketsBefore(qint64 bucket);

    static qint64 minuteOf(qint64 epochSeconds) { return epochSeconds - epochSeconds % 60; }

private:
    // Inserts (name, bucket) with value, or on conflict sets value to the onConflict expression.
    void upsert(const char *name, qint64 value, qint64 bucket, const char *onConflict);

    QSqlDatabase m_db;
};

} // namespace keyward
