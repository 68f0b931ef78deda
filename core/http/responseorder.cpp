// SPDX-License-Identifier: GPL-3.0-or-later
#include "responseorder.h"

#include <QTcpSocket>

namespace keyward {

ResponseOrder::ResponseOrder(QTcpSocket *socket) : QObject(socket), m_socket(socket)
{ }

ResponseOrder *ResponseOrder::of(QTcpSocket *socket)
{
    return socket->findChild<ResponseOrder *>(QString(), Qt::FindDirectChildrenOnly);
}

void ResponseOrder::fulfil(quint64 place, QByteArray answer, bool closeAfter, std::function<void()> closeWith)
{
    if (m_closed)
        return;
    m_waiting.emplace(place, Answer{std::move(answer), closeAfter, std::move(closeWith)});
    for (auto next = m_waiting.find(m_nextToWrite); next != m_waiting.end(); next = m_waiting.find(m_nextToWrite)) {
        m_socket->write(next->second.bytes);
        const bool close = next->second.closeAfter;
        const std::function<void()> closer = std::move(next->second.closeWith);
        m_waiting.erase(next);
        ++m_nextToWrite;
        if (close) {
            m_closed = true;
            m_waiting.clear();
            if (closer)
                closer();
            else
                m_socket->disconnectFromHost();
            return;
        }
    }
}

} // namespace keyward
