#include "shipplan.h"

#include <QRegularExpression>

#include "io/csvreader.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

ShipPlan::ShipPlan(const QList<Order> &orders, const QHash<QString, Package> &waitingPackages)
{
    for (const Order &order : orders) {
        const bool fulfilledByTikTok = order.fulfillmentType == u"FULFILLMENT_BY_TIKTOK";
        const bool shippable = !fulfilledByTikTok
            && (order.status == OrderStatus::AwaitingShipment || order.status == OrderStatus::PartiallyShipping);
        bool any = false;
        for (const QString &packageId : order.packageIds) {
            const auto package = waitingPackages.constFind(packageId);
            if (!shippable || package == waitingPackages.cend())
                continue;
            ShipPlanRow row;
            row.orderId = order.id;
            row.packageId = packageId;
            row.sellerShipping = order.shippingType == u"SELLER";
            row.deliveryOptionId = package->deliveryOptionId;
            m_rows.append(row);
            any = true;
        }
        if (!any) {
            ShipPlanRow row;
            row.orderId = order.id;
            row.problem = fulfilledByTikTok ? tr("Fulfilled by TikTok: its warehouse ships this order.")
                : shippable                 ? tr("No package of this order is waiting to ship.")
                                            : tr("Only orders awaiting shipment can be shipped.");
            m_rows.append(row);
        }
    }
    checkAll();
}

int ShipPlan::validCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const ShipPlanRow &row) { return row.isValid(); }));
}

bool ShipPlan::hasSellerShipping() const
{
    return std::any_of(m_rows.cbegin(), m_rows.cend(),
        [](const ShipPlanRow &row) { return row.sellerShipping && !row.packageId.isEmpty(); });
}

QStringList ShipPlan::deliveryOptionIds() const
{
    QStringList ids;
    for (const ShipPlanRow &row : m_rows) {
        if (row.sellerShipping && !row.deliveryOptionId.isEmpty() && !ids.contains(row.deliveryOptionId))
            ids.append(row.deliveryOptionId);
    }
    return ids;
}

QStringList ShipPlan::packagesNeedingDetail() const
{
    QStringList ids;
    for (const ShipPlanRow &row : m_rows) {
        if (row.sellerShipping && !row.packageId.isEmpty() && row.deliveryOptionId.isEmpty())
            ids.append(row.packageId);
    }
    return ids;
}

void ShipPlan::setPackageDetail(const Package &package)
{
    for (ShipPlanRow &row : m_rows) {
        if (row.packageId == package.id)
            row.deliveryOptionId = package.deliveryOptionId;
    }
}

void ShipPlan::setProviders(const QString &deliveryOptionId, const QList<ShippingProvider> &providers)
{
    m_providers.insert(deliveryOptionId, providers);
    checkAll();
}

QList<ShippingProvider> ShipPlan::providerChoices() const
{
    QList<ShippingProvider> choices;
    for (const QList<ShippingProvider> &providers : m_providers) {
        for (const ShippingProvider &provider : providers) {
            if (std::none_of(choices.cbegin(), choices.cend(),
                    [&provider](const ShippingProvider &known) { return known.id == provider.id; }))
                choices.append(provider);
        }
    }
    std::sort(choices.begin(), choices.end(),
        [](const ShippingProvider &a, const ShippingProvider &b) { return a.name < b.name; });
    return choices;
}

void ShipPlan::setProvider(const QString &providerId)
{
    QString name;
    for (const ShippingProvider &provider : providerChoices()) {
        if (provider.id == providerId)
            name = provider.name;
    }
    for (ShipPlanRow &row : m_rows) {
        if (row.sellerShipping) {
            row.providerId = providerId;
            row.providerName = name;
        }
    }
    checkAll();
}

void ShipPlan::setTrackingNumber(int row, const QString &trackingNumber)
{
    if (row < 0 || row >= m_rows.size() || !m_rows.at(row).sellerShipping)
        return;
    m_rows[row].trackingNumber = trackingNumber.trimmed();
    checkAll();
}

int ShipPlan::pasteTrackingNumbers(const QString &text)
{
    QStringList numbers;
    for (const QString &line : text.split(QRegularExpression(u"[\\r\\n\\t,;]+"_s), Qt::SkipEmptyParts)) {
        if (!line.trimmed().isEmpty())
            numbers.append(line.trimmed());
    }
    int used = 0;
    for (ShipPlanRow &row : m_rows) {
        if (used >= numbers.size())
            break;
        if (row.sellerShipping && !row.packageId.isEmpty())
            row.trackingNumber = numbers.at(used++);
    }
    checkAll();
    return used;
}

QStringList ShipPlan::importCsv(const CsvTable &table)
{
    const int orderColumn = table.column({u"order_id", u"order id", u"订单号", u"订单编号", u"订单 ID"});
    const int trackingColumn
        = table.column({u"tracking_number", u"tracking number", u"tracking", u"运单号", u"物流单号"});
    const int carrierColumn
        = table.column({u"carrier", u"shipping_provider", u"shipping provider", u"物流商", u"承运商"});
    if (orderColumn < 0 || trackingColumn < 0)
        return {tr("The file needs an order_id column and a tracking_number column.")};
    QStringList problems;
    const QList<ShippingProvider> carriers = providerChoices();
    for (qsizetype i = 0; i < table.rows.size(); ++i) {
        const QStringList &fields = table.rows.at(i);
        const int line = table.lines.at(i);
        const QString orderId = fields.value(orderColumn).trimmed();
        const QString tracking = fields.value(trackingColumn).trimmed();
        auto row = std::find_if(m_rows.begin(), m_rows.end(),
            [&orderId](const ShipPlanRow &candidate) { return candidate.orderId == orderId; });
        if (row == m_rows.end()) {
            problems.append(tr("Line %1: order %2 is not among the orders being shipped.").arg(line).arg(orderId));
            continue;
        }
        if (!row->sellerShipping) {
            problems.append(tr("Line %1: order %2 ships with TikTok Shop's carrier and needs no tracking number.")
                                .arg(line)
                                .arg(orderId));
            continue;
        }
        row->trackingNumber = tracking;
        if (carrierColumn >= 0 && !fields.value(carrierColumn).trimmed().isEmpty()) {
            const QString carrier = fields.value(carrierColumn).trimmed();
            const auto known = std::find_if(carriers.cbegin(), carriers.cend(), [&carrier](const ShippingProvider &p) {
                return p.name.compare(carrier, Qt::CaseInsensitive) == 0 || p.id == carrier;
            });
            if (known == carriers.cend()) {
                problems.append(tr("Line %1: carrier “%2” is not offered for these orders.").arg(line).arg(carrier));
                continue;
            }
            row->providerId = known->id;
            row->providerName = known->name;
        }
    }
    checkAll();
    return problems;
}

bool ShipPlan::isPlausibleTrackingNumber(const QString &text)
{
    // Carriers use 8 to 40 letters, digits and dashes; anything else is a paste gone wrong.
    static const QRegularExpression pattern(u"^[A-Za-z0-9-]{8,40}$"_s);
    return pattern.match(text).hasMatch();
}

void ShipPlan::check(ShipPlanRow &row) const
{
    if (row.packageId.isEmpty())
        return; // the order's own problem stays
    row.problem.clear();
    if (!row.sellerShipping)
        return;
    if (row.providerId.isEmpty()) {
        row.problem = tr("Choose the carrier.");
        return;
    }
    const auto offered = m_providers.constFind(row.deliveryOptionId);
    if (offered != m_providers.cend()
        && std::none_of(offered->cbegin(), offered->cend(),
            [&row](const ShippingProvider &provider) { return provider.id == row.providerId; })) {
        row.problem = tr("%1 is not offered for this order's delivery option.").arg(row.providerName);
        return;
    }
    if (row.trackingNumber.isEmpty())
        row.problem = tr("Enter the tracking number.");
    else if (!isPlausibleTrackingNumber(row.trackingNumber))
        row.problem = tr("“%1” does not look like a tracking number.").arg(row.trackingNumber);
}

void ShipPlan::checkAll()
{
    QHash<QString, int> seen;
    for (ShipPlanRow &row : m_rows)
        check(row);
    // One tracking number on two packages is almost always a paste shifted by a line.
    for (const ShipPlanRow &row : std::as_const(m_rows)) {
        if (row.sellerShipping && !row.trackingNumber.isEmpty())
            ++seen[row.trackingNumber];
    }
    for (ShipPlanRow &row : m_rows) {
        if (row.isValid() && row.sellerShipping && seen.value(row.trackingNumber) > 1)
            row.problem = tr("Tracking number %1 is given to more than one package.").arg(row.trackingNumber);
    }
}

QList<ShipRequest> ShipPlan::requests() const
{
    QList<ShipRequest> requests;
    for (const ShipPlanRow &row : m_rows) {
        if (!row.isValid() || row.packageId.isEmpty())
            continue;
        ShipRequest request;
        request.packageId = row.packageId;
        request.handoverMethod = m_handover;
        if (row.sellerShipping) {
            request.trackingNumber = row.trackingNumber;
            request.shippingProviderId = row.providerId;
        }
        requests.append(request);
    }
    return requests;
}

} // namespace ShopDesk
