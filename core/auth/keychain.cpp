// SPDX-License-Identifier: GPL-3.0-or-later
#include "keychain.h"

#include "common/logging.h"

#include <QEventLoop>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace keyward {

namespace {

// Runs a job and waits for it at most timeoutMs. A job that times out is left to finish (or
// not) on its own and deletes itself; its late answer is ignored.
bool runJob(QKeychain::Job *job, int timeoutMs)
{
    job->setAutoDelete(true);
    QEventLoop loop;
    bool finished = false;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&finished, &loop] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    job->start();
    if (!finished)
        loop.exec();
    if (!finished)
        qCWarning(lcCrypto) << "the OS keychain did not answer within" << timeoutMs << "ms";
    return finished;
}

} // namespace

OsKeychain::OsKeychain(int timeoutMs) : m_timeoutMs(timeoutMs)
{ }

Keychain::Reading OsKeychain::read(const QString &service, const QString &account)
{
    auto *job = new QKeychain::ReadPasswordJob(service);
    job->setKey(account);
    Reading reading;
    QObject::connect(job, &QKeychain::Job::finished, job, [job, &reading] {
        if (job->error() == QKeychain::NoError) {
            reading = {Outcome::Found, job->binaryData()};
        } else if (job->error() == QKeychain::EntryNotFound) {
            reading.outcome = Outcome::NotFound;
        } else {
            qCInfo(lcCrypto).noquote() << "the OS keychain is not available:" << job->errorString();
        }
    });
    if (!runJob(job, m_timeoutMs))
        return {};
    return reading;
}

bool OsKeychain::write(const QString &service, const QString &account, const QByteArray &secret)
{
    auto *job = new QKeychain::WritePasswordJob(service);
    job->setKey(account);
    job->setBinaryData(secret);
    bool ok = false;
    QObject::connect(job, &QKeychain::Job::finished, job, [job, &ok] { ok = job->error() == QKeychain::NoError; });
    return runJob(job, m_timeoutMs) && ok;
}

} // namespace keyward
