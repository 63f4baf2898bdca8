#include "sandboxrequest.h"

#include <QHttpServerRequest>
#include <QMetaEnum>
#include <QUrl>

namespace ShopDesk {

SandboxRequest SandboxRequest::fromHttp(const QHttpServerRequest &request)
{
    SandboxRequest result;
    result.method
        = QByteArray(QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(int(request.method()))).toUpper();
    const QUrl url = request.url();
    result.path = url.path(QUrl::FullyDecoded);
    result.query = decodeQuery(url.query(QUrl::FullyEncoded).toLatin1());
    for (const auto &[name, value] : request.headers())
        result.headers.insert(name.toLower(), value);
    result.body = request.body();
    return result;
}

QList<std::pair<QString, QString>> SandboxRequest::decodeQuery(QByteArrayView rawQuery)
{
    QList<std::pair<QString, QString>> items;
    for (const QByteArray &part : rawQuery.toByteArray().split('&')) {
        if (part.isEmpty())
            continue;
        const qsizetype equals = part.indexOf('=');
        QByteArray key = equals < 0 ? part : part.left(equals);
        QByteArray value = equals < 0 ? QByteArray() : part.mid(equals + 1);
        key.replace('+', ' ');
        value.replace('+', ' ');
        items.append({QString::fromUtf8(QByteArray::fromPercentEncoding(key)),
            QString::fromUtf8(QByteArray::fromPercentEncoding(value))});
    }
    return items;
}

bool SandboxRequest::hasQuery(QStringView key) const
{
    for (const auto &item : query) {
        if (item.first == key)
            return true;
    }
    return false;
}

QString SandboxRequest::queryValue(QStringView key) const
{
    for (const auto &item : query) {
        if (item.first == key)
            return item.second;
    }
    return {};
}

} // namespace ShopDesk
