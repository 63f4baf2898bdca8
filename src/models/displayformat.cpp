#include "displayformat.h"

#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace ShopDesk {

QString DisplayFormat::dateTime(qint64 epochSeconds)
{
    if (epochSeconds <= 0)
        return none();
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(epochSeconds).toLocalTime(), QLocale::ShortFormat);
}

QString DisplayFormat::date(qint64 epochSeconds)
{
    if (epochSeconds <= 0)
        return none();
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(epochSeconds).toLocalTime().date(), QLocale::ShortFormat);
}

QString DisplayFormat::count(qint64 value)
{
    return QLocale().toString(value);
}

QString DisplayFormat::money(const Money &amount)
{
    return amount.format(QLocale());
}

QString DisplayFormat::money(const std::optional<Money> &amount)
{
    return amount ? money(*amount) : none();
}

QString DisplayFormat::commission(CommissionRate rate)
{
    return tr("%1%", "a percentage").arg(commissionPercentText(rate, QLocale()));
}

QString DisplayFormat::rate(BasisPoints rate)
{
    // Basis points are hundredths of a percent, like commission rates.
    return commission(rate);
}

QString DisplayFormat::duration(qint64 seconds)
{
    const qint64 minutes = qMax<qint64>(0, seconds) / 60;
    if (minutes < 60)
        return tr("%n min", nullptr, int(minutes));
    return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60, 2, 10, QChar(u'0'));
}

QString DisplayFormat::none()
{
    return u"—"_s;
}

} // namespace ShopDesk
