#include "webhookevent.h"

#include <array>

#include <QJsonDocument>
#include <QRegularExpression>

#include "core/enumnames.h"
#include "domain/jsonreader.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

constexpr std::array eventTypes{
    EnumName<int>{1, u"ORDER_STATUS_CHANGE"},
    EnumName<int>{2, u"REVERSE_STATUS_UPDATE"},
    EnumName<int>{3, u"RECIPIENT_ADDRESS_UPDATE"},
    EnumName<int>{4, u"PACKAGE_UPDATE"},
    EnumName<int>{5, u"PRODUCT_STATUS_CHANGE"},
    EnumName<int>{6, u"SELLER_DEAUTHORIZATION"},
    EnumName<int>{7, u"UPCOMING_AUTHORIZATION_EXPIRATION"},
    EnumName<int>{11, u"CANCELLATION_STATUS_CHANGE"},
    EnumName<int>{12, u"RETURN_STATUS_CHANGE"},
    EnumName<int>{16, u"PRODUCT_CREATION"},
};

/// Quotes every bare integer that is the value of an `…id` key, so that the JSON parser keeps
/// its digits instead of rounding it to a double.
QByteArray quoteBareIds(QByteArrayView body)
{
    static const QRegularExpression bareId(uR"(("(?:[A-Za-z_]*_)?id"\s*:\s*)(-?\d+))"_s);
    QString text = QString::fromUtf8(body);
    text.replace(bareId, uR"(\1"\2")"_s);
    return text.toUtf8();
}

QString firstString(const QJsonObject &data, std::initializer_list<QStringView> keys)
{
    for (QStringView key : keys) {
        const QJsonValue value = data.value(key);
        if (value.isString())
            return value.toString();
    }
    return {};
}

} // namespace

QString WebhookEvent::eventTypeName() const
{
    return enumToName(eventTypes, type, u"");
}

Result<WebhookEvent> WebhookEventCodec::decode(QByteArrayView body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(quoteBareIds(body), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return Error{u"not a JSON object: %1"_s.arg(parseError.errorString()), u"webhook"_s};
    JsonReader reader(document.object(), u"webhook"_s);
    WebhookEvent event;
    event.type = int(reader.integer(u"type"));
    event.notificationId = reader.optionalString(u"tts_notification_id");
    event.shopId = reader.optionalString(u"shop_id");
    event.timestamp = reader.optionalInteger(u"timestamp").value_or(0);
    if (reader.failed())
        return reader.error();
    event.data = document.object().value(u"data").toObject();
    event.orderId = firstString(event.data, {u"order_id"});
    event.productId = firstString(event.data, {u"product_id"});
    event.status = firstString(event.data, {u"order_status", u"status", u"return_status", u"cancel_status"});
    return event;
}

} // namespace ShopDesk
