#include "shopwindowhost.h"

#include <chrono>

#include <QApplication>
#include <QDebug>
#include <QMessageBox>
#include <QTabWidget>
#include <QTimer>

#include "api/apiclient.h"
#include "api/shopsession.h"
#include "apptheme.h"
#include "cacheopener.h"
#include "core/clock.h"
#include "core/logging.h"
#include "dialogs/allshopsdialog.h"
#include "dialogs/connectshopwizard.h"
#include "dialogs/settingsdialog.h"
#include "dialogs/shortcutsdialog.h"
#include "errorpresenter.h"
#include "languageloader.h"
#include "mainwindow.h"
#include "notifier.h"
#include "panes/pane.h"
#include "screenshotrunner.h"
#include "security/shopcredentials.h"
#include "store/cachedatabase.h"
#include "sync/webhookreceiver.h"
#include "widgets/messagebanner.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

/// What one shop's window stands on; members are destroyed window first, session last.
struct ShopWindowHost::Shown
{
    std::unique_ptr<ShopSession> session;
    std::unique_ptr<CacheDatabase> cache;
    std::unique_ptr<MainWindow> window;
    /// Listens for webhook notifications relayed to this computer, when the seller turned it on.
    std::unique_ptr<WebhookReceiver> webhooks;
};

ShopWindowHost::ShopWindowHost(ShopProfile &profile, CredentialStore &credentials, AppTheme &theme, const Clock &clock,
    const ShopConnection &demo, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_credentials(credentials)
    , m_theme(theme)
    , m_clock(clock)
    , m_demo(demo)
    , m_shopCredentials(new ShopCredentials(credentials, profile, this))
{
    connect(&m_profile, &ShopProfile::shopsChanged, this, [this] {
        if (window())
            window()->setShopChoices(m_profile.shops());
    });
}

ShopWindowHost::~ShopWindowHost() = default;

MainWindow *ShopWindowHost::window() const
{
    return m_shown ? m_shown->window.get() : nullptr;
}

void ShopWindowHost::openSelected()
{
    const QString selected = m_profile.selectedShopId();
    if (selected.isEmpty())
        openDemo();
    else
        openShop(selected);
}

void ShopWindowHost::openShop(const QString &shopId)
{
    const std::optional<ConnectedShop> shop = m_profile.shop(shopId);
    if (!shop) {
        openDemo();
        return;
    }
    m_shopCredentials->load(*shop, this,
        [this, shopId](const std::optional<ShopConnection> &connection, const std::optional<KeychainFailure> &failure) {
            if (!connection) {
                if (!window())
                    openDemo();
                showProblem(ErrorPresenter::present(failure.value_or(KeychainFailure{})), shopId);
                return;
            }
            m_profile.selectShop(shopId);
            show(*connection);
        });
}

void ShopWindowHost::signOut(const QString &shopId)
{
    m_shopCredentials->signOut(shopId, this, [this, shopId](const std::optional<KeychainFailure> &failure) {
        if (failure) {
            showProblem(ErrorPresenter::present(*failure));
            return;
        }
        const MainWindow *current = window();
        if (current && m_shown->session->connection().shopId == shopId && !m_shown->session->connection().demo) {
            const QList<ConnectedShop> remaining = m_profile.shops();
            if (remaining.isEmpty())
                openDemo();
            else
                openShop(remaining.first().id);
        }
    });
}

void ShopWindowHost::listenForWebhooks(Shown &shown, const ShopConnection &connection)
{
    const Preferences preferences = m_profile.preferences();
    if (!preferences.webhookListener || connection.appSecret.reveal().isEmpty())
        return;
    // The window being replaced still holds the port; it lets go of it first.
    if (m_shown)
        m_shown->webhooks.reset();
    auto receiver = std::make_unique<WebhookReceiver>(connection.appKey, connection.appSecret.reveal());
    if (receiver->listenOnLoopback(preferences.webhookPort) == 0) {
        qCWarning(lcSync) << "webhook listener: port" << preferences.webhookPort << "is in use";
        return;
    }
    connect(receiver.get(), &WebhookReceiver::eventReceived, shown.window.get(), &MainWindow::handleWebhookEvent);
    shown.webhooks = std::move(receiver);
}

void ShopWindowHost::openDemo()
{
    show(m_demo);
}

void ShopWindowHost::show(const ShopConnection &connection)
{
    auto shown = std::make_shared<Shown>();
    shown->session = std::make_unique<ShopSession>(connection, m_clock);
    // The command line files a shop's cache under the same name, so both see the same pending writes.
    const QString cacheName = connection.demo ? u"demo-"_s + connection.localId() : connection.localId();
    shown->cache
        = CacheOpener::open(m_profile.cachePath(cacheName), m_shown ? m_shown->window.get() : nullptr, m_interactive);
    shown->window = std::make_unique<MainWindow>(*shown->session, m_clock, shown->cache.get());
    listenForWebhooks(*shown, connection);

    std::shared_ptr<Shown> previous = std::exchange(m_shown, shown);
    if (previous) {
        // The new window takes the place of the old one, on the same pane.
        shown->window->setGeometry(previous->window->geometry());
        const auto *tabs = previous->window->findChild<QTabWidget *>(u"paneTabs"_s);
        const Pane *current = tabs ? qobject_cast<const Pane *>(tabs->currentWidget()) : nullptr;
        for (Pane *pane : shown->window->panes()) {
            if (current && pane->paneId() == current->paneId())
                shown->window->showPane(pane);
        }
        previous->window->hide();
        // The old window may be running the slot that asked for this; it goes once that returns.
        QTimer::singleShot(0, this, [previous]() mutable { previous.reset(); });
    }
    connectWindow(*shown->window);
    shown->window->show();
    emit windowChanged();
}

void ShopWindowHost::rebuild()
{
    if (m_shown)
        show(m_shown->session->connection());
}

void ShopWindowHost::connectWindow(MainWindow &window)
{
    window.setSyncInterval(std::chrono::minutes(m_profile.preferences().syncIntervalMinutes));
    window.applyPreferences(m_profile.preferences());
    window.setShopChoices(m_profile.shops());
    window.setSavedProductViews(m_profile.productViews());
    connect(&window, &MainWindow::savedProductViewsChanged, &m_profile, &ShopProfile::setProductViews);
    connect(&window, &MainWindow::settingsRequested, this, &ShopWindowHost::handleSettings);
    connect(&window, &MainWindow::shopRequested, this, &ShopWindowHost::handleShopRequested);
    connect(&window, &MainWindow::allShopsRequested, this, &ShopWindowHost::handleAllShops);
    connect(&window, &MainWindow::connectShopRequested, this, &ShopWindowHost::handleConnectShop);
    connect(&window, &MainWindow::signOutRequested, this, &ShopWindowHost::handleSignOutRequested);
    connect(&window.windowBanner(), &MessageBanner::actionRequested, this, &ShopWindowHost::handleBannerAction);
    connect(
        &window.notifier(), &Notifier::notified, this, [this](const QString &, const QString &, Notifier::Kind kind) {
            // The banner then offers to authorize again: its button runs the connect wizard.
            if (kind == Notifier::Kind::ReauthorizationNeeded) {
                m_problemAction = ErrorPresentation::Action::SignInAgain;
                m_problemShopId.clear();
            }
        });
    const ShopConnection &connection = m_shown->session->connection();
    if (const std::optional<ConnectedShop> shop = m_profile.shop(connection.shopId); shop && !connection.demo) {
        // Refresh tokens rotate: the new pair must reach the keychain, or the next start is signed out.
        connect(&m_shown->session->client(), &ApiClient::tokensRefreshed, this, [this, shop](const TokenGrant &grant) {
            m_shopCredentials->storeRefreshed(
                *shop, grant, this, [this](const std::optional<KeychainFailure> &failure) {
                    if (failure)
                        showProblem(ErrorPresenter::present(*failure));
                });
        });
    }
}

void ShopWindowHost::handleShopRequested(const QString &shopId)
{
    if (!shopId.isEmpty()) {
        openShop(shopId);
        return;
    }
    m_profile.selectShop({});
    openDemo();
}

QList<ShopCache> ShopWindowHost::shopCaches() const
{
    QList<ShopCache> shops;
    for (const ConnectedShop &shop : m_profile.shops())
        shops.append({shop.id, shop.name, m_profile.cachePath(shop.id), false});
    shops.append({m_demo.shopId, tr("Demo shop: %1").arg(m_demo.shopName),
        m_profile.cachePath(u"demo-"_s + m_demo.localId()), true});
    return shops;
}

void ShopWindowHost::handleAllShops()
{
    auto *dialog = new AllShopsDialog(shopCaches(), m_clock, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Queued: switching shops replaces the window the dialog belongs to.
    connect(dialog, &AllShopsDialog::shopRequested, this, &ShopWindowHost::handleShopRequested, Qt::QueuedConnection);
    dialog->open();
}

void ShopWindowHost::handleConnectShop()
{
    ConnectShopWizard wizard(m_profile, *m_shopCredentials, m_clock, window());
    if (wizard.exec() == QDialog::Accepted && !wizard.connectedShopIds().isEmpty())
        openShop(wizard.connectedShopIds().first());
}

void ShopWindowHost::handleSignOutRequested()
{
    const ShopConnection connection = m_shown->session->connection();
    if (connection.demo)
        return;
    const auto answer = QMessageBox::question(window(), tr("Sign out of %1?").arg(connection.shopName),
        tr("ShopDesk deletes this shop's access from the system keychain and removes the shop from the Shop "
           "menu. Connect it again to come back."),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        signOut(connection.shopId);
}

void ShopWindowHost::showProblem(const ErrorPresentation &presentation, const QString &shopId)
{
    m_problemAction = presentation.action;
    m_problemShopId = shopId;
    if (MainWindow *current = window())
        current->windowBanner().showError(presentation);
    else
        qWarning().noquote() << presentation.title << presentation.text;
}

void ShopWindowHost::handleBannerAction()
{
    switch (m_problemAction) {
    case ErrorPresentation::Action::SignInAgain:
        handleConnectShop();
        return;
    case ErrorPresentation::Action::Retry:
        if (!m_problemShopId.isEmpty())
            openShop(m_problemShopId);
        return;
    case ErrorPresentation::Action::OpenSettings:
        handleSettings();
        return;
    case ErrorPresentation::Action::None:
        return;
    }
}

void ShopWindowHost::handleSettings()
{
    SettingsDialog dialog(m_profile.preferences(), m_profile.dataFolder(), window());
    if (dialog.exec() == QDialog::Accepted)
        applyPreferences(dialog.preferences());
}

void ShopWindowHost::applyPreferences(const Preferences &preferences)
{
    const Preferences before = m_profile.preferences();
    m_profile.setPreferences(preferences);
    const Preferences after = m_profile.preferences();
    if (after.theme != m_theme.current())
        m_theme.apply(after.theme);
    if (after.language != before.language)
        LanguageLoader::install(*qApp, LanguageLoader::localeFor(after.language));
    if (after.language != before.language || after.dataFolder != before.dataFolder)
        rebuild();
    else if (window()) {
        window()->setSyncInterval(std::chrono::minutes(after.syncIntervalMinutes));
        window()->applyPreferences(after);
    }
}

void ShopWindowHost::addScreenshotDialogs(ScreenshotRunner &runner)
{
    runner.addDialog(u"settings"_s, [this] {
        Preferences shown = m_profile.preferences();
        shown.theme = m_theme.current();
        return new SettingsDialog(shown, m_profile.dataFolder(), window());
    });
    runner.addDialog(u"connect"_s, [this] {
        auto *wizard = new ConnectShopWizard(m_profile, *m_shopCredentials, m_clock, window());
        wizard->restart();
        return wizard;
    });
    runner.addDialog(u"shortcuts"_s, [this] { return new ShortcutsDialog(*window(), window()); });
    runner.addDialog(u"all-shops"_s, [this] { return new AllShopsDialog(shopCaches(), m_clock, window()); });
}

} // namespace ShopDesk
