#pragma once

#include <QHash>

#include "domain/affiliateorder.h"
#include "models/recordtablemodel.h"

namespace ShopDesk {

/// One SKU of an affiliate order with the order's own fields: a row of the affiliate orders table.
struct AffiliateOrderLine
{
    QString orderId;
    AffiliateOrderStatus status = AffiliateOrderStatus::Unknown;
    qint64 createTime = 0;
    AffiliateOrderSku sku;

    static QList<AffiliateOrderLine> linesOf(const QList<AffiliateOrder> &orders);
};

/// Affiliate orders, one row per SKU: who sold what through which content, and the commission it
/// earns. Product names come from setProductTitles(), as the API only gives ids.
class AffiliateOrderTableModel final : public RecordTableModel<AffiliateOrderLine>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AffiliateOrderTableModel)

public:
    enum Column : int {
        OrderColumn,
        CreatedColumn,
        StatusColumn,
        CreatorColumn,
        ContentColumn,
        ProductColumn,
        PriceColumn,
        QuantityColumn,
        RateColumn,
        EstimatedColumn,
        ActualColumn,
        ColumnCount
    };
    enum Role : int {
        /// AffiliateOrderStatus as an int.
        StatusRole = FirstCustomRole,
    };

    explicit AffiliateOrderTableModel(QObject *parent = nullptr);

    void setOrders(const QList<AffiliateOrder> &orders) { setRecords(AffiliateOrderLine::linesOf(orders)); }
    void setProductTitles(const QHash<QString, QString> &titles);

    static QString statusText(AffiliateOrderStatus status);
    static QString contentTypeText(ContentType type);

protected:
    int columns() const override { return ColumnCount; }
    QString columnTitle(int column) const override;
    QVariant display(const AffiliateOrderLine &line, int column) const override;
    QVariant sortKey(const AffiliateOrderLine &line, int column) const override;
    bool isNumeric(int column) const override;
    QString id(const AffiliateOrderLine &line) const override { return line.orderId; }
    QVariant extraData(const AffiliateOrderLine &line, int column, int role) const override;

private:
    QHash<QString, QString> m_productTitles;
};

} // namespace ShopDesk
