#pragma once

#include <memory>

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace ShopDesk {

class CacheDatabase;

/// Opens a shop's cache for the app. A damaged file is not a dead end: the seller is told what
/// happened and offered a rebuild from the server (the damaged file is kept aside); otherwise, or
/// when the cache is refused for another reason, ShopDesk works without it and says so.
class CacheOpener final
{
    Q_DECLARE_TR_FUNCTIONS(CacheOpener)

public:
    /// `interactive` false (screenshot mode, tests) rebuilds a damaged cache without asking.
    static std::unique_ptr<CacheDatabase> open(const QString &path, QWidget *parent, bool interactive);
};

} // namespace ShopDesk
