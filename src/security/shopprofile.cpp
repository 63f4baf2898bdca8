#include "shopprofile.h"

#include <algorithm>

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

#include "api/hosts.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

// The one index of settings keys: nothing else in ShopDesk names a QSettings key.
namespace Key {
constexpr QStringView syncInterval = u"sync/intervalMinutes";
constexpr QStringView stuckShipmentDays = u"shipments/stuckAfterDays";
constexpr QStringView lowStockThreshold = u"products/lowStockThreshold";
constexpr QStringView theme = u"appearance/theme";
constexpr QStringView language = u"appearance/language";
constexpr QStringView webhookListener = u"webhooks/listen";
constexpr QStringView webhookPort = u"webhooks/port";
constexpr QStringView dataFolder = u"storage/dataFolder";
constexpr QStringView apiHost = u"hosts/api";
constexpr QStringView authHost = u"hosts/auth";
constexpr QStringView authorizePage = u"hosts/authorize";
constexpr QStringView authorizePageUnitedStates = u"hosts/authorizeUnitedStates";
constexpr QStringView shops = u"shops";
constexpr QStringView selectedShop = u"selectedShop";
// Fields of one entry of the `shops` array.
constexpr QStringView shopId = u"id";
constexpr QStringView shopName = u"name";
constexpr QStringView shopRegion = u"region";
constexpr QStringView shopCipher = u"cipher";
constexpr QStringView shopAppKey = u"appKey";
constexpr QStringView shopOpenId = u"openId";
constexpr QStringView productViews = u"products/views";
// Fields of one entry of the `products/views` array.
constexpr QStringView viewName = u"name";
constexpr QStringView viewText = u"text";
constexpr QStringView viewStatus = u"status";
constexpr QStringView viewLowStock = u"lowStockOnly";
} // namespace Key

QString key(QStringView name)
{
    return name.toString();
}

int intValue(const QSettings &settings, QStringView name, int fallback)
{
    bool ok = false;
    const int value = settings.value(key(name)).toInt(&ok);
    return ok ? value : fallback;
}

QUrl urlValue(const QSettings &settings, QStringView name, QStringView fallback)
{
    const QUrl url(settings.value(key(name)).toString(), QUrl::StrictMode);
    return url.isValid() && !url.isEmpty() ? url : QUrl(fallback.toString());
}

} // namespace

ServiceHosts ServiceHosts::production()
{
    return {QUrl(ProductionHosts::api.toString()), QUrl(ProductionHosts::auth.toString()),
        QUrl(ProductionHosts::authorizeRestOfWorld.toString()),
        QUrl(ProductionHosts::authorizeUnitedStates.toString())};
}

ShopProfile::ShopProfile(QSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{ }

Preferences ShopProfile::preferences() const
{
    const Preferences defaults;
    Preferences preferences;
    preferences.syncIntervalMinutes = intValue(m_settings, Key::syncInterval, defaults.syncIntervalMinutes);
    preferences.stuckShipmentDays = intValue(m_settings, Key::stuckShipmentDays, defaults.stuckShipmentDays);
    preferences.lowStockThreshold = intValue(m_settings, Key::lowStockThreshold, defaults.lowStockThreshold);
    preferences.theme = themeFromName(m_settings.value(key(Key::theme)).toString());
    preferences.language = m_settings.value(key(Key::language)).toString();
    preferences.webhookListener = m_settings.value(key(Key::webhookListener), defaults.webhookListener).toBool();
    preferences.webhookPort = quint16(intValue(m_settings, Key::webhookPort, defaults.webhookPort));
    preferences.dataFolder = m_settings.value(key(Key::dataFolder)).toString();
    // A hand-edited or older file may hold anything: what it says is only ever read through the ranges.
    return clamped(preferences);
}

Preferences ShopProfile::clamped(Preferences preferences)
{
    const Preferences defaults;
    preferences.syncIntervalMinutes
        = std::clamp(preferences.syncIntervalMinutes, minSyncIntervalMinutes, maxSyncIntervalMinutes);
    preferences.stuckShipmentDays
        = std::clamp(preferences.stuckShipmentDays, minStuckShipmentDays, maxStuckShipmentDays);
    preferences.lowStockThreshold = std::clamp(preferences.lowStockThreshold, 0, maxLowStockThreshold);
    if (!preferences.language.isEmpty() && !languages().contains(preferences.language))
        preferences.language.clear();
    if (preferences.webhookPort < minWebhookPort)
        preferences.webhookPort = defaults.webhookPort;
    preferences.dataFolder = preferences.dataFolder.trimmed();
    return preferences;
}

void ShopProfile::setPreferences(const Preferences &wanted)
{
    const Preferences preferences = clamped(wanted);
    if (preferences == this->preferences())
        return;
    m_settings.setValue(key(Key::syncInterval), preferences.syncIntervalMinutes);
    m_settings.setValue(key(Key::stuckShipmentDays), preferences.stuckShipmentDays);
    m_settings.setValue(key(Key::lowStockThreshold), preferences.lowStockThreshold);
    m_settings.setValue(key(Key::theme), themeName(preferences.theme));
    m_settings.setValue(key(Key::language), preferences.language);
    m_settings.setValue(key(Key::webhookListener), preferences.webhookListener);
    m_settings.setValue(key(Key::webhookPort), preferences.webhookPort);
    m_settings.setValue(key(Key::dataFolder), preferences.dataFolder);
    m_settings.sync();
    emit preferencesChanged(preferences);
}

QString ShopProfile::dataFolder() const
{
    const QString chosen = preferences().dataFolder;
    return chosen.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) : chosen;
}

QString ShopProfile::cachePath(const QString &cacheName) const
{
    return QDir(dataFolder()).filePath(u"caches/"_s + cacheName + u".sqlite"_s);
}

ServiceHosts ShopProfile::hosts() const
{
    const ServiceHosts production = ServiceHosts::production();
    return {urlValue(m_settings, Key::apiHost, production.api.toString()),
        urlValue(m_settings, Key::authHost, production.auth.toString()),
        urlValue(m_settings, Key::authorizePage, production.authorize.toString()),
        urlValue(m_settings, Key::authorizePageUnitedStates, production.authorizeUnitedStates.toString())};
}

void ShopProfile::setHosts(const ServiceHosts &hosts)
{
    m_settings.setValue(key(Key::apiHost), hosts.api.toString());
    m_settings.setValue(key(Key::authHost), hosts.auth.toString());
    m_settings.setValue(key(Key::authorizePage), hosts.authorize.toString());
    m_settings.setValue(key(Key::authorizePageUnitedStates), hosts.authorizeUnitedStates.toString());
    m_settings.sync();
}

QList<ConnectedShop> ShopProfile::shops() const
{
    QList<ConnectedShop> shops;
    const int count = m_settings.beginReadArray(key(Key::shops));
    for (int i = 0; i < count; ++i) {
        m_settings.setArrayIndex(i);
        ConnectedShop shop{m_settings.value(key(Key::shopId)).toString(),
            m_settings.value(key(Key::shopName)).toString(), m_settings.value(key(Key::shopRegion)).toString(),
            m_settings.value(key(Key::shopCipher)).toString(), m_settings.value(key(Key::shopAppKey)).toString(),
            m_settings.value(key(Key::shopOpenId)).toString()};
        // An entry without the names of its keychain entries could never be opened or signed out.
        if (!shop.id.isEmpty() && !shop.appKey.isEmpty())
            shops.append(shop);
    }
    m_settings.endArray();
    return shops;
}

std::optional<ConnectedShop> ShopProfile::shop(const QString &id) const
{
    for (const ConnectedShop &shop : shops()) {
        if (shop.id == id)
            return shop;
    }
    return std::nullopt;
}

void ShopProfile::addShop(const ConnectedShop &shop)
{
    QList<ConnectedShop> all = shops();
    const auto same = std::find_if(all.begin(), all.end(), [&shop](const ConnectedShop &s) { return s.id == shop.id; });
    if (same != all.end())
        *same = shop;
    else
        all.append(shop);
    writeShops(all);
}

void ShopProfile::removeShop(const QString &id)
{
    QList<ConnectedShop> all = shops();
    all.removeIf([&id](const ConnectedShop &shop) { return shop.id == id; });
    if (selectedShopId() == id)
        m_settings.remove(key(Key::selectedShop));
    writeShops(all);
}

void ShopProfile::writeShops(const QList<ConnectedShop> &shops)
{
    m_settings.remove(key(Key::shops));
    m_settings.beginWriteArray(key(Key::shops), int(shops.size()));
    for (int i = 0; i < shops.size(); ++i) {
        const ConnectedShop &shop = shops.at(i);
        m_settings.setArrayIndex(i);
        m_settings.setValue(key(Key::shopId), shop.id);
        m_settings.setValue(key(Key::shopName), shop.name);
        m_settings.setValue(key(Key::shopRegion), shop.region);
        m_settings.setValue(key(Key::shopCipher), shop.cipher);
        m_settings.setValue(key(Key::shopAppKey), shop.appKey);
        m_settings.setValue(key(Key::shopOpenId), shop.openId);
    }
    m_settings.endArray();
    m_settings.sync();
    emit shopsChanged();
}

QString ShopProfile::selectedShopId() const
{
    const QString id = m_settings.value(key(Key::selectedShop)).toString();
    return shop(id) ? id : QString();
}

void ShopProfile::selectShop(const QString &id)
{
    if (id.isEmpty())
        m_settings.remove(key(Key::selectedShop));
    else
        m_settings.setValue(key(Key::selectedShop), id);
    m_settings.sync();
}

QList<SavedProductView> ShopProfile::productViews() const
{
    QList<SavedProductView> views;
    const int count = m_settings.beginReadArray(key(Key::productViews));
    for (int i = 0; i < count; ++i) {
        m_settings.setArrayIndex(i);
        SavedProductView view;
        view.name = m_settings.value(key(Key::viewName)).toString().trimmed();
        view.text = m_settings.value(key(Key::viewText)).toString();
        // Stored by its API name so that a reordered enum never changes what a view shows.
        const QString status = m_settings.value(key(Key::viewStatus)).toString();
        if (!status.isEmpty() && productStatusFromApi(status) != ProductStatus::Unknown)
            view.status = productStatusFromApi(status);
        view.lowStockOnly = m_settings.value(key(Key::viewLowStock), false).toBool();
        if (!view.name.isEmpty())
            views.append(view);
    }
    m_settings.endArray();
    return views;
}

void ShopProfile::setProductViews(const QList<SavedProductView> &views)
{
    m_settings.remove(key(Key::productViews));
    m_settings.beginWriteArray(key(Key::productViews), int(views.size()));
    for (int i = 0; i < views.size(); ++i) {
        const SavedProductView &view = views.at(i);
        m_settings.setArrayIndex(i);
        m_settings.setValue(key(Key::viewName), view.name);
        m_settings.setValue(key(Key::viewText), view.text);
        m_settings.setValue(key(Key::viewStatus), view.status ? productStatusToApi(*view.status) : QString());
        m_settings.setValue(key(Key::viewLowStock), view.lowStockOnly);
    }
    m_settings.endArray();
    m_settings.sync();
}

QString ShopProfile::themeName(Theme theme)
{
    switch (theme) {
    case Theme::Light:
        return u"light"_s;
    case Theme::Dark:
        return u"dark"_s;
    case Theme::System:
        break;
    }
    return u"system"_s;
}

Theme ShopProfile::themeFromName(QStringView name)
{
    if (name == u"light")
        return Theme::Light;
    if (name == u"dark")
        return Theme::Dark;
    return Theme::System;
}

QStringList ShopProfile::languages()
{
    return {u"en"_s, u"zh_CN"_s};
}

} // namespace ShopDesk
