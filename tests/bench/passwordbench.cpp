// SPDX-License-Identifier: GPL-3.0-or-later
// keyward-bench-passwords: how long password hashing takes on this machine.
// Prints the median and p90 of Argon2id hash and verify at the default settings, and of an
// imported bcrypt (cost 10) verification, each over a fixed number of runs on one core.
#include "crypto/passwordhasher.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <functional>
#include <vector>

namespace {

struct Timing {
    double medianMs;
    double p90Ms;
};

Timing measure(int runs, const std::function<void()> &work)
{
    std::vector<double> samples;
    work(); // warm-up: page in the memory Argon2id uses
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        samples.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(samples.begin(), samples.end());
    return {samples[samples.size() / 2], samples[size_t(double(samples.size()) * 0.9)]};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 40;
    QTextStream out(stdout);
    const keyward::PasswordHasher hasher; // the defaults: t=2, m=19 MiB
    const QString password = QStringLiteral("correct horse battery staple");
    const QString argon = hasher.hash(password);
    // Any bcrypt hash at cost 10: verification costs the same whether or not it matches.
    const QString bcrypt = QStringLiteral("$2b$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy");

    out << "cores: " << QThread::idealThreadCount() << ", runs per row: " << runs << Qt::endl;
    const auto row = [&out](const char *name, Timing timing) {
        out << QString::fromLatin1(name).leftJustified(36) << " median " << QString::number(timing.medianMs, 'f', 2)
            << " ms   p90 " << QString::number(timing.p90Ms, 'f', 2) << " ms   ("
            << QString::number(1000.0 / timing.medianMs, 'f', 1) << "/s per core)" << Qt::endl;
    };
    row("argon2id hash (t=2, m=19 MiB)", measure(runs, [&] { hasher.hash(password); }));
    row("argon2id verify (t=2, m=19 MiB)", measure(runs, [&] { hasher.verify(password, argon); }));
    row("bcrypt verify (cost 10, imported)", measure(runs, [&] { hasher.verify(password, bcrypt); }));
    return 0;
}
