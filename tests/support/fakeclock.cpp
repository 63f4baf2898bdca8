#include "fakeclock.h"

namespace ShopDesk {

FakeClock::FakeClock(qint64 startSecs)
    : m_msecs(startSecs * 1000)
{ }

QDateTime FakeClock::now() const
{
    return QDateTime::fromMSecsSinceEpoch(m_msecs.load(), Qt::UTC);
}

} // namespace ShopDesk
