#pragma once

#include <QLoggingCategory>

namespace ShopDesk {

// The fixed set of categories (STYLE.md section 8); enable with QT_LOGGING_RULES="shopdesk.*=true".
Q_DECLARE_LOGGING_CATEGORY(lcApi)
Q_DECLARE_LOGGING_CATEGORY(lcSync)
Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcKeychain)
Q_DECLARE_LOGGING_CATEGORY(lcSandbox)
Q_DECLARE_LOGGING_CATEGORY(lcUi)

} // namespace ShopDesk
