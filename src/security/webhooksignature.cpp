#include "webhooksignature.h"

#include <QMessageAuthenticationCode>

namespace ShopDesk {

QByteArray WebhookSignature::compute(QByteArrayView appKey, QByteArrayView appSecret, QByteArrayView body)
{
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, appSecret.toByteArray());
    mac.addData(appKey.data(), appKey.size());
    mac.addData(body.data(), body.size());
    return mac.result().toHex();
}

bool WebhookSignature::verify(
    QByteArrayView appKey, QByteArrayView appSecret, QByteArrayView body, QByteArrayView header)
{
    const QByteArray expected = compute(appKey, appSecret, body);
    const QByteArray given = header.trimmed().toByteArray().toLower();
    if (given.size() != expected.size())
        return false;
    // Every byte is compared whatever the first difference, so timing tells nothing.
    unsigned char difference = 0;
    for (qsizetype i = 0; i < expected.size(); ++i)
        difference |= static_cast<unsigned char>(expected.at(i) ^ given.at(i));
    return difference == 0;
}

} // namespace ShopDesk
