#include "commissionrate.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

constexpr int maxWholeDigits = 5; // far above any rate, far below an overflow
constexpr qint64 hundredthsPerWhole = 100;
constexpr qint64 ratePerWhole = 10000; // a rate of 10000 is 100 %

} // namespace

Result<CommissionRate> parseCommissionPercent(QStringView text, QChar decimalPoint)
{
    const QStringView trimmed = text.trimmed();
    const qsizetype dot = trimmed.indexOf(decimalPoint);
    const QStringView whole = dot < 0 ? trimmed : trimmed.left(dot);
    const QStringView fraction = dot < 0 ? QStringView() : trimmed.mid(dot + 1);
    auto digitsOnly = [](QStringView part) {
        for (const QChar c : part) {
            if (c < u'0' || c > u'9')
                return false;
        }
        return true;
    };
    if (whole.isEmpty() || whole.size() > maxWholeDigits || !digitsOnly(whole) || !digitsOnly(fraction)
        || (dot >= 0 && fraction.isEmpty()))
        return Error{u"expected a percentage such as 12.5, found \"%1\""_s.arg(trimmed), {}};
    if (fraction.size() > 2)
        return Error{u"a commission rate has at most two decimals, found \"%1\""_s.arg(trimmed), {}};
    CommissionRate rate = whole.toLongLong() * hundredthsPerWhole;
    if (!fraction.isEmpty())
        rate += fraction.size() == 1 ? fraction.toLongLong() * 10 : fraction.toLongLong();
    return rate;
}

QString commissionPercentText(CommissionRate rate, const QLocale &locale)
{
    const QString fraction = QString::number(rate % hundredthsPerWhole).rightJustified(2, u'0');
    return locale.toString(rate / hundredthsPerWhole) + locale.decimalPoint() + fraction;
}

Money commissionOf(const Money &base, CommissionRate rate)
{
    const qint64 product = base.minor * rate;
    const qint64 rounded = (product + (product >= 0 ? ratePerWhole / 2 : -ratePerWhole / 2)) / ratePerWhole;
    return Money{rounded, base.currency};
}

} // namespace ShopDesk
