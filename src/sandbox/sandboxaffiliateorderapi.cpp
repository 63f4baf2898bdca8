#include "sandboxaffiliateorderapi.h"

#include <QJsonArray>

#include "domain/affiliateordercodec.h"
#include "domain/jsonreader.h"
#include "sandbox/sandboxpager.h"
#include "sandbox/seeddata.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

bool inProgram(const AffiliateOrder &order, const QString &program)
{
    if (program.isEmpty())
        return true;
    return std::any_of(order.skus.cbegin(), order.skus.cend(), [&program](const AffiliateOrderSku &sku) {
        return sku.openCollaborationId == program || sku.targetCollaborationId == program || sku.campaignId == program;
    });
}

} // namespace

void SandboxAffiliateOrderApi::addRoutes(SandboxRouteTable &table)
{
    table.add({"POST", u"affiliate_seller"_s, u"orders/search"_s, {u"202405"_s, u"202410"_s}, true, &search});
}

SandboxResponse SandboxAffiliateOrderApi::search(const SandboxCall &call)
{
    const std::optional<qint64> size = SandboxPager::pageSize(call.request, 1, 100);
    if (!size)
        return SandboxPager::invalidPageSize(u"The value of \"page_size\" must be between 1 and 100."_s);
    JsonReader reader(call.body, u"body"_s);
    const std::optional<qint64> ge = reader.optionalInteger(u"create_time_ge");
    const std::optional<qint64> sentLt = reader.optionalInteger(u"create_time_lt");
    const QString program = reader.optionalString(u"program_id");
    if (reader.failed())
        return SandboxPager::invalid(u"Invalid parameter: %1."_s.arg(reader.error().toString()));
    // Reference: an open end of the window is "now" or the shop's first day. Page tokens are tied to
    // what was sent, so that the clock moving on between pages does not void them.
    const std::optional<qint64> lt = ge && !sentLt ? std::optional<qint64>(call.now) : sentLt;
    if (ge && lt && *lt <= *ge)
        return SandboxPager::invalid(u"create_time_lt must be later than create_time_ge."_s);

    QList<int> rows;
    const QList<AffiliateOrder> &orders = call.shop->affiliates.orders;
    for (int i = 0; i < orders.size(); ++i) {
        const AffiliateOrder &order = orders.at(i);
        if ((!ge || order.createTime >= *ge) && (!lt || order.createTime < *lt) && inProgram(order, program))
            rows.append(i);
    }
    const QByteArray context = call.shop->info.id.toUtf8() + "|affiliate_orders|" + QByteArray::number(ge.value_or(-1))
        + '|' + QByteArray::number(sentLt.value_or(-1)) + '|' + program.toUtf8();
    SandboxPager pager;
    if (auto failure = SandboxPager::slice(call, *size, rows.size(), context, &pager))
        return *failure;
    QJsonArray list;
    for (qint64 i = pager.begin; i < pager.end; ++i)
        list.append(AffiliateOrderCodec::encodeOrder(orders.at(rows.at(i))));
    return SandboxResponse::success({
        {u"orders"_s, list},
        {u"next_page_token"_s, pager.nextToken(rows.size(), context)},
        {u"total_count"_s, rows.size()},
    });
}

} // namespace ShopDesk
