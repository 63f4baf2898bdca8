#include <QElapsedTimer>
#include <QTextStream>

#include "api/requestsigner.h"

using namespace Qt::StringLiterals;
using namespace ShopDesk;

// Prints how many request signatures one core computes per second for a typical search call.
int main()
{
    const QueryItems query{{u"app_key"_s, u"6d1a2b3c4d5e6f"_s}, {u"timestamp"_s, u"1764000000"_s},
        {u"shop_cipher"_s, u"ROW_xkMbgAAAeVAQra0eZWebFQq5aIKt"_s}, {u"page_size"_s, u"100"_s},
        {u"page_token"_s, u"+/+/AQAAAGT3m0kAAAAA=="_s}};
    const QByteArray body = R"({"status":"ACTIVATE","update_time_ge":1763000000})";
    constexpr int rounds = 200'000;
    QElapsedTimer timer;
    timer.start();
    QByteArray last;
    for (int i = 0; i < rounds; ++i)
        last = RequestSigner::sign("e59af819cc0123456789", u"/product/202309/products/search", query, body);
    const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    QTextStream(stdout) << "bench: api_signatures_per_s = " << qRound64(rounds / seconds) << " signatures/s\n";
    return last.size() == 64 ? 0 : 1;
}
