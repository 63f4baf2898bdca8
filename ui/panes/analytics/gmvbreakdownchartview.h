#pragma once

#include <QChartView>

#include "models/performancechartdata.h"

class QBarCategoryAxis;
class QBarSet;
class QStackedBarSeries;
class QValueAxis;

namespace ShopDesk {

/// Where GMV came from (LIVE, videos, product cards) as stacked bars: one per day, or per week for
/// long ranges. Hovering a bar shows its exact parts.
class GmvBreakdownChartView final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GmvBreakdownChartView)

public:
    explicit GmvBreakdownChartView(QWidget *parent = nullptr);

    void setData(const PerformanceChartData &chartData);
    /// The figures of bar `index` as its tool tip shows them.
    QString toolTipAt(int index) const;

    QStackedBarSeries *series() const { return m_series; }
    QBarCategoryAxis *categoryAxis() const { return m_categories; }
    QValueAxis *moneyAxis() const { return m_moneyAxis; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyStyle();
    void handleHovered(bool status, int index);
    QString bucketLabel(const BreakdownBucket &bucket) const;

    QStackedBarSeries *const m_series;
    QBarSet *const m_live;
    QBarSet *const m_video;
    QBarSet *const m_productCard;
    QBarCategoryAxis *const m_categories;
    QValueAxis *const m_moneyAxis;
    PerformanceChartData m_data;
};

} // namespace ShopDesk
