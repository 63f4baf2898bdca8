#include "packagefilter.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

constexpr qint64 day = 24 * 3600;

bool termMatches(const Package &package, QStringView term)
{
    if (package.id.contains(term) || package.trackingNumber.contains(term, Qt::CaseInsensitive)
        || package.shippingProviderName.contains(term, Qt::CaseInsensitive))
        return true;
    return std::any_of(package.orderIds.cbegin(), package.orderIds.cend(),
        [term](const QString &orderId) { return orderId.contains(term); });
}

} // namespace

QStringList PackageFilter::terms(const QString &text)
{
    static const QRegularExpression separators(u"[,;\\s]+"_s);
    return text.split(separators, Qt::SkipEmptyParts);
}

bool PackageFilter::isStuck(const Package &package, qint64 now, int stuckAfterDays)
{
    return package.status == PackageStatus::Fulfilling && stuckAfterDays > 0 && now > 0
        && now - package.updateTime >= stuckAfterDays * day;
}

bool PackageFilter::matches(const Package &package) const
{
    if (status && package.status != *status)
        return false;
    if (stuckOnly && !isStuck(package, now, stuckAfterDays))
        return false;
    const QStringList wanted = terms(text);
    return wanted.isEmpty() || std::any_of(wanted.cbegin(), wanted.cend(), [&package](const QString &term) {
        return termMatches(package, term);
    });
}

} // namespace ShopDesk
