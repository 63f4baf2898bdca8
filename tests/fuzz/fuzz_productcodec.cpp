// Product search pages and product details as the API sends them.
#include "domain/productcodec.h"
#include "fuzzjson.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::optional<QJsonObject> object = ShopDesk::Fuzz::jsonObject(data, size);
    if (!object)
        return 0;
    (void)ShopDesk::ProductCodec::decodeSearchPage(*object);
    (void)ShopDesk::ProductCodec::decodeDetail(*object);
    return 0;
}
