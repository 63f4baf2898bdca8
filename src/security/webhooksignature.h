#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace ShopDesk {

/// The signature of a webhook notification (reference section 8.3): lowercase hex HMAC-SHA256 over
/// the app key followed by the raw body, keyed with the app secret, sent as the `Authorization`
/// header. No timestamp is signed, so a receiver also drops repeats.
class WebhookSignature final
{
public:
    static QByteArray compute(QByteArrayView appKey, QByteArrayView appSecret, QByteArrayView body);
    /// Compares in constant time, on the raw bytes as received, before any JSON parsing.
    static bool verify(QByteArrayView appKey, QByteArrayView appSecret, QByteArrayView body, QByteArrayView header);
};

} // namespace ShopDesk
