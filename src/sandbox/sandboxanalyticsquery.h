#pragma once

#include <optional>

#include <QDate>

#include "domain/performance.h"
#include "sandbox/sandboxroutetable.h"

namespace ShopDesk {

struct AnalyticsDay;
struct SandboxShop;

/// The common query of the analytics routes, checked the way the real API checks it (reference
/// section 5.6: `start_date_ge` at most about 180 days back, else 28001022).
struct SandboxAnalyticsQuery
{
    QDate start;
    QDate end;
    bool daily = false;
    bool withComparison = false;
    /// Money is reported in the shop currency, or converted to USD when `currency=USD`.
    bool usd = false;

    /// The query, or the failure to answer with.
    static std::optional<SandboxResponse> parse(const SandboxCall &call, SandboxAnalyticsQuery *query);
    /// The shop-local date at epoch seconds `secs` (today, given the sandbox clock's now).
    static QDate shopDate(const SandboxShop &shop, qint64 secs);

    /// How much of a day counts: the whole shop, one product's share, or only the LIVE part.
    struct Share
    {
        qint64 weight = 1;
        qint64 total = 1;
        bool liveOnly = false;
        /// A product's page views against the shop's rate, in percent: some listings draw more
        /// clicks per impression than others.
        qint64 clickPercent = 100;

        /// One product's share: the same figures in its list row, its own route and its funnel.
        static Share ofProduct(qint64 weight, qint64 total) { return {weight, total, false, 70 + weight % 60}; }
    };
    /// Intervals (one, or one per day) and comparison intervals over the shop's days.
    ShopPerformance performance(const SandboxShop &shop, const Share &share) const;
    PerformanceInterval interval(const SandboxShop &shop, QDate from, QDate to, const Share &share) const;
    Money money(const SandboxShop &shop, qint64 minor) const;
};

} // namespace ShopDesk
