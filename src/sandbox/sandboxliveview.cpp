#include "sandboxliveview.h"

namespace ShopDesk {

namespace {

constexpr qint64 perMille = 1000;

} // namespace

std::optional<LiveSession> SandboxLiveView::at(const LiveSession &planned, qint64 now)
{
    if (now < planned.startTime)
        return std::nullopt;
    if (now >= planned.endTime)
        return planned;
    const qint64 reached = (now - planned.startTime) * perMille / qMax<qint64>(1, planned.endTime - planned.startTime);
    auto part = [reached](qint64 total) { return total * reached / perMille; };
    LiveSession live = planned;
    live.endTime = 0;
    live.gmv.minor = part(planned.gmv.minor);
    live.skuOrders = part(planned.skuOrders);
    live.unitsSold = part(planned.unitsSold);
    live.customers = part(planned.customers);
    live.differentProductsSold = qMin(planned.differentProductsSold, qMax<qint64>(1, part(planned.productsAdded)));
    live.viewers = part(planned.viewers);
    live.views = part(planned.views);
    live.comments = part(planned.comments);
    live.shares = part(planned.shares);
    live.likes = part(planned.likes);
    live.newFollowers = part(planned.newFollowers);
    live.productImpressions = part(planned.productImpressions);
    live.productClicks = part(planned.productClicks);
    return live;
}

} // namespace ShopDesk
