#include "logging.h"

namespace ShopDesk {

Q_LOGGING_CATEGORY(lcApi, "shopdesk.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "shopdesk.sync", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "shopdesk.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcKeychain, "shopdesk.keychain", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSandbox, "shopdesk.sandbox", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "shopdesk.ui", QtInfoMsg)

} // namespace ShopDesk
