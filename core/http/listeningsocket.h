// SPDX-License-Identifier: GPL-3.0-or-later
// Listening sockets that several threads share (SO_REUSEPORT): each request thread binds its
// own server to the same address and port, and the kernel spreads connections among them.
#pragma once

#include "common/result.h"

#include <QHostAddress>

namespace keyward::ListeningSocket {

// A plain bind first: SO_REUSEPORT would let this process share a port another process already
// serves, and "address in use" must be an error. Gives the port (the chosen one for 0).
Result<quint16> probePort(const QHostAddress &address, quint16 port);
// A listening descriptor with SO_REUSEPORT on address:port.
Result<qintptr> reusePort(const QHostAddress &address, quint16 port);
quint16 boundPort(qintptr fd);

} // namespace keyward::ListeningSocket
