#pragma once

#include <memory>
#include <optional>

#include <QHash>
#include <QPointer>
#include <QWidget>

#include "api/apireply.h"
#include "domain/affiliateorder.h"
#include "store/jsonrowtable.h"

namespace Ui {
class AffiliateOrdersWidget;
}

class QSortFilterProxyModel;

namespace ShopDesk {

class AffiliateOrderTableModel;
class AffiliateOrderCatalog;
class Clock;
class PeriodSelector;

/// Affiliate orders of a period, a row per SKU: the creator, the content that sold it, the
/// product, the price and the estimated and actual commission. The cached orders of the period show
/// at once; loading from the server shows progress, and a new period cancels the load under way.
class AffiliateOrdersWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AffiliateOrdersWidget)

public:
    AffiliateOrdersWidget(AffiliateOrderCatalog &catalog, const Clock &clock, QWidget *parent = nullptr);
    ~AffiliateOrdersWidget() override;

    void reload();
    void setProductTitles(const QHash<QString, QString> &titles);
    const AffiliateOrderTableModel &model() const { return *m_model; }

signals:
    /// The server answered, or failed; then `savedAt` tells when the orders shown were saved (0:
    /// none are shown).
    void loadFinished(const std::optional<ShopDesk::ApiError> &error, qint64 savedAt);

private:
    void handleLoaded(const QList<AffiliateOrder> &orders, bool fromServer);
    void updateTotals();

    const std::unique_ptr<Ui::AffiliateOrdersWidget> m_ui;
    AffiliateOrderCatalog &m_catalog;
    AffiliateOrderTableModel *const m_model;
    QSortFilterProxyModel *const m_filter;
    PeriodSelector *const m_period;
    JsonRowTable::Span m_span;
    bool m_showsCached = false;
};

} // namespace ShopDesk
