#pragma once

#include <optional>

#include <QPointer>
#include <QWidget>

#include "api/apireply.h"
#include "domain/affiliateorder.h"

class QLabel;
class QTableView;

namespace ShopDesk {

class AffiliateService;
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
    CreatorStatsWidget(AffiliateService &service, const Clock &clock, QWidget *parent = nullptr);

    void reload();
    const CreatorStatsTableModel &model() const { return *m_model; }
    const CreatorGmvChart &chart() const { return *m_chart; }

signals:
    void loadFinished(const std::optional<ShopDesk::ApiError> &error);

private:
    void handleLoaded(Reply<QList<AffiliateOrder>> *reply, qint64 from, qint64 to);

    AffiliateService &m_service;
    PeriodSelector *const m_period;
    QLabel *const m_summary;
    CreatorStatsTableModel *const m_model;
    QTableView *const m_table;
    CreatorGmvChart *const m_chart;
    QPointer<Reply<QList<AffiliateOrder>>> m_pending;
};

} // namespace ShopDesk
