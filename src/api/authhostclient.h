#pragma once

#include <QObject>

#include "api/apireply.h"
#include "domain/tokengrant.h"

class QNetworkAccessManager;

namespace ShopDesk {

class Clock;
struct ShopConnection;

/// The auth host's two calls (reference sections 2.2 and 2.3): exchanging an authorization code
/// and refreshing. They are not signed; the app secret travels in the query, so nothing here is
/// ever logged with its URL.
class AuthHostClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuthHostClient)

public:
    AuthHostClient(QNetworkAccessManager &network, const Clock &clock, QObject *parent = nullptr);

    /// Uses the connection's auth base URL, app key and secret.
    Reply<TokenGrant> *exchangeCode(const ShopConnection &connection, const QString &authCode);
    Reply<TokenGrant> *refresh(const ShopConnection &connection);

private:
    Reply<TokenGrant> *get(
        const ShopConnection &connection, const QString &path, const QList<std::pair<QString, QString>> &parameters);

    QNetworkAccessManager &m_network;
    const Clock &m_clock;
};

} // namespace ShopDesk
