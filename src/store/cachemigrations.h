#pragma once

#include <QStringList>

namespace ShopDesk {

/// The SQL that takes the cache from one schema version to the next. Steps are only ever added:
/// an existing step never changes, so every older cache follows the same path to the current one.
class CacheMigrations final
{
public:
    static QStringList statementsFor(int version);
};

} // namespace ShopDesk
