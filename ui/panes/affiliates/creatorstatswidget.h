#pragma once

#include <optional>

#include <QPointer>
#include <QWidget>

#include "api/apireply.h"
#include "domain/affiliateorder.h"
#include "store/jsonrowtable.h"

class QLabel;
class QTableView;

namespace ShopDesk {

class AffiliateOrderCatalog;
class Clock;
class CreatorGmvChart;
class CreatorStatsTableModel;
class PeriodSelector;

/// What each creator brought in over a period (GMV, orders, units, commission), summed from the
/// affiliate orders, as a table and a bar chart of the top creators.
class CreatorStatsWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreatorStatsWidget)

public:
    CreatorStatsWidget(AffiliateOrderCatalog &catalog, const Clock &clock, QWidget *parent = nullptr);

    void reload();
    const CreatorStatsTableModel &model() const { return *m_model; }
    const CreatorGmvChart &chart() const { return *m_chart; }

signals:
    /// The server answered, or failed; then `savedAt` tells when the figures shown were saved (0:
    /// none are shown).
    void loadFinished(const std::optional<ShopDesk::ApiError> &error, qint64 savedAt);

private:
    void handleLoaded(const QList<AffiliateOrder> &orders);

    AffiliateOrderCatalog &m_catalog;
    PeriodSelector *const m_period;
    QLabel *const m_summary;
    CreatorStatsTableModel *const m_model;
    QTableView *const m_table;
    CreatorGmvChart *const m_chart;
    JsonRowTable::Span m_span;
    bool m_showsCached = false;
};

} // namespace ShopDesk
