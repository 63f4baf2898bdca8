#include "sandboxdocuments.h"

#include <QMap>

#include "sandbox/sandboxpdf.h"
#include "sandbox/sandboxshipping.h"
#include "sandbox/seeddata.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

constexpr int httpNotFound = 404;
constexpr int httpMethodNotAllowed = 405;
constexpr int httpGone = 410;
constexpr QStringView prefix = u"/sandbox/documents/";
constexpr QStringView suffix = u".pdf";
constexpr auto tokenEncoding = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

SandboxResponse plain(int httpStatus, const QString &text)
{
    SandboxResponse response;
    response.httpStatus = httpStatus;
    response.rawBody = text.toUtf8();
    response.contentType = "text/plain; charset=utf-8";
    return response;
}

QString title(ShippingDocumentType type)
{
    return type == ShippingDocumentType::ShippingLabel ? u"SHIPPING LABEL"_s : u"PACKING SLIP"_s;
}

/// "2 x Yoga Mat Non-Slip 6mm, Option 3 (YM-1000-PUR)" per SKU of the package.
QStringList itemLines(const Order &order, const Package &package)
{
    QMap<QString, std::pair<int, QString>> bySku;
    QStringList skus;
    for (const LineItem &item : order.lineItems) {
        if (!package.orderLineItemIds.contains(item.id))
            continue;
        if (!bySku.contains(item.skuId)) {
            skus.append(item.skuId);
            bySku.insert(item.skuId, {0, item.productName + u", "_s + item.skuName + u" ("_s + item.sellerSku + u')'});
        }
        ++bySku[item.skuId].first;
    }
    QStringList lines;
    for (const QString &sku : skus)
        lines.append(u"%1 x %2"_s.arg(bySku.value(sku).first).arg(bySku.value(sku).second));
    return lines;
}

} // namespace

QUrl SandboxDocuments::link(const SandboxRequest &request, const SandboxShop &shop, const QString &packageId,
    ShippingDocumentType type, qint64 now)
{
    const QString payload = shop.info.id + u'/' + packageId + u'/' + shippingDocumentTypeToApi(type) + u'/'
        + QString::number(now + linkLifetime);
    const QByteArray host = request.header("host");
    QUrl url;
    url.setScheme(u"http"_s);
    url.setAuthority(host.isEmpty() ? u"127.0.0.1"_s : QString::fromLatin1(host));
    url.setPath(prefix + QString::fromLatin1(payload.toUtf8().toBase64(tokenEncoding)) + suffix);
    return url;
}

bool SandboxDocuments::handles(const QString &path)
{
    return path.startsWith(prefix);
}

SandboxResponse SandboxDocuments::serve(QList<SandboxShop> &shops, const SandboxRequest &request, qint64 now)
{
    if (request.method != "GET")
        return plain(httpMethodNotAllowed, u"documents are fetched with GET"_s);
    const QString file = request.path.mid(prefix.size());
    if (!file.endsWith(suffix))
        return plain(httpNotFound, u"no such document"_s);
    const auto decoded = QByteArray::fromBase64Encoding(
        file.chopped(suffix.size()).toLatin1(), tokenEncoding | QByteArray::AbortOnBase64DecodingErrors);
    const QStringList parts = decoded ? QString::fromUtf8(decoded.decoded).split(u'/') : QStringList();
    const std::optional<ShippingDocumentType> type
        = parts.size() == 4 ? shippingDocumentTypeFromApi(parts.at(2)) : std::nullopt;
    if (!type)
        return plain(httpNotFound, u"no such document"_s);
    if (parts.at(3).toLongLong() < now)
        return plain(httpGone, u"this document link has expired; ask for a new one"_s);
    for (SandboxShop &shop : shops) {
        if (shop.info.id != parts.at(0))
            continue;
        if (const SandboxPackage *entry = SandboxShipping::store(shop).find(parts.at(1))) {
            SandboxResponse response;
            response.rawBody = SandboxPdf::onePage(title(*type), content(shop, *entry, *type));
            response.contentType = "application/pdf";
            return response;
        }
    }
    return plain(httpNotFound, u"no such document"_s);
}

QStringList SandboxDocuments::content(const SandboxShop &shop, const SandboxPackage &entry, ShippingDocumentType type)
{
    const Package &package = entry.package;
    const Order &order = shop.orders.at(entry.orderRow);
    QStringList lines{
        u"ShopDesk sandbox - not a real shipping document"_s,
        QString(),
        u"Package: %1"_s.arg(package.id),
        u"Order: %1"_s.arg(package.orderIds.join(u", ")),
        u"Tracking number: %1"_s.arg(
            package.trackingNumber.isEmpty() ? u"(not shipped yet)"_s : package.trackingNumber),
        u"Carrier: %1"_s.arg(package.shippingProviderName),
        u"Delivery option: %1"_s.arg(package.deliveryOptionName),
        u"From: %1"_s.arg(shop.info.name),
    };
    if (order.recipientAddress) {
        lines.append(u"Ship to: %1"_s.arg(order.recipientAddress->name));
        lines.append(order.recipientAddress->fullAddress);
    }
    if (type == ShippingDocumentType::PackingSlip) {
        lines.append(QString());
        lines.append(u"Items:"_s);
        lines += itemLines(order, package);
    }
    return lines;
}

} // namespace ShopDesk
