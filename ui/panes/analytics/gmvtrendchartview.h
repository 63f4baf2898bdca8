#pragma once

#include <QChartView>

#include "models/performancechartdata.h"

class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace ShopDesk {

/// GMV per day on a date axis, the previous period as a dashed line over the same days, and orders
/// or units on a second axis. Hovering shows the exact figures of the day under the pointer.
class GmvTrendChartView final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GmvTrendChartView)

public:
    enum class CountMetric { Orders, Units };

    explicit GmvTrendChartView(QWidget *parent = nullptr);

    void setData(const PerformanceChartData &chartData, CountMetric metric);
    /// The figures of `date` as the hover tool tip shows them; empty for days without data.
    QString toolTipAt(QDate date) const;

    QLineSeries *gmvSeries() const { return m_gmv; }
    QLineSeries *previousSeries() const { return m_previous; }
    QLineSeries *countSeries() const { return m_counts; }
    QDateTimeAxis *dateAxis() const { return m_dateAxis; }
    QValueAxis *moneyAxis() const { return m_moneyAxis; }
    QValueAxis *countAxis() const { return m_countAxis; }

protected:
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void applyStyle();
    void updateTitle();

    QLineSeries *const m_gmv;
    QLineSeries *const m_previous;
    QLineSeries *const m_counts;
    QDateTimeAxis *const m_dateAxis;
    QValueAxis *const m_moneyAxis;
    QValueAxis *const m_countAxis;
    PerformanceChartData m_data;
    CountMetric m_metric = CountMetric::Orders;
};

} // namespace ShopDesk
