#pragma once

#include <optional>

#include <QList>

#include "domain/performance.h"

namespace ShopDesk {

/// The path from seeing a product to buying it, for one product over a range. The API's product
/// performance has impressions, page views and orders; it reports no add-to-cart count (reference
/// section 5.6), so there is no such stage.
struct ProductFunnel
{
    enum class Stage { Impressions, PageViews, Orders };

    struct Step
    {
        Stage stage = Stage::Impressions;
        qint64 count = 0;
        /// Share of the previous step that reached this one, in basis points; absent for the first
        /// step and after a step of zero.
        std::optional<qint64> conversion;
    };

    QString productId;
    QList<Step> steps;

    /// Impressions to orders, in basis points; absent without impressions.
    std::optional<qint64> overallConversion() const;
    static ProductFunnel fromInterval(const QString &productId, const PerformanceInterval &interval);
};

} // namespace ShopDesk
