#pragma once

#include <functional>
#include <optional>

#include <QList>
#include <QObject>

#include "api/shopconnection.h"
#include "domain/authorizedshop.h"
#include "security/credentialstore.h"
#include "security/shopprofile.h"

namespace ShopDesk {

struct TokenGrant;

/// The keychain side of connected shops: what connecting stores, what opening a shop reads, what
/// a token refresh replaces and what signing out deletes. The keychain cannot list its entries, so
/// a shop's entries are named from what ShopProfile keeps about it (app key and shop id).
class ShopCredentials final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShopCredentials)

public:
    using Done = std::function<void(const std::optional<KeychainFailure> &failure)>;
    using Loaded = std::function<void(
        const std::optional<ShopConnection> &connection, const std::optional<KeychainFailure> &failure)>;

    ShopCredentials(CredentialStore &store, ShopProfile &profile, QObject *parent = nullptr);

    /// The entries that belong to `shop` alone: its access and refresh tokens.
    static QList<CredentialKey> tokenKeys(const ConnectedShop &shop);
    /// The app secret, shared by every shop connected through the app.
    static CredentialKey appSecretKey(const QString &appKey);

    /// Stores the app secret and `grant`'s tokens for each of `shops`, then adds the shops to the
    /// profile. On a keychain failure what was written is taken back and the profile is untouched.
    void connectShops(const QString &appKey, const Secret &appSecret, const TokenGrant &grant,
        const QList<AuthorizedShop> &shops, QObject *context, Done done);
    /// Reads the secrets `shop` needs and builds its connection to the profile's hosts.
    void load(const ConnectedShop &shop, QObject *context, Loaded done);
    /// Stores refreshed tokens for `shop` and every shop of the same authorization, which share
    /// them: a refresh spends the old refresh token for all of them.
    void storeRefreshed(const ConnectedShop &shop, const TokenGrant &grant, QObject *context, Done done);
    /// Deletes every keychain entry of the shop (the app secret too when no other connected shop
    /// uses the app), then removes it from the profile. A shop whose entries could not be deleted
    /// stays, so that signing out can be tried again.
    void signOut(const QString &shopId, QObject *context, Done done);

private:
    struct Step
    {
        CredentialKey key;
        /// Nothing removes the entry.
        std::optional<Secret> secret;
    };

    void run(QList<Step> steps, QObject *context, Done done);
    void readAll(QList<CredentialKey> keys, QList<Secret> read, QObject *context,
        std::function<void(const QList<Secret> &, const std::optional<KeychainFailure> &)> done);

    CredentialStore &m_store;
    ShopProfile &m_profile;
};

} // namespace ShopDesk
