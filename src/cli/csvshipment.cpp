#include "csvshipment.h"

#include <QSet>

#include "io/csvreader.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

Result<QList<CsvShipment::Line>> CsvShipment::read(const CsvTable &table)
{
    const int packageColumn = table.column({u"package_id", u"package id"});
    const int orderColumn = table.column({u"order_id", u"order id"});
    const int trackingColumn = table.column({u"tracking_number", u"tracking number"});
    const int providerColumn = table.column({u"shipping_provider_id", u"provider_id"});
    const int handoverColumn = table.column({u"handover", u"handover_method"});
    if (packageColumn < 0 && orderColumn < 0)
        return Error{tr("the file needs a package_id or an order_id column"), u"line 1"_s};
    QList<Line> lines;
    QSet<QString> seen;
    for (qsizetype i = 0; i < table.rows.size(); ++i) {
        const QStringList &fields = table.rows.at(i);
        const QString where = u"line %1"_s.arg(table.lines.at(i));
        Line line;
        line.line = table.lines.at(i);
        line.row.packageId = fields.value(packageColumn).trimmed();
        line.row.orderId = fields.value(orderColumn).trimmed();
        line.row.trackingNumber = fields.value(trackingColumn).trimmed();
        line.row.providerId = fields.value(providerColumn).trimmed();
        line.row.sellerShipping = !line.row.trackingNumber.isEmpty() || !line.row.providerId.isEmpty();
        const QString key = line.row.packageId.isEmpty() ? u"order:"_s + line.row.orderId : line.row.packageId;
        if (line.row.packageId.isEmpty() && line.row.orderId.isEmpty())
            return Error{tr("neither a package id nor an order id"), where};
        if (seen.contains(key))
            return Error{
                tr("%1 is listed twice").arg(line.row.packageId.isEmpty() ? line.row.orderId : line.row.packageId),
                where};
        seen.insert(key);
        if (line.row.sellerShipping
            && (line.row.providerId.isEmpty() || !ShipPlan::isPlausibleTrackingNumber(line.row.trackingNumber)))
            return Error{tr("a seller-shipped package needs a tracking number (8 to 40 letters, digits or dashes) "
                            "and a shipping_provider_id"),
                where};
        const QString handover = fields.value(handoverColumn).trimmed().toUpper();
        if (!handover.isEmpty() && handover != u"PICKUP" && handover != u"DROP_OFF")
            return Error{tr("handover must be PICKUP or DROP_OFF, not “%1”").arg(handover), where};
        if (handover == u"DROP_OFF")
            line.handover = HandoverMethod::DropOff;
        lines.append(line);
    }
    return lines;
}

} // namespace ShopDesk
