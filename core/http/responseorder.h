// SPDX-License-Identifier: GPL-3.0-or-later
// Answers on one connection leave in the order its requests came (HTTP/1.1 pipelining,
// RFC 9112 §9.3.2), although some are computed later, on the password pool: each request takes
// a place in line when it arrives, and an answer is written once every earlier one has been.
// After an answer that closes the connection nothing more is written.
//
// Threads: lives on the connection's thread as a child of its socket; every call comes from there.
#pragma once

#include <QByteArray>
#include <QObject>

#include <functional>
#include <map>

class QTcpSocket;

namespace keyward {

class ResponseOrder : public QObject {
    Q_OBJECT
public:
    explicit ResponseOrder(QTcpSocket *socket);
    static ResponseOrder *of(QTcpSocket *socket);

    quint64 reserve() { return m_issued++; }
    // The serialised answer for a place in line; closeAfter ends the connection after it, by
    // closeWith when given (a lingering close), else by disconnectFromHost().
    void fulfil(quint64 place, QByteArray answer, bool closeAfter, std::function<void()> closeWith = {});

private:
    struct Answer {
        QByteArray bytes;
        bool closeAfter = false;
        std::function<void()> closeWith;
    };

    QTcpSocket *m_socket;
    quint64 m_issued = 0;
    quint64 m_nextToWrite = 0;
    std::map<quint64, Answer> m_waiting; // computed, but an earlier answer is still owed
    bool m_closed = false;
};

} // namespace keyward
