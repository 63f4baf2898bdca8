// Order search pages and order details as the API sends them: any bytes decode to orders or to an
// error naming the field, never a crash.
#include "domain/ordercodec.h"
#include "fuzzjson.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::optional<QJsonObject> object = ShopDesk::Fuzz::jsonObject(data, size);
    if (!object)
        return 0;
    (void)ShopDesk::OrderCodec::decodeSearchPage(*object);
    (void)ShopDesk::OrderCodec::decodeOrders(*object);
    return 0;
}
