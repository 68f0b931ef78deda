// SPDX-License-Identifier: GPL-3.0-or-later
// keyward-bench-tokens: JWS sign and verify throughput on one core, per algorithm, beside
// `openssl speed` for the same curve or key size on the same machine, in one run.
//   sign/s         SigningKey::sign over a typical access token's signing input
//   verify/s cold  the full verifier (parse, header rules, signature, claims), no cache
//   verify/s cache TokenService::verify on a token it has seen (SHA-256 + claims + revocation)
#include "auth/accountservice.h"
#include "auth/keyservice.h"
#include "auth/tokenservice.h"
#include "backend/backend.h"
#include "common/clock.h"
#include "crypto/jwtverifier.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <functional>

using namespace keyward;

namespace {

double perSecond(double seconds, const std::function<void()> &operation)
{
    QElapsedTimer timer;
    qint64 count = 0;
    timer.start();
    while (timer.nsecsElapsed() < qint64(seconds * 1e9)) {
        for (int i = 0; i < 64; ++i)
            operation();
        count += 64;
    }
    return double(count) / (double(timer.nsecsElapsed()) / 1e9);
}

// sign/s and verify/s that `openssl speed` reports for one algorithm.
QPair<double, double> opensslSpeed(const QString &algorithm, const QString &linePattern)
{
    QProcess process;
    process.start(QStringLiteral("openssl"),
                  {QStringLiteral("speed"), QStringLiteral("-seconds"), QStringLiteral("2"), algorithm});
    process.waitForFinished(120000);
    const QString output = QString::fromUtf8(process.readAllStandardOutput());
    const QRegularExpression line(linePattern + QStringLiteral(".*\\s([0-9.]+)\\s+([0-9.]+)\\s*$"),
                                  QRegularExpression::MultilineOption);
    const auto match = line.match(output);
    if (!match.hasMatch())
        return {0, 0};
    return {match.captured(1).toDouble(), match.captured(2).toDouble()};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const double seconds = argc > 1 ? QString::fromLocal8Bit(argv[1]).toDouble() : 2.0;
    QTextStream out(stdout);
    QTemporaryDir dir;
    BackendOptions options;
    options.data.dataDir = dir.path();
    options.environment = QProcessEnvironment();
    options.environment.insert(QStringLiteral("KEYWARD_MASTER_KEY"),
                               QString::fromLatin1(QByteArray(32, 'b').toBase64()));
    auto backend = Backend::open(options).value();
    if (!backend->startTokens())
        return 1;
    const Actor local = Actor::local(QStringLiteral("bench"));
    const User user = backend->accounts()
                          .create(local,
                                  {QStringLiteral("bench@example.org"),
                                   {},
                                   {QStringLiteral("manager")},
                                   QStringLiteral("a sturdy passphrase"),
                                   {}})
                          .value();

    out << "cores: " << QThread::idealThreadCount() << " (one used), seconds per figure: " << seconds << Qt::endl;
    out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7")
               .arg(QStringLiteral("alg"), -6)
               .arg(QStringLiteral("sign/s"), 10)
               .arg(QStringLiteral("openssl"), 10)
               .arg(QStringLiteral("verify/s"), 10)
               .arg(QStringLiteral("openssl"), 10)
               .arg(QStringLiteral("ratio"), 6)
               .arg(QStringLiteral("cached/s"), 11)
        << Qt::endl;
    const struct {
        JwsAlgorithm algorithm;
        const char *speedName;
        const char *speedLine;
    } rows[] = {{JwsAlgorithm::ES256, "ecdsap256", "256 bits ecdsa \\(nistp256\\)"},
                {JwsAlgorithm::EdDSA, "ed25519", "253 bits EdDSA \\(Ed25519\\)"},
                {JwsAlgorithm::RS256, "rsa2048", "rsa 2048 bits"}};
    for (const auto &row : rows) {
        if (!backend->keys().rotate(local, row.algorithm, RotationTiming::Now))
            return 1;
        const QByteArray token = backend->tokens().issue(user, 900, QStringLiteral("bench-session")).value().token;
        const ActiveKey active = backend->keys().activeKey().value();
        const QByteArray input = token.left(token.lastIndexOf('.'));
        const double sign = perSecond(seconds, [&] { active.key.sign(input); });
        const JwtVerifier cold([&](const QString &) { return std::optional(active.key); },
                               {backend->tokens().issuer(), backend->tokens().audience(), 30});
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const double verify = perSecond(seconds, [&] { cold.verify(token, now); });
        if (!backend->tokens().verify(token).valid()) // now cached
            return 1;
        const double cached = perSecond(seconds, [&] { backend->tokens().verify(token); });
        const auto [opensslSign, opensslVerify]
            = opensslSpeed(QString::fromLatin1(row.speedName), QString::fromLatin1(row.speedLine));
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7")
                   .arg(algorithmName(row.algorithm), -6)
                   .arg(sign, 10, 'f', 0)
                   .arg(opensslSign, 10, 'f', 0)
                   .arg(verify, 10, 'f', 0)
                   .arg(opensslVerify, 10, 'f', 0)
                   .arg(opensslVerify > 0 ? verify / opensslVerify : 0, 6, 'f', 2)
                   .arg(cached, 11, 'f', 0)
            << "   sign ratio " << QString::number(opensslSign > 0 ? sign / opensslSign : 0, 'f', 2) << Qt::endl;
    }
    return 0;
}
