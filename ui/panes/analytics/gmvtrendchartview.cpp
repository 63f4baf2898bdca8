#include "gmvtrendchartview.h"

#include <QDateTimeAxis>
#include <QLineSeries>
#include <QLocale>
#include <QMouseEvent>
#include <QToolTip>
#include <QValueAxis>

#include "core/money.h"
#include "panes/analytics/chartstyle.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

/// Points sit at the start of their day, as the date axis counts.
qreal dayPosition(QDate date)
{
    return static_cast<qreal>(date.startOfDay().toMSecsSinceEpoch());
}

QList<QPointF> moneyPoints(const QList<ChartPoint> &points, const QString &currency)
{
    QList<QPointF> result;
    result.reserve(points.size());
    for (const ChartPoint &point : points)
        result.append({dayPosition(point.date), ChartStyle::major(point.value, currency)});
    return result;
}

QList<QPointF> countPoints(const QList<ChartPoint> &points)
{
    QList<QPointF> result;
    result.reserve(points.size());
    for (const ChartPoint &point : points)
        result.append({dayPosition(point.date), static_cast<qreal>(point.value)});
    return result;
}

const ChartPoint *pointOn(const QList<ChartPoint> &points, QDate date)
{
    const auto it
        = std::find_if(points.cbegin(), points.cend(), [date](const ChartPoint &point) { return point.date == date; });
    return it == points.cend() ? nullptr : &*it;
}

} // namespace

GmvTrendChartView::GmvTrendChartView(QWidget *parent)
    : QChartView(new QChart, parent)
    , m_gmv(new QLineSeries(this))
    , m_previous(new QLineSeries(this))
    , m_counts(new QLineSeries(this))
    , m_dateAxis(new QDateTimeAxis(this))
    , m_moneyAxis(new QValueAxis(this))
    , m_countAxis(new QValueAxis(this))
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(260);
    viewport()->setMouseTracking(true);
    QChart *chart = this->chart();
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    m_gmv->setName(tr("GMV"));
    m_previous->setName(tr("Previous period"));
    for (QLineSeries *series : {m_gmv, m_previous, m_counts})
        chart->addSeries(series);
    chart->addAxis(m_dateAxis, Qt::AlignBottom);
    chart->addAxis(m_moneyAxis, Qt::AlignLeft);
    chart->addAxis(m_countAxis, Qt::AlignRight);
    for (QLineSeries *series : {m_gmv, m_previous}) {
        series->attachAxis(m_dateAxis);
        series->attachAxis(m_moneyAxis);
    }
    m_counts->attachAxis(m_dateAxis);
    m_counts->attachAxis(m_countAxis);
    applyStyle();
}

void GmvTrendChartView::applyStyle()
{
    ChartStyle::applyTheme(chart(), this);
    // Series colours are set after the theme, which would otherwise reset them.
    QPen gmv(QColor(0x25, 0x63, 0xeb), 2.5);
    m_gmv->setPen(gmv);
    QPen previous(QColor(0x94, 0xa3, 0xb8), 1.8, Qt::DashLine);
    m_previous->setPen(previous);
    QPen counts(QColor(0xf5, 0x9e, 0x0b), 1.6);
    m_counts->setPen(counts);
    m_dateAxis->setFormat(tr("MMM d", "date format of the chart axis"));
}

void GmvTrendChartView::setData(const PerformanceChartData &chartData, CountMetric metric)
{
    m_data = chartData;
    m_metric = metric;
    const QList<ChartPoint> &counts = metric == CountMetric::Orders ? chartData.orders : chartData.units;
    m_gmv->replace(moneyPoints(chartData.gmv, chartData.currency));
    m_previous->replace(moneyPoints(chartData.previousGmv, chartData.currency));
    m_counts->replace(countPoints(counts));
    m_counts->setName(metric == CountMetric::Orders ? tr("Orders") : tr("Units sold"));

    const DateAxisScale dates = chartData.dateScale();
    m_dateAxis->setRange(dates.first.startOfDay(), dates.last.startOfDay());
    m_dateAxis->setTickCount(dates.tickCount);
    ChartStyle::setMoneyAxis(
        m_moneyAxis, ChartStyle::moneyScale(chartData.maxGmv(), chartData.currency), chartData.currency);
    ChartStyle::setCountAxis(
        m_countAxis, AxisScale::covering(metric == CountMetric::Orders ? chartData.maxOrders() : chartData.maxUnits()));
    updateTitle();
}

void GmvTrendChartView::updateTitle()
{
    if (m_data.isEmpty()) {
        chart()->setTitle(tr("No figures for these days yet"));
        return;
    }
    // Lagging data is said in the chart itself, so that an exported image says it too.
    chart()->setTitle(m_data.isLagging()
            ? tr("GMV per day (data up to %1)")
                  .arg(QLocale().toString(m_data.latestAvailableDate, QLocale::ShortFormat))
            : tr("GMV per day"));
}

QString GmvTrendChartView::toolTipAt(QDate date) const
{
    const ChartPoint *gmv = pointOn(m_data.gmv, date);
    if (!gmv)
        return {};
    const QLocale locale;
    QStringList lines{locale.toString(date, QLocale::LongFormat),
        tr("GMV: %1").arg(Money{gmv->value, m_data.currency}.format(locale))};
    if (const ChartPoint *previous = pointOn(m_data.previousGmv, date)) {
        lines.append(
            tr("Previous period (%1): %2")
                .arg(locale.toString(date.addDays(-m_data.range.start.daysTo(m_data.range.end)), QLocale::ShortFormat),
                    Money{previous->value, m_data.currency}.format(locale)));
    }
    if (const ChartPoint *orders = pointOn(m_data.orders, date))
        lines.append(tr("Orders: %1").arg(locale.toString(orders->value)));
    if (const ChartPoint *units = pointOn(m_data.units, date))
        lines.append(tr("Units sold: %1").arg(locale.toString(units->value)));
    return lines.join(u'\n');
}

void GmvTrendChartView::mouseMoveEvent(QMouseEvent *event)
{
    QChartView::mouseMoveEvent(event);
    const QPointF value = chart()->mapToValue(event->position(), m_gmv);
    // The nearest day: half a day either side of its start.
    const QDate date = QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(value.x()) + 12 * 3600 * 1000).date();
    const QString text = chart()->plotArea().contains(event->position()) ? toolTipAt(date) : QString();
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPosition().toPoint(), text, this);
}

void GmvTrendChartView::leaveEvent(QEvent *event)
{
    QToolTip::hideText();
    QChartView::leaveEvent(event);
}

void GmvTrendChartView::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        applyStyle();
}

} // namespace ShopDesk
