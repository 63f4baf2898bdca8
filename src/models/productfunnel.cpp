#include "productfunnel.h"

namespace ShopDesk {

namespace {

std::optional<qint64> rate(qint64 part, qint64 whole)
{
    if (whole <= 0)
        return std::nullopt;
    return (part * 10000 + whole / 2) / whole;
}

} // namespace

std::optional<qint64> ProductFunnel::overallConversion() const
{
    if (steps.isEmpty())
        return std::nullopt;
    return rate(steps.last().count, steps.first().count);
}

ProductFunnel ProductFunnel::fromInterval(const QString &productId, const PerformanceInterval &interval)
{
    ProductFunnel funnel;
    funnel.productId = productId;
    const std::pair<Stage, qint64> counts[] = {
        {Stage::Impressions, interval.productImpressions},
        {Stage::PageViews, interval.productPageViews},
        {Stage::Orders, interval.orders},
    };
    for (const auto &[stage, count] : counts) {
        Step step{stage, count, std::nullopt};
        if (!funnel.steps.isEmpty())
            step.conversion = rate(count, funnel.steps.last().count);
        funnel.steps.append(step);
    }
    return funnel;
}

} // namespace ShopDesk
