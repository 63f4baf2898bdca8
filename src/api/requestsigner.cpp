#include "requestsigner.h"

#include <algorithm>

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

using namespace Qt::StringLiterals;

namespace ShopDesk {

QByteArray RequestSigner::stringToSign(
    const QByteArray &appSecret, QStringView path, const QueryItems &query, const QByteArray &body)
{
    QList<std::pair<QByteArray, QByteArray>> pairs;
    pairs.reserve(query.size());
    for (const auto &[key, value] : query) {
        if (key == u"sign" || key == u"access_token")
            continue;
        pairs.append({key.toUtf8(), value.toUtf8()});
    }
    // Byte-wise ascending by key; the API's samples sort the raw key bytes.
    std::sort(pairs.begin(), pairs.end(), [](const auto &a, const auto &b) { return a.first < b.first; });

    QByteArray message = appSecret + path.toUtf8();
    for (const auto &[key, value] : pairs)
        message += key + value;
    message += body;
    message += appSecret;
    return message;
}

QByteArray RequestSigner::sign(
    const QByteArray &appSecret, QStringView path, const QueryItems &query, const QByteArray &body)
{
    const QByteArray message = stringToSign(appSecret, path, query, body);
    return QMessageAuthenticationCode::hash(message, appSecret, QCryptographicHash::Sha256).toHex();
}

} // namespace ShopDesk
