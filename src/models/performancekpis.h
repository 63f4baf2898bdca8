#pragma once

#include <optional>

#include <QCoreApplication>
#include <QList>
#include <QString>

#include "domain/analyticssnapshot.h"

class QLocale;

namespace ShopDesk {

enum class KpiId {
    Gmv,
    Orders,
    UnitsSold,
    Buyers,
    AvgOrderValue,
    Refunds,
    RefundRate,
    ProductImpressions,
    PageViews,
    LiveViewers,
};

/// One key figure of a range and the same figure for the previous period of the same length.
struct Kpi
{
    enum class Kind { Money, Count, Rate };
    enum class Trend { Up, Down, Flat, Unknown };

    KpiId id = KpiId::Gmv;
    Kind kind = Kind::Count;
    /// Minor units for money, basis points for rates; absent when unknown.
    std::optional<qint64> value;
    std::optional<qint64> previous;
    QString currency;
    /// Refunds going up is bad news; everything else going up is good.
    bool higherIsBetter = true;

    /// Money and counts: the relative change in basis points (1250 = +12.5 %), absent without a
    /// previous value above zero. Rates: the difference in basis points (percentage points × 100).
    std::optional<qint64> change() const;
    Trend trend() const;
    /// Whether the change is good news for the seller (a fall in refunds is).
    bool isImprovement() const;
};

/// The KPI tiles of the Analytics pane from a snapshot: the API's totals of the range where known,
/// else the days added up; percentages computed in integers.
class PerformanceKpis final
{
    Q_DECLARE_TR_FUNCTIONS(PerformanceKpis)

public:
    static QList<Kpi> compute(const AnalyticsSnapshot &snapshot);
    /// Days added up into one interval (average order value recomputed from the sums).
    static PerformanceInterval sum(const QList<PerformanceInterval> &days);

    /// "$1,234.50", "12,345", "2.35%"; "—" when unknown.
    static QString valueText(const Kpi &kpi, const QLocale &locale);
    /// "↑ 12.3%", "↓ 0.4 pp" for rates, "0.0%" unchanged; "—" without a comparison.
    static QString changeText(const Kpi &kpi, const QLocale &locale);
    /// A basis-point amount as a percentage with `decimals` (1 or 2) digits, rounded half away from 0.
    static QString percentText(qint64 basisPoints, int decimals, const QLocale &locale);
};

} // namespace ShopDesk
