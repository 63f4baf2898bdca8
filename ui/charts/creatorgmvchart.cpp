#include "creatorgmvchart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QHorizontalBarSeries>
#include <QLocale>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace ShopDesk {

CreatorGmvChart::CreatorGmvChart(QWidget *parent)
    : QChartView(parent)
{
    setObjectName(u"creatorGmvChart"_s);
    setRenderHint(QPainter::Antialiasing);
    chart()->legend()->hide();
    chart()->setMargins(QMargins(4, 4, 4, 4));
    chart()->setBackgroundRoundness(0);
    setMinimumHeight(220);
}

void CreatorGmvChart::clearSeries()
{
    chart()->removeAllSeries();
    for (QAbstractAxis *axis : chart()->axes()) {
        chart()->removeAxis(axis);
        delete axis;
    }
    m_barCount = 0;
}

void CreatorGmvChart::showMessage(const QString &text)
{
    clearSeries();
    chart()->setTitle(text);
}

void CreatorGmvChart::setStats(const QList<CreatorStats> &stats)
{
    clearSeries();
    if (stats.isEmpty()) {
        chart()->setTitle(tr("No affiliate sales in this period"));
        return;
    }
    const QList<CreatorStats> top = stats.mid(0, maxCreators);
    chart()->setTitle(tr("Top creators by GMV (%1)").arg(top.first().gmv.currency));
    auto *set = new QBarSet(tr("GMV"));
    QStringList names;
    qreal largest = 0;
    // Horizontal bars are drawn bottom-up: the biggest goes last so that it ends up on top.
    for (auto it = top.crbegin(); it != top.crend(); ++it) {
        // A chart plots reals; this is display only, the figures themselves stay in minor units.
        const int digits = Money::minorDigits(it->gmv.currency);
        qreal major = qreal(it->gmv.minor);
        for (int i = 0; i < digits; ++i)
            major /= 10;
        *set << major;
        largest = qMax(largest, major);
        names.append(QString(u'@' + it->username));
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(0.7);
    chart()->addSeries(series);
    auto *creators = new QBarCategoryAxis;
    creators->append(names);
    chart()->addAxis(creators, Qt::AlignLeft);
    series->attachAxis(creators);
    auto *amounts = new QValueAxis;
    amounts->setLabelFormat(u"%.0f"_s);
    chart()->addAxis(amounts, Qt::AlignBottom);
    series->attachAxis(amounts);
    // An explicit range first: nice numbers over an empty or zero range are NaN.
    amounts->setRange(0, qMax<qreal>(1, largest));
    amounts->applyNiceNumbers();
    m_barCount = static_cast<int>(top.size());
}

} // namespace ShopDesk
