// SPDX-License-Identifier: GPL-3.0-or-later
// Dashboard: the server's state and URLs (with copy buttons), the counts that matter, and a
// live chart of requests per second and their latency.
#pragma once

#include "consolepage.h"

#include <QList>

#include <QVector>

class QLabel;

namespace keyward {

class RequestChart;

class DashboardPage : public ConsolePage {
    Q_OBJECT
public:
    explicit DashboardPage(ConsoleContext &context, QWidget *parent = nullptr);

    void refresh() override;
    // The embedded server's base URL, or empty when this console does not serve.
    void setServerUrl(const QString &url);
    // One sample a second: requests answered in the last second and their mean time.
    void addSample(double perSecond, double latencyMs);
    QLabel *counts() const { return m_counts; }

private:
    QLabel *m_url;
    QLabel *m_jwks;
    QLabel *m_discovery;
    QList<QPushButton *> m_copyButtons; // disabled while nothing is served
    QLabel *m_counts;
    RequestChart *m_chart;
    QString m_baseUrl;
};

} // namespace keyward
