#pragma once

#include <optional>

#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include "domain/product.h"

class QSettings;

namespace ShopDesk {

/// A shop the seller connected. Nothing here is secret (the cipher only routes a call to the shop);
/// the tokens stay in the keychain under keys made of `appKey` and `id` (CredentialKey).
struct ConnectedShop
{
    QString id;
    QString name;
    QString region;
    QString cipher;
    QString appKey;
    /// The seller whose authorization the tokens belong to: shops authorized together share their
    /// tokens, so a refresh for one of them is stored for all.
    QString openId;

    bool operator==(const ConnectedShop &other) const = default;
};

enum class Theme { System, Light, Dark };

/// The seller's choices, all plain values; ShopProfile keeps each within its range.
struct Preferences
{
    int syncIntervalMinutes = 15;
    int stuckShipmentDays = 5;
    int lowStockThreshold = 10;
    Theme theme = Theme::System;
    /// Empty follows the system; otherwise a locale ShopDesk is translated to ("en", "zh_CN").
    QString language;
    bool webhookListener = false;
    quint16 webhookPort = 8787;
    /// Empty means the platform's application data folder.
    QString dataFolder;

    bool operator==(const Preferences &other) const = default;
};

/// A named set of Products filters the seller saved to come back to ("Low stock, active").
struct SavedProductView
{
    QString name;
    QString text;
    std::optional<ProductStatus> status;
    bool lowStockOnly = false;

    bool operator==(const SavedProductView &other) const = default;
};

/// Where ShopDesk talks to: production by default (api/hosts.h), the sandbox in tests.
struct ServiceHosts
{
    QUrl api;
    QUrl auth;
    QUrl authorize;
    QUrl authorizeUnitedStates;

    static ServiceHosts production();
    bool operator==(const ServiceHosts &other) const = default;
};

/// The non-secret settings of ShopDesk, typed and declared once (STYLE.md section 5): preferences,
/// service hosts, the connected shops and the selected one, all in one QSettings. No key or value
/// here ever holds a secret; tokens and app secrets live only in the CredentialStore.
class ShopProfile final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShopProfile)

public:
    static constexpr int minSyncIntervalMinutes = 1;
    static constexpr int maxSyncIntervalMinutes = 24 * 60;
    static constexpr int minStuckShipmentDays = 1;
    static constexpr int maxStuckShipmentDays = 60;
    static constexpr int maxLowStockThreshold = 100000;
    static constexpr quint16 minWebhookPort = 1024;

    /// Reads and writes `settings`, which must outlive the profile.
    explicit ShopProfile(QSettings &settings, QObject *parent = nullptr);

    Preferences preferences() const;
    /// Stores `preferences` with every value brought into its range.
    void setPreferences(const Preferences &preferences);
    static Preferences clamped(Preferences preferences);
    /// The data folder in use: the preference, or the platform's default.
    QString dataFolder() const;
    /// The offline cache file of one shop (or of the demo shop) inside the data folder.
    QString cachePath(const QString &cacheName) const;

    ServiceHosts hosts() const;
    void setHosts(const ServiceHosts &hosts);

    QList<ConnectedShop> shops() const;
    std::optional<ConnectedShop> shop(const QString &id) const;
    /// Adds `shop`, or replaces the connected shop with the same id.
    void addShop(const ConnectedShop &shop);
    void removeShop(const QString &id);
    /// Empty when the demo shop is selected.
    QString selectedShopId() const;
    void selectShop(const QString &id);

    /// The saved Products views, in the order the seller made them; unnamed entries are dropped.
    QList<SavedProductView> productViews() const;
    void setProductViews(const QList<SavedProductView> &views);

    static QString themeName(Theme theme);
    static Theme themeFromName(QStringView name);
    /// The languages ShopDesk is translated to, as locale names.
    static QStringList languages();

signals:
    void preferencesChanged(const ShopDesk::Preferences &preferences);
    void shopsChanged();

private:
    void writeShops(const QList<ConnectedShop> &shops);

    QSettings &m_settings;
};

} // namespace ShopDesk
