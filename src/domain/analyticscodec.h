#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>

#include "core/result.h"
#include "domain/performance.h"

namespace ShopDesk {

/// One page of `GET /analytics/.../shop_products/performance`.
struct ProductPerformancePage
{
    QList<ProductPerformance> products;
    QString nextPageToken;
    qint64 totalCount = 0;
};

/// One page of `GET /analytics/.../shop_lives/performance`.
struct LiveSessionPage
{
    QList<LiveSession> sessions;
    QString nextPageToken;
    qint64 totalCount = 0;
};

/// Analytics JSON (reference section 5.6) both ways: the client decodes the `data` of each
/// response, the sandbox encodes it. Decode errors name the field path.
class AnalyticsCodec final
{
public:
    /// `performance{intervals[], comparison_intervals[]}` + `latest_available_date`: shop
    /// performance, one product's performance and the LIVE overview share this shape.
    static Result<ShopPerformance> decodePerformance(const QJsonObject &data);
    static Result<ProductPerformancePage> decodeProductPage(const QJsonObject &data);
    static Result<LiveSessionPage> decodeLivePage(const QJsonObject &data);

    static QJsonObject encodePerformance(const ShopPerformance &performance);
    static QJsonObject encodeProduct(const ProductPerformance &product);
    static QJsonObject encodeLiveSession(const LiveSession &session);
    /// One session as encodeLiveSession() wrote it; error paths start at `path`.
    static Result<LiveSession> decodeLiveSession(const QJsonObject &object, const QString &path);

    /// Rates arrive as a decimal fraction, as a string ("0.0523") or a number (0.0523); the result
    /// is in basis points (523). More than four fraction digits are rounded half up.
    static Result<BasisPoints> parseRate(const QJsonValue &value);
    static QString rateToApi(BasisPoints rate);
};

} // namespace ShopDesk
