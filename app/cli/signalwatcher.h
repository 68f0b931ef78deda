// SPDX-License-Identifier: GPL-3.0-or-later
// Turns SIGINT and SIGTERM into a Qt signal, delivered safely on the event loop.
#pragma once

#include <QObject>

class QSocketNotifier;

namespace keyward {

class SignalWatcher : public QObject {
    Q_OBJECT
public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

signals:
    void terminationRequested(int signalNumber);

private:
    void readSignal();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace keyward
