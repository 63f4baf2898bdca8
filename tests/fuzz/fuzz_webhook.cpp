// Webhook notifications as the receiver gets them: an Authorization header and a raw body. The
// first input byte is the header's length. Whatever the header, a correctly signed body is
// accepted (when it is not too large) and reading it never crashes.
#include <cstdlib>

#include <QCoreApplication>

#include "fuzzjson.h"
#include "security/webhooksignature.h"
#include "sync/webhookreceiver.h"

namespace {

const QString appKey = QStringLiteral("6dapp");
const QByteArray appSecret = QByteArrayLiteral("sandbox-secret");

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication application(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using ShopDesk::WebhookReceiver;
    static WebhookReceiver receiver(appKey, appSecret);
    if (size == 0)
        return 0;
    const size_t headerSize = std::min<size_t>(data[0], size - 1);
    const QByteArray header = ShopDesk::Fuzz::bytes(data + 1, headerSize);
    const QByteArray body = ShopDesk::Fuzz::bytes(data + 1 + headerSize, size - 1 - headerSize);
    (void)receiver.check(body, header);
    const QByteArray signature = ShopDesk::WebhookSignature::compute(appKey.toUtf8(), appSecret, body);
    const WebhookReceiver::Check signedCheck = receiver.check(body, signature);
    if (body.size() <= WebhookReceiver::maximumBodyBytes && signedCheck != WebhookReceiver::Check::Accepted)
        std::abort(); // a correct signature was refused
    if (signedCheck == WebhookReceiver::Check::Accepted)
        (void)receiver.deliver(body);
    return 0;
}
