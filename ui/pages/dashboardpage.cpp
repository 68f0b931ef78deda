// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardpage.h"

#include "consolelanguage.h"

#include "auth/statistics.h"
#include "backend/backend.h"

#include <QApplication>
#include <QClipboard>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QVBoxLayout>

namespace keyward {

// Requests per second (left scale) and their mean latency in milliseconds (right scale) over
// the last two minutes, drawn with QPainter: a grid at quarters of round scale tops, a time axis,
// a legend; latency dashed so that where the two lines meet both stay visible. Colours come from
// the palette (the highlight, and its opposite hue), so they read on a dark theme too.
class RequestChart : public QWidget {
    Q_DECLARE_TR_FUNCTIONS(RequestChart)
public:
    RequestChart()
    {
        setMinimumHeight(160);
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
    // 1, 2 or 5 times a power of ten, at least the highest sample: scales a person reads.
    static double roundTop(const QVector<double> &samples)
    {
        double highest = 1;
        for (double sample : samples)
            highest = qMax(highest, sample);
        double step = 1;
        while (step * 10 <= highest)
            step *= 10;
        for (double factor : {1.0, 2.0, 5.0, 10.0}) {
            if (step * factor >= highest)
                return step * factor;
        }
        return step * 10;
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        const int legendHeight = fontMetrics().height() + 6;
        const QRectF area = rect().adjusted(48, 10, -64, -(fontMetrics().height() + 8 + legendHeight));
        painter.fillRect(rect(), palette().base());
        const double rateTop = roundTop(m_rate);
        const double latencyTop = roundTop(m_latency);
        const QColor rateColor = palette().highlight().color();
        // The highlight's opposite hue at its lightness: apart from it on any palette.
        const QColor latencyColor = QColor::fromHsl((qMax(0, rateColor.hslHue()) + 180) % 360,
                                                    qMax(rateColor.hslSaturation(), 160), rateColor.lightness());
        const QLocale locale = ConsoleLanguage::locale();
        // Grid and scales: quarters of each top, rates on the left, latency on the right.
        for (int quarter = 0; quarter <= 4; ++quarter) {
            const double y = area.bottom() - area.height() * quarter / 4;
            painter.setPen(QPen(palette().mid().color(), 1, quarter == 0 ? Qt::SolidLine : Qt::DotLine));
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
            painter.setPen(rateColor);
            painter.drawText(QRectF(0, y - 8, 44, 16), Qt::AlignRight | Qt::AlignVCenter,
                             locale.toString(rateTop * quarter / 4, 'g', 3));
            painter.setPen(latencyColor);
            painter.drawText(QRectF(area.right() + 4, y - 8, 60, 16), Qt::AlignLeft | Qt::AlignVCenter,
                             tr("%1 ms").arg(locale.toString(latencyTop * quarter / 4, 'g', 3)));
        }
        // Time axis: every 30 s back from now.
        painter.setPen(palette().text().color());
        const double secondsWide = kSamples - 1;
        for (int ago = 0; ago <= 120; ago += 30) {
            const double x = area.right() - area.width() * ago / secondsWide;
            painter.setPen(QPen(palette().mid().color(), 1, Qt::DotLine));
            painter.drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()));
            painter.setPen(palette().text().color());
            const QString label = ago == 0 ? tr("now") : tr("%1 s ago").arg(ago);
            painter.drawText(QRectF(x - 50, area.bottom() + 2, 100, fontMetrics().height() + 4), Qt::AlignCenter,
                             label);
        }
        drawSeries(painter, area, m_rate, rateTop, QPen(rateColor, 2));
        drawSeries(painter, area, m_latency, latencyTop, QPen(latencyColor, 2, Qt::DashLine));
        // Legend.
        const double legendY = rect().bottom() - legendHeight / 2.0;
        double x = area.left();
        for (const auto &[pen, text] :
             {std::pair{QPen(rateColor, 2), tr("requests per second (left scale)")},
              std::pair{QPen(latencyColor, 2, Qt::DashLine), tr("mean latency (right scale)")}}) {
            painter.setPen(pen);
            painter.drawLine(QPointF(x, legendY), QPointF(x + 24, legendY));
            painter.setPen(palette().text().color());
            const double width = fontMetrics().horizontalAdvance(text) + 8;
            painter.drawText(QRectF(x + 30, legendY - legendHeight / 2.0, width, legendHeight), Qt::AlignVCenter, text);
            x += 30 + width + 16;
        }
    }

private:
    static void drawSeries(QPainter &painter, const QRectF &area, const QVector<double> &samples, double top,
                           const QPen &pen)
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
        painter.setPen(pen);
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
            m_counts->setText(tr("%n user(s)", nullptr, int(figures.users)) + QStringLiteral(" · ")
                              + tr("%n active session(s)", nullptr, int(figures.activeSessions)) + QStringLiteral(" · ")
                              + tr("last hour: %1, %2, %3")
                                    .arg(tr("%n login(s)", nullptr, int(figures.loginsLastHour)),
                                         tr("%n failed", nullptr, int(figures.failedLoginsLastHour)),
                                         tr("%n reuse detection(s)", nullptr, int(figures.reusesLastHour))));
        });
}

} // namespace keyward
