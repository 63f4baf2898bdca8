#pragma once

#include <QChartView>
#include <QList>

#include "domain/creatorstats.h"

namespace ShopDesk {

/// A horizontal bar chart of the creators who brought in the most GMV over a period, biggest on
/// top. With nothing to show it says why in its title instead of drawing empty axes.
class CreatorGmvChart final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreatorGmvChart)

public:
    static constexpr int maxCreators = 8;

    explicit CreatorGmvChart(QWidget *parent = nullptr);

    void setStats(const QList<CreatorStats> &stats);
    /// Shows `text` where the bars would be.
    void showMessage(const QString &text);
    int barCount() const { return m_barCount; }

private:
    void clearSeries();

    int m_barCount = 0;
};

} // namespace ShopDesk
