#include "analyticscodec.h"

#include <algorithm>
#include <cmath>

#include <QJsonArray>

#include "domain/jsonreader.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

constexpr int rateFractionDigits = 4; // a fraction with four digits is whole basis points
constexpr QStringView dateFormat = u"yyyy-MM-dd";

QDate readDate(JsonReader &reader, QStringView key)
{
    const QString text = reader.string(key);
    if (reader.failed())
        return {};
    const QDate date = QDate::fromString(text, dateFormat);
    if (!date.isValid())
        reader.fail(key, u"expected a date YYYY-MM-DD, found \"%1\""_s.arg(text));
    return date;
}

/// `{amount, currency}` as analytics sends money.
Money readMoney(JsonReader &reader, QStringView key)
{
    JsonReader money = reader.object(key);
    const QString currency = money.string(u"currency");
    return money.money(u"amount", currency);
}

BasisPoints readRate(JsonReader &reader, const QJsonObject &object, QStringView key)
{
    if (reader.failed())
        return 0;
    Result<BasisPoints> rate = AnalyticsCodec::parseRate(object.value(key));
    if (!rate) {
        reader.fail(key, rate.error().message);
        return 0;
    }
    return rate.value();
}

/// LIVE start and end times are epoch seconds sent as strings of digits (reference section 5.6).
qint64 readDigitString(JsonReader &reader, QStringView key)
{
    const QString text = reader.string(key);
    bool ok = !text.isEmpty() && text.size() <= 18;
    for (const QChar c : text)
        ok = ok && c.isDigit() && c.unicode() < 128;
    if (!ok) {
        reader.fail(key, u"expected a string of digits, found \"%1\""_s.arg(text));
        return 0;
    }
    return text.toLongLong();
}

GmvBreakdown readBreakdown(JsonReader &reader, const QString &currency)
{
    GmvBreakdown breakdown{{0, currency}, {0, currency}, {0, currency}};
    const QJsonArray parts = reader.optionalArray(u"gmv_breakdowns");
    for (qsizetype i = 0; i < parts.size() && !reader.failed(); ++i) {
        JsonReader part = reader.element(u"gmv_breakdowns", parts, i);
        const QString type = part.string(u"type");
        const Money amount = part.money(u"amount", currency);
        if (type == u"LIVE")
            breakdown.live = amount;
        else if (type == u"VIDEO")
            breakdown.video = amount;
        else if (type == u"PRODUCT_CARD")
            breakdown.productCard = amount;
        else if (!part.failed())
            part.fail(u"type", u"unknown GMV type \"%1\""_s.arg(type));
    }
    return breakdown;
}

PerformanceInterval readInterval(JsonReader &reader)
{
    PerformanceInterval interval;
    interval.startDate = readDate(reader, u"start_date");
    interval.endDate = readDate(reader, u"end_date");
    interval.gmv = readMoney(reader, u"gmv");
    interval.gmvBreakdown = readBreakdown(reader, interval.gmv.currency);
    interval.orders = reader.integer(u"orders");
    interval.skuOrders = reader.integer(u"sku_orders");
    interval.unitsSold = reader.integer(u"units_sold");
    interval.buyers = reader.integer(u"buyers");
    interval.avgOrderValue = readMoney(reader, u"avg_order_value");
    interval.productImpressions = reader.integer(u"product_impressions");
    interval.productPageViews = reader.integer(u"product_page_views");
    interval.avgProductPageVisitors = reader.integer(u"avg_product_page_visitors");
    interval.refunds = readMoney(reader, u"refunds");
    interval.cancellationsAndReturns = reader.integer(u"cancellations_and_returns");
    return interval;
}

QList<PerformanceInterval> readIntervals(JsonReader &reader, QStringView key)
{
    QList<PerformanceInterval> intervals;
    const QJsonArray list = reader.optionalArray(key);
    for (qsizetype i = 0; i < list.size() && !reader.failed(); ++i) {
        JsonReader interval = reader.element(key, list, i);
        intervals.append(readInterval(interval));
    }
    return intervals;
}

void readSales(JsonReader &sales, const QJsonObject &raw, LiveSession &session)
{
    session.gmv = readMoney(sales, u"gmv");
    session.productsAdded = sales.integer(u"products_added");
    session.differentProductsSold = sales.integer(u"different_products_sold");
    session.skuOrders = sales.integer(u"sku_orders");
    session.unitsSold = sales.integer(u"unit_sold");
    session.customers = sales.integer(u"customers");
    session.avgPrice = readMoney(sales, u"avg_price");
    session.clickToOrderRate = readRate(sales, raw, u"click_to_order_rate");
}

void readInteraction(JsonReader &interaction, const QJsonObject &raw, LiveSession &session)
{
    session.acu = interaction.integer(u"acu");
    session.pcu = interaction.integer(u"pcu");
    session.viewers = interaction.integer(u"viewers");
    session.views = interaction.integer(u"views");
    session.avgViewingDuration = interaction.integer(u"avg_viewing_duration");
    session.comments = interaction.integer(u"comments");
    session.shares = interaction.integer(u"shares");
    session.likes = interaction.integer(u"likes");
    session.newFollowers = interaction.integer(u"new_followers");
    session.productImpressions = interaction.integer(u"product_impressions");
    session.productClicks = interaction.integer(u"product_clicks");
    session.clickThroughRate = readRate(interaction, raw, u"click_through_rate");
}

LiveSession readLiveSession(JsonReader &reader, const QJsonObject &raw)
{
    LiveSession session;
    session.id = reader.id(u"id");
    session.title = reader.optionalString(u"title");
    session.username = reader.optionalString(u"username");
    session.startTime = readDigitString(reader, u"start_time");
    // A session still on air has no end yet: absent, null, "" and "0" all mean that (LiveSession).
    const QJsonValue end = raw.value(u"end_time");
    const bool onAir = end.isUndefined() || end.isNull() || end == QJsonValue(u""_s) || end == QJsonValue(u"0"_s);
    session.endTime = onAir ? 0 : readDigitString(reader, u"end_time");
    JsonReader sales = reader.object(u"sales_performance");
    readSales(sales, raw.value(u"sales_performance").toObject(), session);
    JsonReader interaction = reader.object(u"interaction_performance");
    readInteraction(interaction, raw.value(u"interaction_performance").toObject(), session);
    return session;
}

QJsonObject moneyJson(const Money &money)
{
    return {{u"amount"_s, money.toDecimal()}, {u"currency"_s, money.currency}};
}

QJsonObject intervalJson(const PerformanceInterval &interval)
{
    const GmvBreakdown &parts = interval.gmvBreakdown;
    return {
        {u"start_date"_s, interval.startDate.toString(dateFormat)},
        {u"end_date"_s, interval.endDate.toString(dateFormat)},
        {u"gmv"_s, moneyJson(interval.gmv)},
        {u"gmv_breakdowns"_s,
            QJsonArray{QJsonObject{{u"type"_s, u"LIVE"_s}, {u"amount"_s, parts.live.toDecimal()}},
                QJsonObject{{u"type"_s, u"VIDEO"_s}, {u"amount"_s, parts.video.toDecimal()}},
                QJsonObject{{u"type"_s, u"PRODUCT_CARD"_s}, {u"amount"_s, parts.productCard.toDecimal()}}}},
        {u"orders"_s, interval.orders},
        {u"sku_orders"_s, interval.skuOrders},
        {u"units_sold"_s, interval.unitsSold},
        {u"buyers"_s, interval.buyers},
        {u"avg_order_value"_s, moneyJson(interval.avgOrderValue)},
        {u"product_impressions"_s, interval.productImpressions},
        {u"product_page_views"_s, interval.productPageViews},
        {u"avg_product_page_visitors"_s, interval.avgProductPageVisitors},
        {u"refunds"_s, moneyJson(interval.refunds)},
        {u"cancellations_and_returns"_s, interval.cancellationsAndReturns},
    };
}

} // namespace

Result<ShopPerformance> AnalyticsCodec::decodePerformance(const QJsonObject &data)
{
    JsonReader reader(data, u"data"_s);
    ShopPerformance performance;
    JsonReader body = reader.object(u"performance");
    performance.intervals = readIntervals(body, u"intervals");
    performance.comparisonIntervals = readIntervals(body, u"comparison_intervals");
    performance.latestAvailableDate = readDate(reader, u"latest_available_date");
    if (reader.failed())
        return reader.error();
    return performance;
}

Result<ProductPerformancePage> AnalyticsCodec::decodeProductPage(const QJsonObject &data)
{
    JsonReader reader(data, u"data"_s);
    ProductPerformancePage page;
    const QJsonArray products = reader.optionalArray(u"products");
    for (qsizetype i = 0; i < products.size() && !reader.failed(); ++i) {
        JsonReader item = reader.element(u"products", products, i);
        ProductPerformance product;
        product.productId = item.id(u"id");
        product.gmv = readMoney(item, u"gmv");
        product.orders = item.integer(u"orders");
        product.unitsSold = item.integer(u"units_sold");
        product.clickThroughRate = readRate(item, products.at(i).toObject(), u"click_through_rate");
        page.products.append(product);
    }
    page.nextPageToken = reader.optionalString(u"next_page_token");
    page.totalCount = reader.optionalInteger(u"total_count").value_or(page.products.size());
    if (reader.failed())
        return reader.error();
    return page;
}

Result<LiveSessionPage> AnalyticsCodec::decodeLivePage(const QJsonObject &data)
{
    JsonReader reader(data, u"data"_s);
    LiveSessionPage page;
    const QJsonArray sessions = reader.optionalArray(u"live_stream_sessions");
    for (qsizetype i = 0; i < sessions.size() && !reader.failed(); ++i) {
        JsonReader item = reader.element(u"live_stream_sessions", sessions, i);
        page.sessions.append(readLiveSession(item, sessions.at(i).toObject()));
    }
    page.nextPageToken = reader.optionalString(u"next_page_token");
    page.totalCount = reader.optionalInteger(u"total_count").value_or(page.sessions.size());
    if (reader.failed())
        return reader.error();
    return page;
}

QJsonObject AnalyticsCodec::encodePerformance(const ShopPerformance &performance)
{
    QJsonArray intervals;
    for (const PerformanceInterval &interval : performance.intervals)
        intervals.append(intervalJson(interval));
    QJsonArray comparison;
    for (const PerformanceInterval &interval : performance.comparisonIntervals)
        comparison.append(intervalJson(interval));
    return {
        {u"performance"_s, QJsonObject{{u"intervals"_s, intervals}, {u"comparison_intervals"_s, comparison}}},
        {u"latest_available_date"_s, performance.latestAvailableDate.toString(dateFormat)},
    };
}

QJsonObject AnalyticsCodec::encodeProduct(const ProductPerformance &product)
{
    return {
        {u"id"_s, product.productId},
        {u"gmv"_s, moneyJson(product.gmv)},
        {u"orders"_s, product.orders},
        {u"units_sold"_s, product.unitsSold},
        {u"click_through_rate"_s, rateToApi(product.clickThroughRate)},
    };
}

Result<LiveSession> AnalyticsCodec::decodeLiveSession(const QJsonObject &object, const QString &path)
{
    return decodeWhole(object, path, readLiveSession);
}

QJsonObject AnalyticsCodec::encodeLiveSession(const LiveSession &session)
{
    const QJsonObject sales{
        {u"gmv"_s, moneyJson(session.gmv)},
        {u"products_added"_s, session.productsAdded},
        {u"different_products_sold"_s, session.differentProductsSold},
        {u"created_sku_orders"_s, session.skuOrders},
        {u"sku_orders"_s, session.skuOrders},
        {u"unit_sold"_s, session.unitsSold},
        {u"customers"_s, session.customers},
        {u"avg_price"_s, moneyJson(session.avgPrice)},
        {u"click_to_order_rate"_s, rateToApi(session.clickToOrderRate)},
        {u"24h_live_gmv"_s, moneyJson(session.gmv)},
    };
    const QJsonObject interaction{
        {u"acu"_s, session.acu},
        {u"pcu"_s, session.pcu},
        {u"viewers"_s, session.viewers},
        {u"views"_s, session.views},
        {u"avg_viewing_duration"_s, session.avgViewingDuration},
        {u"comments"_s, session.comments},
        {u"shares"_s, session.shares},
        {u"likes"_s, session.likes},
        {u"new_followers"_s, session.newFollowers},
        {u"product_impressions"_s, session.productImpressions},
        {u"product_clicks"_s, session.productClicks},
        {u"click_through_rate"_s, rateToApi(session.clickThroughRate)},
    };
    QJsonObject object{
        {u"id"_s, session.id},
        {u"title"_s, session.title},
        {u"username"_s, session.username},
        {u"start_time"_s, QString::number(session.startTime)},
        {u"sales_performance"_s, sales},
        {u"interaction_performance"_s, interaction},
    };
    if (!session.isOnAir())
        object.insert(u"end_time"_s, QString::number(session.endTime));
    return object;
}

Result<BasisPoints> AnalyticsCodec::parseRate(const QJsonValue &value)
{
    QString text;
    if (value.isString()) {
        text = value.toString();
    } else if (value.isDouble()) {
        const double number = value.toDouble();
        if (!std::isfinite(number) || number < 0 || number > 1e6)
            return Error{u"rate out of range"_s, {}};
        // Eight digits keep a double's fraction exact enough to round at the fifth.
        text = QString::number(number, 'f', 8);
    } else {
        return Error{u"expected a rate as a decimal string or number"_s, {}};
    }
    const qsizetype dot = text.indexOf(u'.');
    const QStringView whole = QStringView(text).left(dot < 0 ? text.size() : dot);
    const QStringView fraction = dot < 0 ? QStringView() : QStringView(text).mid(dot + 1);
    auto allDigits = [](QStringView part) {
        return std::all_of(part.begin(), part.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    };
    if (whole.isEmpty() || whole.size() > 6 || !allDigits(whole) || (dot >= 0 && fraction.isEmpty())
        || !allDigits(fraction))
        return Error{u"expected a decimal rate such as \"0.0523\", found \"%1\""_s.arg(text), {}};
    BasisPoints rate = whole.toLongLong();
    for (int i = 0; i < rateFractionDigits; ++i)
        rate = rate * 10 + (i < fraction.size() ? fraction.at(i).digitValue() : 0);
    if (fraction.size() > rateFractionDigits && fraction.at(rateFractionDigits).digitValue() >= 5)
        ++rate;
    return rate;
}

QString AnalyticsCodec::rateToApi(BasisPoints rate)
{
    return u"%1.%2"_s.arg(rate / 10000).arg(rate % 10000, rateFractionDigits, 10, QChar(u'0'));
}

} // namespace ShopDesk
