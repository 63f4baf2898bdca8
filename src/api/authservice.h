#pragma once

#include <QList>
#include <QObject>
#include <QUrl>

#include "api/apireply.h"
#include "core/result.h"
#include "domain/authorizedshop.h"
#include "domain/tokengrant.h"

namespace ShopDesk {

class ApiClient;

/// Authorization (reference section 2): the seller's consent link with an unguessable state, the
/// code the seller pastes back, its exchange for tokens, and the shops the seller authorized.
class AuthService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuthService)

public:
    explicit AuthService(ApiClient &client, QObject *parent = nullptr);

    /// `authorizePage` is the authorization link's base (ProductionHosts or the sandbox); a fresh
    /// state is made for every link and remembered until a code is accepted.
    QUrl authorizationLink(const QUrl &authorizePage, const QString &serviceId);
    QString pendingState() const { return m_state; }
    /// Accepts the whole redirect address (`…?code=…&state=…`, whose state must match) or the bare
    /// code; an `error=auth_denied` redirect says the seller declined.
    Result<QString> codeFromPaste(const QString &pasted) const;
    /// Exchanges the code; on success the client uses the new tokens from then on.
    Reply<TokenGrant> *exchange(const QString &authCode);
    Reply<QList<AuthorizedShop>> *authorizedShops();

private:
    ApiClient &m_client;
    QString m_state;
};

} // namespace ShopDesk
