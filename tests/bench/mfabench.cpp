// SPDX-License-Identifier: GPL-3.0-or-later
// keyward-bench-mfa: what strong sign-in costs, measured on a real server (127.0.0.1, SQLite,
// default Argon2id, two request threads) by clients on the same machine, in one run:
//   passkey sign-ins/s   POST /auth/passkeys/options, an ES256 assertion made by the client
//                        (SoftAuthenticator), POST /auth/login/passkey → token pair
//   password sign-ins/s  POST /auth/login → token pair
//   TOTP step            p50/p90 of POST /auth/login/mfa with a right code, beside the password
//                        step's own p50 (sequential requests: latency, not throughput)
// Usage: keyward-bench-mfa [SECONDS_PER_PHASE [passkeys]] (default 10; "passkeys": that phase only,
// e.g. under a profiler). Loopback only, bounded in time.
#include "softauthenticator.h"
#include "testserver.h"

#include "auth/totp.h"
#include "crypto/base32.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <ctime>
#include <functional>
#include <memory>
#include <vector>

using namespace keyward;

namespace {

const QString kRpId = QStringLiteral("keyward.test");
const QString kOrigin = QStringLiteral("https://keyward.test");
constexpr int kClients = 4;
constexpr int kPasskeyUsersPerClient = 16;
constexpr int kTotpUsers = 100;

// HTTP/1.1 with keep-alive on one connection, blocking: one per client thread.
class KeepAliveClient {
public:
    explicit KeepAliveClient(quint16 port)
    {
        m_socket.connectToHost(QStringLiteral("127.0.0.1"), port);
        if (!m_socket.waitForConnected(5000))
            qFatal("cannot connect to the server");
    }

    // The status and the JSON body of a POST.
    QPair<int, QJsonObject> postJson(const QByteArray &path, const QJsonObject &body)
    {
        const QByteArray payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
        m_socket.write("POST " + path
                       + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                         "Content-Length: "
                       + QByteArray::number(payload.size()) + "\r\n\r\n" + payload);
        QByteArray head;
        while (!head.contains("\r\n\r\n")) {
            if (!m_socket.waitForReadyRead(10000))
                qFatal("the server did not answer %s", path.constData());
            head += m_socket.readAll();
        }
        const qsizetype end = head.indexOf("\r\n\r\n") + 4;
        QByteArray rest = head.mid(end);
        head.truncate(end);
        const int status = head.mid(9, 3).toInt();
        qsizetype length = 0;
        for (const QByteArray &line : head.split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        while (rest.size() < length) {
            if (!m_socket.waitForReadyRead(10000))
                qFatal("a body stopped short");
            rest += m_socket.readAll();
        }
        return {status, QJsonDocument::fromJson(rest.left(length)).object()};
    }

private:
    QTcpSocket m_socket;
};

struct Percentiles {
    double p50 = 0;
    double p90 = 0;
};

Percentiles percentiles(std::vector<double> samples)
{
    std::sort(samples.begin(), samples.end());
    return {samples[samples.size() / 2], samples[size_t(double(samples.size()) * 0.9)]};
}

QJsonObject credentials(const QString &email)
{
    return {{QStringLiteral("email"), email}, {QStringLiteral("password"), TestServer::defaultPassword()}};
}

double cpuSeconds(clockid_t clock)
{
    timespec now{};
    clock_gettime(clock, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

// A phase's result: sign-ins per second end to end, and the server's own CPU time per sign-in
// (the process's CPU time less the client threads'), which says what the server alone could do.
struct Throughput {
    double perSecond = 0;
    double serverCpuMicroseconds = 0;
    double clientCpuMicroseconds = 0;

    double serverCapacity() const { return double(QThread::idealThreadCount()) * 1e6 / serverCpuMicroseconds; }
};

// Runs `signIn` on kClients threads for `seconds`.
Throughput throughput(double seconds, quint16 port, const std::function<bool(KeepAliveClient &, int, qint64)> &signIn)
{
    std::atomic<qint64> done{0};
    std::atomic<bool> failed{false};
    std::vector<double> clientCpu(kClients, 0.0);
    const double processCpuBefore = cpuSeconds(CLOCK_PROCESS_CPUTIME_ID);
    QElapsedTimer timer;
    timer.start();
    std::vector<std::unique_ptr<QThread>> threads;
    for (int client = 0; client < kClients; ++client) {
        threads.emplace_back(QThread::create([&, client] {
            KeepAliveClient http(port);
            for (qint64 i = 0; timer.nsecsElapsed() < qint64(seconds * 1e9); ++i) {
                if (!signIn(http, client, i)) {
                    failed = true;
                    break;
                }
                ++done;
            }
            clientCpu[size_t(client)] = cpuSeconds(CLOCK_THREAD_CPUTIME_ID);
        }));
        threads.back()->start();
    }
    for (auto &thread : threads)
        thread->wait();
    if (failed)
        qFatal("a sign-in failed during the benchmark");
    const double elapsed = double(timer.nsecsElapsed()) / 1e9;
    double serverCpu = cpuSeconds(CLOCK_PROCESS_CPUTIME_ID) - processCpuBefore;
    double clientsCpu = 0;
    for (const double cpu : clientCpu)
        clientsCpu += cpu;
    serverCpu -= clientsCpu;
    return {double(done) / elapsed, serverCpu * 1e6 / double(done), clientsCpu * 1e6 / double(done)};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const double seconds = argc > 1 ? QString::fromLocal8Bit(argv[1]).toDouble() : 10.0;
    const bool passkeysOnly = argc > 2 && QString::fromLocal8Bit(argv[2]) == QLatin1String("passkeys");
    QTextStream out(stdout);
    // Argon2id at the defaults (the test installation lowers them to keep tests quick).
    TestServer server({{QStringLiteral("webauthn.rp_id"), kRpId},
                       {QStringLiteral("passwords.argon2_ops"), QStringLiteral("2")},
                       {QStringLiteral("passwords.argon2_memory_kib"), QStringLiteral("19456")},
                       {QStringLiteral("webauthn.origins"), kOrigin},
                       {QStringLiteral("server.access_log"), QStringLiteral("off")}},
                      2);

    // Users with a passkey each (per client thread), users with a password only, users with an app.
    std::vector<std::vector<std::unique_ptr<SoftAuthenticator>>> passkeys(kClients);
    for (int client = 0; client < kClients; ++client) {
        for (int i = 0; i < kPasskeyUsersPerClient; ++i) {
            const QString email = QStringLiteral("passkey-%1-%2@bench.test").arg(client).arg(i);
            server.createUser(email);
            const QByteArray token = server.accessToken(email);
            auto authenticator = std::make_unique<SoftAuthenticator>(kRpId, kOrigin);
            const QJsonObject options
                = server.postJson(QStringLiteral("/auth/passkeys/register/options"), {}, token).json();
            const TestReply added
                = server.postJson(QStringLiteral("/auth/passkeys"),
                                  {{QStringLiteral("challenge_id"), options.value(QStringLiteral("challenge_id"))},
                                   {QStringLiteral("credential"),
                                    authenticator->create(options.value(QStringLiteral("publicKey")).toObject())}},
                                  token);
            if (added.status != 201)
                qFatal("cannot register a passkey: %s", added.body.constData());
            passkeys[size_t(client)].push_back(std::move(authenticator));
        }
        server.createUser(QStringLiteral("password-%1@bench.test").arg(client));
    }
    std::vector<QByteArray> totpSecrets;
    for (int i = 0; i < kTotpUsers; ++i) {
        const QString email = QStringLiteral("totp-%1@bench.test").arg(i);
        server.createUser(email);
        const QByteArray token = server.accessToken(email);
        const QJsonObject enrolment = server.postJson(QStringLiteral("/auth/totp"), {}, token).json();
        const QByteArray secret = Base32::decode(enrolment.value(QStringLiteral("secret")).toString()).value();
        server.postJson(QStringLiteral("/auth/totp/confirm"),
                        {{QStringLiteral("enrolment_id"), enrolment.value(QStringLiteral("enrolment_id"))},
                         {QStringLiteral("code"), Totp::codeAt(secret, Totp::stepAt(server.clock().nowSecs()))}},
                        token);
        totpSecrets.push_back(secret);
    }
    server.clock().advance(Totp::kPeriodSeconds); // the enrolment's code is used: the next step's works

    const Throughput passkey = throughput(seconds, server.port(), [&](KeepAliveClient &http, int client, qint64 i) {
        SoftAuthenticator &authenticator = *passkeys[size_t(client)][size_t(i % kPasskeyUsersPerClient)];
        const auto options = http.postJson("/auth/passkeys/options", {});
        const auto signedIn
            = http.postJson("/auth/login/passkey",
                            {{QStringLiteral("challenge_id"), options.second.value(QStringLiteral("challenge_id"))},
                             {QStringLiteral("credential"),
                              authenticator.get(options.second.value(QStringLiteral("publicKey")).toObject())}});
        return options.first == 200 && signedIn.first == 200;
    });
    if (passkeysOnly) {
        out << QStringLiteral("passkey sign-ins/s   %1  server CPU %2 us, client CPU %3 us per sign-in\n")
                   .arg(passkey.perSecond, 0, 'f', 0)
                   .arg(passkey.serverCpuMicroseconds, 0, 'f', 0)
                   .arg(passkey.clientCpuMicroseconds, 0, 'f', 0);
        return 0;
    }
    const Throughput password = throughput(seconds, server.port(), [&](KeepAliveClient &http, int client, qint64) {
        return http.postJson("/auth/login", credentials(QStringLiteral("password-%1@bench.test").arg(client))).first
            == 200;
    });

    // Latency, one request at a time: the password step, then the app's code.
    KeepAliveClient http(server.port());
    std::vector<double> passwordStep;
    std::vector<double> codeStep;
    std::vector<double> bareRequest;
    for (int i = 0; i < kTotpUsers; ++i) {
        QElapsedTimer timer;
        // What a request that writes nothing costs here (passkey options): the floor of the others.
        timer.start();
        http.postJson("/auth/passkeys/options", {});
        bareRequest.push_back(double(timer.nsecsElapsed()) / 1e6);
        timer.restart();
        const auto first = http.postJson("/auth/login", credentials(QStringLiteral("totp-%1@bench.test").arg(i)));
        passwordStep.push_back(double(timer.nsecsElapsed()) / 1e6);
        const QString code = Totp::codeAt(totpSecrets[size_t(i)], Totp::stepAt(server.clock().nowSecs()));
        timer.restart();
        const auto second
            = http.postJson("/auth/login/mfa",
                            {{QStringLiteral("mfa_token"), first.second.value(QStringLiteral("mfa_token"))},
                             {QStringLiteral("code"), code}});
        codeStep.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (first.first != 200 || second.first != 200)
            qFatal("a TOTP sign-in failed: %d %d", first.first, second.first);
    }
    const Percentiles passwordLatency = percentiles(passwordStep);
    const Percentiles code = percentiles(codeStep);
    const Percentiles bare = percentiles(bareRequest);

    out << "keyward-bench-mfa on " << QThread::idealThreadCount() << " cores, " << kClients
        << " client threads and 2 server threads sharing them, SQLite, " << seconds << " s per phase\n";
    out << QStringLiteral("passkey sign-ins/s   %1  (options + assertion made and verified + token pair)\n")
               .arg(passkey.perSecond, 0, 'f', 0);
    out << QStringLiteral("  server CPU per passkey sign-in %1 us: the server alone could do %2/s on these cores\n")
               .arg(passkey.serverCpuMicroseconds, 0, 'f', 0)
               .arg(passkey.serverCapacity(), 0, 'f', 0);
    out << QStringLiteral("password sign-ins/s  %1  (Argon2id at the defaults + token pair)\n")
               .arg(password.perSecond, 0, 'f', 1);
    out << QStringLiteral("  server CPU per password sign-in %1 us: %2/s on these cores\n")
               .arg(password.serverCpuMicroseconds, 0, 'f', 0)
               .arg(password.serverCapacity(), 0, 'f', 0);
    out << QStringLiteral("ratio passkey/password  %1x end to end, %2x in server CPU\n")
               .arg(passkey.perSecond / password.perSecond, 0, 'f', 1)
               .arg(password.serverCpuMicroseconds / passkey.serverCpuMicroseconds, 0, 'f', 1);
    out << QStringLiteral("password step  p50 %1 ms  p90 %2 ms\n")
               .arg(passwordLatency.p50, 0, 'f', 2)
               .arg(passwordLatency.p90, 0, 'f', 2);
    out << QStringLiteral("TOTP step      p50 %1 ms  p90 %2 ms  (added to the password step)\n")
               .arg(code.p50, 0, 'f', 2)
               .arg(code.p90, 0, 'f', 2);
    out << QStringLiteral("a request that writes nothing (passkey options)  p50 %1 ms  p90 %2 ms\n")
               .arg(bare.p50, 0, 'f', 2)
               .arg(bare.p90, 0, 'f', 2);
    return 0;
}
