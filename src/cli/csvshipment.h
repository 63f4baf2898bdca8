#pragma once

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include "core/result.h"
#include "sync/shipplan.h"

namespace ShopDesk {

struct CsvTable;

/// A ship file for `shopdesk-cli ship --from-csv`: one package per line, by `package_id` (or by
/// `order_id`, resolved later), with `tracking_number` and `shipping_provider_id` for seller-shipped
/// packages and an optional `handover` (PICKUP / DROP_OFF).
class CsvShipment final
{
    Q_DECLARE_TR_FUNCTIONS(CsvShipment)

public:
    struct Line
    {
        int line = 0;
        ShipPlanRow row;
        HandoverMethod handover = HandoverMethod::Pickup;
    };

    /// The lines, or the first problem found (with its line number).
    static Result<QList<Line>> read(const CsvTable &table);
};

} // namespace ShopDesk
