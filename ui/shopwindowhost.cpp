#include "shopwindowhost.h"

#include <chrono>

#include <QApplication>
#include <QDebug>
#include <QTabWidget>
#include <QTimer>

#include "api/shopsession.h"
#include "apptheme.h"
#include "core/clock.h"
#include "dialogs/settingsdialog.h"
#include "languageloader.h"
#include "mainwindow.h"
#include "panes/pane.h"
#include "store/cachedatabase.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

/// What one shop's window stands on; members are destroyed window first, session last.
struct ShopWindowHost::Shown
{
    std::unique_ptr<ShopSession> session;
    std::unique_ptr<CacheDatabase> cache;
    std::unique_ptr<MainWindow> window;
};

ShopWindowHost::ShopWindowHost(ShopProfile &profile, CredentialStore &credentials, AppTheme &theme, const Clock &clock,
    const ShopConnection &demo, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_credentials(credentials)
    , m_theme(theme)
    , m_clock(clock)
    , m_demo(demo)
{ }

ShopWindowHost::~ShopWindowHost() = default;

MainWindow *ShopWindowHost::window() const
{
    return m_shown ? m_shown->window.get() : nullptr;
}

void ShopWindowHost::openSelected()
{
    openDemo();
}

void ShopWindowHost::openDemo()
{
    show(m_demo);
}

void ShopWindowHost::show(const ShopConnection &connection)
{
    auto shown = std::make_shared<Shown>();
    shown->session = std::make_unique<ShopSession>(connection, m_clock);
    const QString cacheName = connection.demo ? u"demo-"_s + connection.shopId : connection.shopId;
    auto cache = CacheDatabase::open(m_profile.cachePath(cacheName));
    if (cache)
        shown->cache = std::move(cache).value();
    else
        qWarning().noquote() << "Working without the offline cache:" << cache.error().toString();
    shown->window = std::make_unique<MainWindow>(*shown->session, m_clock, shown->cache.get());

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
    connect(&window, &MainWindow::settingsRequested, this, &ShopWindowHost::handleSettings);
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
    else if (window())
        window()->setSyncInterval(std::chrono::minutes(after.syncIntervalMinutes));
}

} // namespace ShopDesk
