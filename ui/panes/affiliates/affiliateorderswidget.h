#pragma once

#include <memory>
#include <optional>

#include <QHash>
#include <QPointer>
#include <QWidget>

#include "api/apireply.h"
#include "domain/affiliateorder.h"

namespace Ui {
class AffiliateOrdersWidget;
}

class QSortFilterProxyModel;

namespace ShopDesk {

class AffiliateOrderTableModel;
class AffiliateService;
class Clock;
class PeriodSelector;

/// Affiliate orders of a period, a row per SKU: the creator, the content that sold it, the
/// product, the price and the estimated and actual commission. Loading shows progress and a new
/// period cancels the load under way.
class AffiliateOrdersWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AffiliateOrdersWidget)

public:
    AffiliateOrdersWidget(AffiliateService &service, const Clock &clock, QWidget *parent = nullptr);
    ~AffiliateOrdersWidget() override;

    void reload();
    void setProductTitles(const QHash<QString, QString> &titles);
    const AffiliateOrderTableModel &model() const { return *m_model; }

signals:
    void loadFinished(const std::optional<ShopDesk::ApiError> &error);

private:
    void handleLoaded(Reply<QList<AffiliateOrder>> *reply);
    void updateTotals();

    const std::unique_ptr<Ui::AffiliateOrdersWidget> m_ui;
    AffiliateService &m_service;
    AffiliateOrderTableModel *const m_model;
    QSortFilterProxyModel *const m_filter;
    PeriodSelector *const m_period;
    QPointer<Reply<QList<AffiliateOrder>>> m_pending;
};

} // namespace ShopDesk
