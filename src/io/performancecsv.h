#pragma once

#include <QHash>
#include <QList>
#include <QStringList>

#include "domain/analyticssnapshot.h"

namespace ShopDesk {

/// The Analytics pane's data as CSV records for a spreadsheet: one record per day of the range and
/// of the previous period (column `period`), money as decimal amounts in the shop currency, then the
/// top products. Days after the latest day with data are left out. Column names are stable and not
/// translated, so that sheets built on them keep working.
class PerformanceCsv final
{
public:
    static QList<QStringList> dailyRecords(const AnalyticsSnapshot &snapshot);
    /// `titles` maps product ids to titles where known.
    static QList<QStringList> productRecords(const AnalyticsSnapshot &snapshot, const QHash<QString, QString> &titles);
};

} // namespace ShopDesk
