#pragma once

#include <memory>

#include <QObject>

#include "api/shopconnection.h"
#include "errorpresenter.h"
#include "security/shopprofile.h"
#include "sync/shopsattention.h"

namespace ShopDesk {

class AppTheme;
class Clock;
class CredentialStore;
class MainWindow;
class ScreenshotRunner;
class ShopCredentials;

/// Shows the main window of one shop at a time and builds it anew when the seller switches shops,
/// signs out or changes the language: a fresh session, cache and window is simpler and more robust
/// than teaching every pane to swap its shop or retranslate itself. Owns the settings workflow.
class ShopWindowHost final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShopWindowHost)

public:
    /// `demo` is the built-in sandbox shop, always available.
    ShopWindowHost(ShopProfile &profile, CredentialStore &credentials, AppTheme &theme, const Clock &clock,
        const ShopConnection &demo, QObject *parent = nullptr);
    ~ShopWindowHost() override;

    /// Whether questions may be asked (a damaged cache); off in screenshot mode.
    void setInteractive(bool interactive) { m_interactive = interactive; }

    /// Null until the first window is open.
    MainWindow *window() const;
    /// Opens the shop selected in the profile, or the demo shop.
    void openSelected();
    /// Opens the demo shop at once.
    void openDemo();
    /// Opens a connected shop once its secrets are read from the keychain; on failure the current
    /// window (or the demo shop) stays and says why.
    void openShop(const QString &shopId);
    /// Deletes the shop's keychain entries and removes it; its window gives way to another shop.
    void signOut(const QString &shopId);
    /// Stores `preferences` and applies them: the theme at once, the language and data folder by
    /// building the window again.
    void applyPreferences(const Preferences &preferences);

    /// Has screenshot mode also save the main dialogs: settings, the wizard's first page, shortcuts.
    void addScreenshotDialogs(ScreenshotRunner &runner);
    /// Every connected shop and the demo shop, with the cache file each one's window keeps.
    QList<ShopCache> shopCaches() const;

signals:
    /// A new window replaced the previous one (or is the first).
    void windowChanged();

private:
    struct Shown;
    void listenForWebhooks(Shown &shown, const ShopConnection &connection);

    void show(const ShopConnection &connection);
    void rebuild();
    void connectWindow(MainWindow &window);
    void handleSettings();
    void handleShopRequested(const QString &shopId);
    void handleAllShops();
    void handleConnectShop();
    void handleSignOutRequested();
    /// Shows `presentation` in the window's banner; its action retries opening `shopId`, or connects
    /// a shop again.
    void showProblem(const ErrorPresentation &presentation, const QString &shopId = {});
    void handleBannerAction();

    ShopProfile &m_profile;
    CredentialStore &m_credentials;
    AppTheme &m_theme;
    const Clock &m_clock;
    const ShopConnection m_demo;
    ShopCredentials *const m_shopCredentials;
    ErrorPresentation::Action m_problemAction = ErrorPresentation::Action::None;
    QString m_problemShopId;
    std::shared_ptr<Shown> m_shown;
    bool m_interactive = true;
};

} // namespace ShopDesk
