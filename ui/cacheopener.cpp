#include "cacheopener.h"

#include <QMessageBox>

#include "core/logging.h"
#include "store/cachedatabase.h"

namespace ShopDesk {

std::unique_ptr<CacheDatabase> CacheOpener::open(const QString &path, QWidget *parent, bool interactive)
{
    auto cache = CacheDatabase::open(path);
    if (cache)
        return std::move(cache).value();
    if (CacheDatabase::isDamaged(path)) {
        const bool rebuild = !interactive
            || QMessageBox::question(parent, tr("The local cache is damaged"),
                   tr("ShopDesk could not read its copy of this shop's data (%1).\n\nRebuild it from the shop? "
                      "Nothing is lost on TikTok Shop; the damaged file is kept next to the new one.")
                       .arg(cache.error().message),
                   QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes)
                == QMessageBox::Yes;
        if (rebuild) {
            auto rebuilt = CacheDatabase::rebuild(path);
            if (rebuilt)
                return std::move(rebuilt).value();
            cache = rebuilt.error();
        }
    }
    qCWarning(lcStore).noquote() << "working without the offline cache:" << cache.error().toString();
    if (interactive)
        QMessageBox::warning(parent, tr("Working without the offline cache"),
            tr("%1\n\nShopDesk works from the server only: nothing is shown offline, and prices, stock and "
               "shipments cannot be changed.")
                .arg(cache.error().toString()));
    return nullptr;
}

} // namespace ShopDesk
