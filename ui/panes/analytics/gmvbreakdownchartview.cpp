#include "gmvbreakdownchartview.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCursor>
#include <QLocale>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

#include "core/money.h"
#include "panes/analytics/chartstyle.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

GmvBreakdownChartView::GmvBreakdownChartView(QWidget *parent)
    : QChartView(new QChart, parent)
    , m_series(new QStackedBarSeries(this))
    , m_live(new QBarSet(tr("LIVE", "TikTok LIVE sessions"), this))
    , m_video(new QBarSet(tr("Videos"), this))
    , m_productCard(new QBarSet(tr("Product cards"), this))
    , m_categories(new QBarCategoryAxis(this))
    , m_moneyAxis(new QValueAxis(this))
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(260);
    QChart *chart = this->chart();
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    m_series->append({m_live, m_video, m_productCard});
    chart->addSeries(m_series);
    chart->addAxis(m_categories, Qt::AlignBottom);
    chart->addAxis(m_moneyAxis, Qt::AlignLeft);
    m_series->attachAxis(m_categories);
    m_series->attachAxis(m_moneyAxis);
    connect(m_series, &QStackedBarSeries::hovered, this,
        [this](bool status, int index, QBarSet *) { handleHovered(status, index); });
    applyStyle();
}

void GmvBreakdownChartView::applyStyle()
{
    ChartStyle::applyTheme(chart(), this);
    m_live->setColor(QColor(0xe1, 0x1d, 0x48));
    m_video->setColor(QColor(0x8b, 0x5c, 0xf6));
    m_productCard->setColor(QColor(0x14, 0xb8, 0xa6));
    for (QBarSet *set : {m_live, m_video, m_productCard})
        set->setBorderColor(Qt::transparent);
}

QString GmvBreakdownChartView::bucketLabel(const BreakdownBucket &bucket) const
{
    return QLocale().toString(bucket.start, tr("MMM d", "date format of the chart axis"));
}

void GmvBreakdownChartView::setData(const PerformanceChartData &chartData)
{
    m_data = chartData;
    for (QBarSet *set : {m_live, m_video, m_productCard})
        set->remove(0, set->count());
    QStringList labels;
    for (const BreakdownBucket &bucket : chartData.breakdown) {
        m_live->append(ChartStyle::major(bucket.live, chartData.currency));
        m_video->append(ChartStyle::major(bucket.video, chartData.currency));
        m_productCard->append(ChartStyle::major(bucket.productCard, chartData.currency));
        labels.append(bucketLabel(bucket));
    }
    m_categories->clear();
    m_categories->append(labels);
    ChartStyle::setMoneyAxis(
        m_moneyAxis, ChartStyle::moneyScale(chartData.maxBreakdown(), chartData.currency), chartData.currency);
    const bool weekly = chartData.range.start.daysTo(chartData.range.end) > PerformanceChartData::dailyBarLimit;
    chart()->setTitle(weekly ? tr("GMV by source, per week") : tr("GMV by source, per day"));
}

QString GmvBreakdownChartView::toolTipAt(int index) const
{
    if (index < 0 || index >= m_data.breakdown.size())
        return {};
    const BreakdownBucket &bucket = m_data.breakdown.at(index);
    const QLocale locale;
    const QString days = bucket.start.daysTo(bucket.end) == 1
        ? locale.toString(bucket.start, QLocale::LongFormat)
        : tr("%1 – %2", "date range")
              .arg(locale.toString(bucket.start, QLocale::ShortFormat),
                  locale.toString(bucket.end.addDays(-1), QLocale::ShortFormat));
    auto money = [&](qint64 minor) { return Money{minor, m_data.currency}.format(locale); };
    return QStringList{days, tr("LIVE: %1", "GMV from TikTok LIVE").arg(money(bucket.live)),
        tr("Videos: %1").arg(money(bucket.video)), tr("Product cards: %1").arg(money(bucket.productCard)),
        tr("Total: %1").arg(money(bucket.total()))}
        .join(u'\n');
}

void GmvBreakdownChartView::handleHovered(bool status, int index)
{
    if (status)
        QToolTip::showText(QCursor::pos(), toolTipAt(index), this);
    else
        QToolTip::hideText();
}

void GmvBreakdownChartView::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        applyStyle();
}

} // namespace ShopDesk
