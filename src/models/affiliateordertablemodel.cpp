#include "affiliateordertablemodel.h"

#include "models/displayformat.h"

namespace ShopDesk {

QList<AffiliateOrderLine> AffiliateOrderLine::linesOf(const QList<AffiliateOrder> &orders)
{
    QList<AffiliateOrderLine> lines;
    for (const AffiliateOrder &order : orders) {
        for (const AffiliateOrderSku &sku : order.skus)
            lines.append({order.id, order.status, order.createTime, sku});
    }
    return lines;
}

AffiliateOrderTableModel::AffiliateOrderTableModel(QObject *parent)
    : RecordTableModel<AffiliateOrderLine>(parent)
{ }

void AffiliateOrderTableModel::setProductTitles(const QHash<QString, QString> &titles)
{
    m_productTitles = titles;
    columnChanged(ProductColumn);
}

QString AffiliateOrderTableModel::columnTitle(int column) const
{
    switch (column) {
    case OrderColumn:
        return tr("Order ID");
    case CreatedColumn:
        return tr("Created");
    case StatusColumn:
        return tr("Status");
    case CreatorColumn:
        return tr("Creator");
    case ContentColumn:
        return tr("Content");
    case ProductColumn:
        return tr("Product");
    case PriceColumn:
        return tr("Price");
    case QuantityColumn:
        return tr("Qty", "quantity");
    case RateColumn:
        return tr("Rate", "commission rate");
    case EstimatedColumn:
        return tr("Est. commission");
    case ActualColumn:
        return tr("Actual commission");
    default:
        return {};
    }
}

QVariant AffiliateOrderTableModel::display(const AffiliateOrderLine &line, int column) const
{
    const AffiliateOrderSku &sku = line.sku;
    switch (column) {
    case OrderColumn:
        return line.orderId;
    case CreatedColumn:
        return DisplayFormat::dateTime(line.createTime);
    case StatusColumn:
        return statusText(line.status);
    case CreatorColumn:
        return QString(u'@' + sku.creatorUsername);
    case ContentColumn:
        return contentTypeText(sku.contentType);
    case ProductColumn:
        return m_productTitles.value(sku.productId, sku.productId);
    case PriceColumn:
        return DisplayFormat::money(sku.price);
    case QuantityColumn:
        return DisplayFormat::count(sku.quantity);
    case RateColumn:
        return DisplayFormat::commission(sku.commissionRate);
    case EstimatedColumn:
        return DisplayFormat::money(sku.estimatedCommission);
    case ActualColumn:
        return DisplayFormat::money(sku.actualCommission);
    default:
        return {};
    }
}

QVariant AffiliateOrderTableModel::sortKey(const AffiliateOrderLine &line, int column) const
{
    switch (column) {
    case CreatedColumn:
        return line.createTime;
    case StatusColumn:
        return static_cast<int>(line.status);
    case PriceColumn:
        return line.sku.price.minor;
    case QuantityColumn:
        return line.sku.quantity;
    case RateColumn:
        return line.sku.commissionRate;
    case EstimatedColumn:
        return line.sku.estimatedCommission.minor;
    case ActualColumn:
        return line.sku.actualCommission.minor;
    default:
        return display(line, column);
    }
}

bool AffiliateOrderTableModel::isNumeric(int column) const
{
    return column == PriceColumn || column == QuantityColumn || column == RateColumn || column == EstimatedColumn
        || column == ActualColumn;
}

QVariant AffiliateOrderTableModel::extraData(const AffiliateOrderLine &line, int /*column*/, int role) const
{
    if (role == StatusRole)
        return static_cast<int>(line.status);
    return {};
}

QString AffiliateOrderTableModel::statusText(AffiliateOrderStatus status)
{
    switch (status) {
    case AffiliateOrderStatus::Processing:
        return tr("Processing");
    case AffiliateOrderStatus::Completed:
        return tr("Completed");
    case AffiliateOrderStatus::Cancelled:
        return tr("Cancelled");
    case AffiliateOrderStatus::Frozen:
        return tr("Frozen", "commission on hold");
    case AffiliateOrderStatus::Deducted:
        return tr("Deducted", "commission taken back");
    case AffiliateOrderStatus::Unknown:
        break;
    }
    return tr("Unknown");
}

QString AffiliateOrderTableModel::contentTypeText(ContentType type)
{
    switch (type) {
    case ContentType::Shop:
        return tr("Showcase");
    case ContentType::Video:
        return tr("Video");
    case ContentType::Live:
        return tr("LIVE", "TikTok LIVE");
    case ContentType::PreLive:
        return tr("Pre-LIVE");
    case ContentType::PromotionPage:
        return tr("Promotion page");
    case ContentType::LinkShare:
        return tr("Shared link");
    case ContentType::Unknown:
        break;
    }
    return tr("Other");
}

} // namespace ShopDesk
