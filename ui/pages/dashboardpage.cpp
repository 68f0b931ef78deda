// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardpage.h"

#include "auth/statistics.h"
#include "backend/backend.h"

#include <QApplication>
#include <QClipboard>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QVBoxLayout>

namespace keyward {

// Requests per second (left scale) and their mean latency in milliseconds (right scale) over
// the last two minutes, drawn with QPainter.
class RequestChart : public QWidget {
public:
    RequestChart()
    {
        setMinimumHeight(140);
        setAccessibleName(tr("Requests per second and latency"));
    }
    void add(double perSecond, double latencyMs)
    {
        m_rate.append(perSecond);
        m_latency.append(latencyMs);
        if (m_rate.size() > kSamples) {
            m_rate.removeFirst();
            m_latency.removeFirst();
        }
        update();
    }
    static QString tr(const char *text) { return QApplication::translate("RequestChart", text); }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        const QRectF area = rect().adjusted(44, 10, -52, -20);
        painter.fillRect(rect(), palette().base());
        painter.setPen(palette().mid().color());
        painter.drawRect(area);
        const double rateTop = top(m_rate);
        const double latencyTop = top(m_latency);
        const QColor rateColor = palette().highlight().color();
        const QColor latencyColor(0xc0, 0x6c, 0x00);
        painter.setPen(rateColor);
        painter.drawText(QRectF(0, area.top() - 6, 40, 14), Qt::AlignRight, QString::number(rateTop, 'f', 0));
        painter.drawText(QRectF(0, area.bottom() - 8, 40, 14), Qt::AlignRight, QStringLiteral("0"));
        painter.setPen(latencyColor);
        painter.drawText(QRectF(area.right() + 4, area.top() - 6, 48, 14), Qt::AlignLeft,
                         QString::number(latencyTop, 'f', 1) + QStringLiteral(" ms"));
        painter.setPen(palette().text().color());
        painter.drawText(QRectF(area.left(), area.bottom() + 2, area.width(), 16), Qt::AlignCenter,
                         tr("requests per second (blue) and mean latency (orange), last two minutes"));
        drawSeries(painter, area, m_rate, rateTop, rateColor);
        drawSeries(painter, area, m_latency, latencyTop, latencyColor);
    }

private:
    static double top(const QVector<double> &samples)
    {
        double highest = 1;
        for (double sample : samples)
            highest = qMax(highest, sample);
        return highest;
    }
    static void drawSeries(QPainter &painter, const QRectF &area, const QVector<double> &samples, double top,
                           const QColor &color)
    {
        if (samples.size() < 2)
            return;
        QPainterPath path;
        const double step = area.width() / (kSamples - 1);
        const double x0 = area.right() - step * double(samples.size() - 1);
        for (int i = 0; i < samples.size(); ++i) {
            const QPointF point(x0 + step * i, area.bottom() - area.height() * samples[i] / top);
            i == 0 ? path.moveTo(point) : path.lineTo(point);
        }
        painter.setPen(QPen(color, 2));
        painter.drawPath(path);
    }

    static constexpr int kSamples = 120;
    QVector<double> m_rate;
    QVector<double> m_latency;
};

namespace {

QLabel *selectable()
{
    auto *label = new QLabel;
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

DashboardPage::DashboardPage(ConsoleContext &context, QWidget *parent)
    : ConsolePage(context, parent), m_url(selectable()), m_jwks(selectable()), m_discovery(selectable()),
      m_counts(new QLabel), m_chart(new RequestChart)
{
    auto *server = new QGroupBox(tr("Server"));
    auto *form = new QFormLayout(server);
    const auto row = [this, form](const QString &title, QLabel *label, const QString &name) {
        auto *copy = new QPushButton(tr("Copy"));
        copy->setObjectName(name);
        copy->setAccessibleName(tr("Copy %1").arg(title));
        connect(copy, &QPushButton::clicked, this, [label] { QApplication::clipboard()->setText(label->text()); });
        m_copyButtons << copy;
        auto *line = new QHBoxLayout;
        line->addWidget(label, 1);
        line->addWidget(copy);
        form->addRow(title, line);
    };
    row(tr("URL:"), m_url, QStringLiteral("copyUrl"));
    row(tr("JWKS:"), m_jwks, QStringLiteral("copyJwks"));
    row(tr("Discovery:"), m_discovery, QStringLiteral("copyDiscovery"));
    m_counts->setAccessibleName(tr("Counts"));
    auto *counts = new QGroupBox(tr("Now"));
    auto *countsLayout = new QVBoxLayout(counts);
    countsLayout->addWidget(m_counts);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(server);
    layout->addWidget(counts);
    layout->addWidget(m_chart, 1);
    setServerUrl({});
}

void DashboardPage::setServerUrl(const QString &url)
{
    m_baseUrl = url;
    m_url->setText(url.isEmpty() ? tr("Not serving") : url);
    m_jwks->setText(url.isEmpty() ? QString() : url + QStringLiteral("/.well-known/jwks.json"));
    m_discovery->setText(url.isEmpty() ? QString() : url + QStringLiteral("/.well-known/openid-configuration"));
    // Nothing to copy while nothing is served: the buttons say so instead of copying "Not serving".
    for (QPushButton *copy : std::as_const(m_copyButtons)) {
        copy->setEnabled(!url.isEmpty());
        copy->setToolTip(url.isEmpty() ? tr("The server is not running") : QString());
    }
}

void DashboardPage::addSample(double perSecond, double latencyMs)
{
    m_chart->add(perSecond, latencyMs);
}

void DashboardPage::refresh()
{
    std::shared_ptr<Backend> backend = m_context.backend;
    // Counters (a few rows), not counts over the users, sessions and audit tables.
    runRefresh<ActivityFigures>(
        [backend] { return backend->statistics().figures(); },
        [this](const ActivityFigures &figures) {
            m_counts->setText(tr("%1 users · %2 active sessions · last hour: %3 logins, %4 failed, %5 reuse detections")
                                  .arg(figures.users)
                                  .arg(figures.activeSessions)
                                  .arg(figures.loginsLastHour)
                                  .arg(figures.failedLoginsLastHour)
                                  .arg(figures.reusesLastHour));
        });
}

} // namespace keyward
