// SPDX-License-Identifier: GPL-3.0-or-later
#include "listeningsocket.h"

#include <QTcpServer>

#include <cstring>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace keyward::ListeningSocket {

Result<qintptr> reusePort(const QHostAddress &address, quint16 port)
{
    const bool v6 = address.protocol() == QAbstractSocket::IPv6Protocol;
    const int fd = ::socket(v6 ? AF_INET6 : AF_INET, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    const int on = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof(on));
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEPORT, &on, sizeof(on));
    int bound = -1;
    if (v6) {
        sockaddr_in6 addr{};
        addr.sin6_family = AF_INET6;
        addr.sin6_port = htons(port);
        const Q_IPV6ADDR raw = address.toIPv6Address();
        memcpy(&addr.sin6_addr, &raw, sizeof(raw));
        bound = ::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof(addr));
    } else {
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_port = htons(port);
        addr.sin_addr.s_addr = htonl(address.toIPv4Address());
        bound = ::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof(addr));
    }
    if (fd < 0 || bound != 0 || ::listen(fd, 1024) != 0) {
        if (fd >= 0)
            ::close(fd);
        return failure(ErrorCode::Listen, QStringLiteral("cannot listen on %1:%2").arg(address.toString()).arg(port));
    }
    return qintptr(fd);
}

Result<quint16> probePort(const QHostAddress &address, quint16 port)
{
    QTcpServer probe;
    if (!probe.listen(address, port))
        return failure(
            ErrorCode::Listen,
            QStringLiteral("cannot listen on %1:%2: %3").arg(address.toString()).arg(port).arg(probe.errorString()));
    return probe.serverPort();
}

quint16 boundPort(qintptr fd)
{
    sockaddr_storage addr{};
    socklen_t size = sizeof(addr);
    ::getsockname(int(fd), reinterpret_cast<sockaddr *>(&addr), &size);
    if (addr.ss_family == AF_INET6)
        return ntohs(reinterpret_cast<sockaddr_in6 *>(&addr)->sin6_port);
    return ntohs(reinterpret_cast<sockaddr_in *>(&addr)->sin_port);
}

} // namespace keyward::ListeningSocket
