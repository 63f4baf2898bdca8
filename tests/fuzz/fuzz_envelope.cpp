// Whole HTTP answers: the envelope, HTML error pages, truncated bodies, under the statuses that
// change how they are read.
#include <array>

#include "api/envelopeparser.h"
#include "fuzzjson.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = ShopDesk::Fuzz::bytes(data, size);
    for (const int status : std::array{200, 401, 429, 500, 503})
        (void)ShopDesk::EnvelopeParser::parse(status, body);
    return 0;
}
