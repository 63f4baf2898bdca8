#pragma once

#include <memory>
#include <optional>

#include <QList>
#include <QUrl>
#include <QWizard>

#include "core/secret.h"
#include "domain/authorizedshop.h"
#include "domain/tokengrant.h"

namespace ShopDesk {

class ApiClient;
class AuthService;
class Clock;
class ShopCredentials;
class ShopProfile;

/// Connects shops in three steps (reference section 2): the app's key and secret, the seller's
/// consent in the browser with the redirect address pasted back, then the shops to add. Tokens go
/// only to the keychain, through ShopCredentials.
class ConnectShopWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectShopWizard)

public:
    enum PageId { AppPage, AuthorizePage, ShopsPage };

    ConnectShopWizard(
        ShopProfile &profile, ShopCredentials &credentials, const Clock &clock, QWidget *parent = nullptr);
    ~ConnectShopWizard() override;

    /// The shops added, once the wizard has finished.
    QStringList connectedShopIds() const { return m_connected; }

    // For the pages.
    /// Starts over with a new app: a fresh client that knows the app only.
    void useApp(const QString &appKey, const Secret &appSecret, const QString &serviceId, bool unitedStates);
    QUrl newAuthorizationLink();
    AuthService &auth() { return *m_auth; }
    const std::optional<TokenGrant> &grant() const { return m_grant; }
    void setGrant(const TokenGrant &grant) { m_grant = grant; }
    ShopCredentials &credentials() { return m_credentials; }
    QString appKey() const { return m_appKey; }
    const Secret &appSecret() const { return m_appSecret; }
    void setConnected(const QStringList &shopIds) { m_connected = shopIds; }

private:
    ShopProfile &m_profile;
    ShopCredentials &m_credentials;
    const Clock &m_clock;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<AuthService> m_auth;
    QString m_appKey;
    Secret m_appSecret;
    QString m_serviceId;
    bool m_unitedStates = false;
    std::optional<TokenGrant> m_grant;
    QStringList m_connected;
};

} // namespace ShopDesk
