#pragma once

#include <QString>

class QUrl;

namespace ShopDesk {

/// What request logging may show of a URL: the credentials in the query (sign, access_token,
/// app_secret, refresh_token, auth_code) are replaced by a marker.
class LogRedaction final
{
public:
    static QString url(const QUrl &url);
    static bool isSecretParameter(QStringView key);
};

} // namespace ShopDesk
