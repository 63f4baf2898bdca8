#pragma once

#include <optional>

#include <QStringList>

#include "domain/package.h"

namespace ShopDesk {

/// What the packages filter bar asks for, as a value that can be tested alone.
struct PackageFilter
{
    /// Days without a carrier event before a shipped package counts as stuck. It becomes a setting
    /// of the seller's once typed settings (ShopProfile) exist; this is its default.
    static constexpr int defaultStuckAfterDays = 5;

    /// A pasted list (commas, semicolons, spaces or line breaks between terms) matches a package
    /// that any term matches: inside its id, an order id, its tracking number or its carrier.
    QString text;
    std::optional<PackageStatus> status;
    /// Only shipped packages that have had no carrier event for a while (see isStuck).
    bool stuckOnly = false;
    qint64 now = 0;
    int stuckAfterDays = defaultStuckAfterDays;

    bool matches(const Package &package) const;
    /// The terms of a pasted list, trimmed, without empty ones.
    static QStringList terms(const QString &text);
    /// Whether a shipped package has had no carrier event for `stuckAfterDays` days at `now`: it
    /// may be lost or held up. A package's update time moves with every carrier scan, so it stands
    /// for the last event.
    static bool isStuck(const Package &package, qint64 now, int stuckAfterDays);
};

} // namespace ShopDesk
