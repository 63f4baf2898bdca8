#include "insightcommands.h"

#include "api/affiliateservice.h"
#include "api/analyticsservice.h"
#include "api/shopsession.h"
#include "core/clock.h"
#include "domain/commissionrate.h"
#include "sync/shopoutbox.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

/// The LIVE list's default window: reference section 5.6 advises 30-day windows.
constexpr int defaultLiveDays = 30;

QString percent(BasisPoints basisPoints)
{
    return QString::number(basisPoints / 100) + u'.' + QString::number(basisPoints % 100).rightJustified(2, u'0');
}

} // namespace

QList<CliCommand> InsightCommands::commands(CliContext *context)
{
    const QStringList range{u"from"_s, u"to"_s};
    return {
        {u"creators search"_s, u"creators search [--keyword K] [--page-size 12|20]"_s, {u"keyword"_s, u"page-size"_s},
            0, 0, [context](const CliArguments &arguments) { creators(*context, arguments); }},
        {u"plans create"_s, u"plans create <product> <commission %>"_s, {}, 2, 2,
            [context](const CliArguments &arguments) { createPlan(*context, arguments); }},
        {u"lives list"_s, u"lives list [--from D --to D]"_s, range, 0, 0,
            [context](const CliArguments &arguments) { lives(*context, arguments); }},
        {u"analytics shop"_s, u"analytics shop --from D --to D"_s, range, 0, 0,
            [context](const CliArguments &arguments) { shopAnalytics(*context, arguments); }},
        {u"analytics products"_s, u"analytics products --from D --to D"_s, range, 0, 0,
            [context](const CliArguments &arguments) { productAnalytics(*context, arguments); }},
    };
}

std::optional<DateRange> InsightCommands::dateRange(const CliArguments &arguments, const QDate &today, int defaultDays)
{
    if (!arguments.has(u"from"_s) && !arguments.has(u"to"_s) && defaultDays > 0)
        return DateRange{today.addDays(-defaultDays + 1), today.addDays(1)};
    const QDate from = QDate::fromString(arguments.value(u"from"_s), Qt::ISODate);
    const QDate to = QDate::fromString(arguments.value(u"to"_s), Qt::ISODate);
    if (!from.isValid() || !to.isValid() || to < from)
        return std::nullopt;
    return DateRange{from, to.addDays(1)};
}

std::optional<DateRange> InsightCommands::rangeOrUsage(
    CliContext &context, const CliArguments &arguments, int defaultDays)
{
    const QDate today = context.clock() ? context.clock()->now().date() : QDate::currentDate();
    std::optional<DateRange> range = dateRange(arguments, today, defaultDays);
    if (!range)
        context.usage(u"--from and --to take dates as YYYY-MM-DD, --to not before --from"_s);
    return range;
}

void InsightCommands::createPlan(CliContext &context, const CliArguments &arguments)
{
    // An open collaboration plan: the product offered to every creator at a public commission.
    const Result<CommissionRate> rate = parseCommissionPercent(arguments.at(1));
    if (!rate || rate.value() < minCommissionRate || rate.value() > maxCommissionRate)
        return context.usage(
            u"commission must be a percentage from 1 to 80 with at most two decimals, not \"%1\""_s.arg(
                arguments.at(1)));
    if (!context.hasCache())
        return context.usage(u"changes need the local cache (--cache), whose outbox keeps them safe"_s);
    const QString batchId = ShopOutbox::newBatchId();
    context.followBatch(batchId);
    if (const Result<QString> submitted
        = context.outbox().submitOpenCollaboration(arguments.at(0), rate.value(), arguments.at(0), batchId);
        !submitted) {
        context.err() << "error: " << submitted.error().toString() << Qt::endl;
        context.finish(CliExit::ApiFailure);
    }
}

void InsightCommands::creators(CliContext &context, const CliArguments &arguments)
{
    CreatorPageSize size = CreatorPageSize::Large;
    if (arguments.has(u"page-size"_s)) {
        const QString value = arguments.value(u"page-size"_s);
        // Reference section 5.5: the marketplace search pages by 12 or 20, nothing else.
        if (value != u"12" && value != u"20")
            return context.usage(u"--page-size is 12 or 20"_s);
        size = value == u"12" ? CreatorPageSize::Small : CreatorPageSize::Large;
    }
    CreatorQuery query;
    query.keyword = arguments.value(u"keyword"_s);
    auto *reply = context.session().affiliates().searchCreators(query, size);
    QObject::connect(reply, &ApiReply::finished, context.receiver(), [&context, reply] {
        if (reply->hasError())
            return context.fail(*reply->error());
        CliTable table{{u"open_id"_s, u"username"_s, u"nickname"_s, u"followers"_s, u"gmv"_s, u"currency"_s}, {}};
        for (const Creator &creator : reply->value().creators) {
            table.addRow({creator.openId, creator.username, creator.nickname, creator.followerCount,
                creator.gmv ? creator.gmv->toDecimal() : QString(), creator.gmv ? creator.gmv->currency : QString()});
        }
        context.print(table);
        context.finish(CliExit::Success);
    });
}

void InsightCommands::lives(CliContext &context, const CliArguments &arguments)
{
    const std::optional<DateRange> range = rangeOrUsage(context, arguments, defaultLiveDays);
    if (!range)
        return;
    auto *reply = context.session().analytics().liveSessions(*range);
    QObject::connect(reply, &ApiReply::finished, context.receiver(), [&context, reply] {
        if (reply->hasError())
            return context.fail(*reply->error());
        CliTable table{{u"live_id"_s, u"title"_s, u"username"_s, u"start_time"_s, u"end_time"_s, u"gmv"_s,
                           u"currency"_s, u"units_sold"_s, u"viewers"_s},
            {}};
        for (const LiveSession &live : reply->value()) {
            // An empty end time: the LIVE is still on air.
            table.addRow({live.id, live.title, live.username, CliOutput::isoTime(live.startTime),
                CliOutput::isoTime(live.endTime), live.gmv.toDecimal(), live.gmv.currency, live.unitsSold,
                live.viewers});
        }
        context.print(table);
        context.finish(CliExit::Success);
    });
}

void InsightCommands::shopAnalytics(CliContext &context, const CliArguments &arguments)
{
    const std::optional<DateRange> range = rangeOrUsage(context, arguments, 0);
    if (!range)
        return;
    auto *reply = context.session().analytics().shopPerformance(*range, Granularity::Daily, false);
    QObject::connect(reply, &ApiReply::finished, context.receiver(), [&context, reply] {
        if (reply->hasError())
            return context.fail(*reply->error());
        CliTable table{{u"date"_s, u"gmv"_s, u"currency"_s, u"orders"_s, u"units_sold"_s, u"buyers"_s,
                           u"product_page_views"_s, u"live_gmv"_s, u"video_gmv"_s, u"product_card_gmv"_s},
            {}};
        for (const PerformanceInterval &day : reply->value().intervals) {
            table.addRow({day.startDate.toString(Qt::ISODate), day.gmv.toDecimal(), day.gmv.currency, day.orders,
                day.unitsSold, day.buyers, day.productPageViews, day.gmvBreakdown.live.toDecimal(),
                day.gmvBreakdown.video.toDecimal(), day.gmvBreakdown.productCard.toDecimal()});
        }
        context.print(table);
        context.finish(CliExit::Success);
    });
}

void InsightCommands::productAnalytics(CliContext &context, const CliArguments &arguments)
{
    const std::optional<DateRange> range = rangeOrUsage(context, arguments, 0);
    if (!range)
        return;
    // The API pages by at most 100; the best 100 by GMV is what a report wants.
    constexpr int topProducts = 100;
    auto *reply = context.session().analytics().topProducts(*range, AnalyticsService::ProductSort::Gmv, topProducts);
    QObject::connect(reply, &ApiReply::finished, context.receiver(), [&context, reply] {
        if (reply->hasError())
            return context.fail(*reply->error());
        CliTable table{
            {u"product_id"_s, u"gmv"_s, u"currency"_s, u"orders"_s, u"units_sold"_s, u"click_through_rate_pct"_s}, {}};
        for (const ProductPerformance &product : reply->value()) {
            table.addRow({product.productId, product.gmv.toDecimal(), product.gmv.currency, product.orders,
                product.unitsSold, percent(product.clickThroughRate)});
        }
        context.print(table);
        context.finish(CliExit::Success);
    });
}

} // namespace ShopDesk
