#include "shopcodec.h"

#include <QJsonArray>

#include "domain/jsonreader.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

Result<QList<AuthorizedShop>> ShopCodec::decodeShops(const QJsonObject &data)
{
    JsonReader reader(data, u"data"_s);
    QList<AuthorizedShop> shops;
    const QJsonArray array = reader.array(u"shops");
    for (qsizetype i = 0; i < array.size() && !reader.failed(); ++i) {
        JsonReader entry = reader.element(u"shops", array, i);
        AuthorizedShop shop;
        shop.id = entry.id(u"id");
        shop.name = entry.string(u"name");
        shop.region = entry.string(u"region");
        shop.sellerType = entry.optionalString(u"seller_type");
        shop.cipher = entry.string(u"cipher");
        shop.code = entry.optionalString(u"code");
        shops.append(shop);
    }
    if (reader.failed())
        return reader.error();
    return shops;
}

QJsonObject ShopCodec::encodeShop(const AuthorizedShop &shop)
{
    return QJsonObject{
        {u"id"_s, shop.id},
        {u"name"_s, shop.name},
        {u"region"_s, shop.region},
        {u"seller_type"_s, shop.sellerType},
        {u"cipher"_s, shop.cipher},
        {u"code"_s, shop.code},
    };
}

} // namespace ShopDesk
