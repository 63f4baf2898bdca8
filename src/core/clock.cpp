#include "clock.h"

namespace ShopDesk {

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

} // namespace ShopDesk
