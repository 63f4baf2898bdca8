#include "shopcredentials.h"

#include <algorithm>

#include "core/logging.h"
#include "domain/tokengrant.h"

namespace ShopDesk {

ShopCredentials::ShopCredentials(CredentialStore &store, ShopProfile &profile, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_profile(profile)
{ }

QList<CredentialKey> ShopCredentials::tokenKeys(const ConnectedShop &shop)
{
    return {{shop.appKey, shop.id, CredentialKey::Kind::AccessToken},
        {shop.appKey, shop.id, CredentialKey::Kind::RefreshToken}};
}

CredentialKey ShopCredentials::appSecretKey(const QString &appKey)
{
    return {appKey, {}, CredentialKey::Kind::AppSecret};
}

void ShopCredentials::connectShops(const QString &appKey, const Secret &appSecret, const TokenGrant &grant,
    const QList<AuthorizedShop> &shops, QObject *context, Done done)
{
    QList<ConnectedShop> connected;
    QList<Step> steps{{appSecretKey(appKey), appSecret}};
    for (const AuthorizedShop &shop : shops) {
        connected.append({shop.id, shop.name, shop.region, shop.cipher, appKey, grant.openId});
        const QList<CredentialKey> keys = tokenKeys(connected.last());
        steps.append({keys.at(0), grant.accessToken});
        steps.append({keys.at(1), grant.refreshToken});
    }
    QList<Step> undo;
    for (const Step &step : steps)
        undo.append({step.key, std::nullopt});
    run(steps, context, [this, connected, undo, context, done](const std::optional<KeychainFailure> &failure) {
        if (!failure) {
            for (const ConnectedShop &shop : connected)
                m_profile.addShop(shop);
            done(std::nullopt);
            return;
        }
        // Leave no entry behind that the profile does not name: sign-out could never find it.
        run(undo, context, [failure, done](const std::optional<KeychainFailure> &) { done(failure); });
    });
}

void ShopCredentials::load(const ConnectedShop &shop, QObject *context, Loaded done)
{
    const QList<CredentialKey> tokens = tokenKeys(shop);
    readAll({appSecretKey(shop.appKey), tokens.at(0), tokens.at(1)}, {}, context,
        [this, shop, done](const QList<Secret> &secrets, const std::optional<KeychainFailure> &failure) {
            if (failure) {
                done(std::nullopt, failure);
                return;
            }
            const ServiceHosts hosts = m_profile.hosts();
            ShopConnection connection;
            connection.apiBaseUrl = hosts.api;
            connection.authBaseUrl = hosts.auth;
            connection.appKey = shop.appKey;
            connection.appSecret = secrets.at(0);
            connection.accessToken = secrets.at(1);
            connection.refreshToken = secrets.at(2);
            connection.shopId = shop.id;
            connection.shopName = shop.name;
            connection.shopCipher = shop.cipher;
            connection.region = shop.region;
            done(connection, std::nullopt);
        });
}

void ShopCredentials::storeRefreshed(const ConnectedShop &shop, const TokenGrant &grant, QObject *context, Done done)
{
    QList<Step> steps;
    for (const ConnectedShop &other : m_profile.shops()) {
        const bool sameGrant = other.id == shop.id
            || (other.appKey == shop.appKey && !shop.openId.isEmpty() && other.openId == shop.openId);
        if (!sameGrant)
            continue;
        const QList<CredentialKey> keys = tokenKeys(other);
        steps.append({keys.at(0), grant.accessToken});
        steps.append({keys.at(1), grant.refreshToken});
    }
    run(steps, context, std::move(done));
}

void ShopCredentials::signOut(const QString &shopId, QObject *context, Done done)
{
    const std::optional<ConnectedShop> shop = m_profile.shop(shopId);
    if (!shop) {
        done(std::nullopt);
        return;
    }
    QList<Step> steps;
    for (const CredentialKey &key : tokenKeys(*shop))
        steps.append({key, std::nullopt});
    const QList<ConnectedShop> shops = m_profile.shops();
    const bool appInUse = std::any_of(shops.cbegin(), shops.cend(),
        [&shop](const ConnectedShop &other) { return other.id != shop->id && other.appKey == shop->appKey; });
    if (!appInUse)
        steps.append({appSecretKey(shop->appKey), std::nullopt});
    run(steps, context, [this, shopId, done](const std::optional<KeychainFailure> &failure) {
        if (!failure)
            m_profile.removeShop(shopId);
        done(failure);
    });
}

void ShopCredentials::run(QList<Step> steps, QObject *context, Done done)
{
    if (steps.isEmpty()) {
        done(std::nullopt);
        return;
    }
    const Step step = steps.takeFirst();
    auto next = [this, steps, context, done](const std::optional<KeychainFailure> &failure) {
        if (failure) {
            qCWarning(lcKeychain).noquote() << "keychain step failed:" << failure->toString();
            done(failure);
            return;
        }
        run(steps, context, done);
    };
    if (step.secret)
        m_store.write(step.key, *step.secret, context, next);
    else
        m_store.remove(step.key, context, next);
}

void ShopCredentials::readAll(QList<CredentialKey> keys, QList<Secret> read, QObject *context,
    std::function<void(const QList<Secret> &, const std::optional<KeychainFailure> &)> done)
{
    if (keys.isEmpty()) {
        done(read, std::nullopt);
        return;
    }
    const CredentialKey key = keys.takeFirst();
    m_store.read(key, context,
        [this, keys, read, context, done](const Secret &secret, const std::optional<KeychainFailure> &failure) mutable {
            if (failure) {
                done({}, failure);
                return;
            }
            read.append(secret);
            readAll(keys, read, context, done);
        });
}

} // namespace ShopDesk
