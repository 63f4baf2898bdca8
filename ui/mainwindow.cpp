#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QVBoxLayout>

#include "api/shopsession.h"
#include "liveendnotifier.h"
#include "panes/affiliates/affiliatespane.h"
#include "panes/live/livepane.h"
#include "panes/orders/orderspane.h"
#include "panes/placeholderpane.h"
#include "panes/products/productspane.h"
#include "sync/liveendwatcher.h"
#include "sync/productcatalog.h"
#include "widgets/messagebanner.h"

#include "ui_mainwindow.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

MainWindow::MainWindow(ShopSession &session, const Clock &clock, CacheDatabase *cache, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_session(session)
    , m_productCatalog(new ProductCatalog(session.products(), cache, session.connection().shopId, clock, this))
    , m_windowBanner(new MessageBanner(this))
{
    m_ui->setupUi(this);
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    m_windowBanner->setObjectName(u"windowBanner"_s);
    centralLayout->addWidget(m_windowBanner);
    centralLayout->addWidget(m_ui->paneTabs, 1);
    setCentralWidget(central);
    addPane(new ProductsPane(*m_productCatalog, this));
    addPane(new OrdersPane(session.orders(), clock, this));
    addPlaceholderPanes(clock);
    showShopLabel();

    connect(m_ui->actionQuit, &QAction::triggered, qApp, &QApplication::quit);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::handleAbout);
}

MainWindow::~MainWindow() = default;

void MainWindow::addPane(Pane *pane)
{
    m_panes.append(pane);
    m_ui->paneTabs->addTab(pane, pane->title());
    auto *action = m_ui->viewMenu->addAction(pane->title());
    action->setObjectName(u"show_"_s + pane->paneId());
    // Alt+1…9 switch panes; Ctrl+1…9 are kept for switching shops.
    if (m_panes.size() <= 9)
        action->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_0 + m_panes.size())));
    connect(action, &QAction::triggered, this, [this, pane] { showPane(pane); });
}

void MainWindow::addPlaceholderPanes(const Clock &clock)
{
    addPane(new PlaceholderPane(u"shipments"_s, tr("Shipments"),
        tr("Packages will be listed here with their carrier, tracking number and latest "
           "tracking event, with stuck shipments highlighted."),
        this));
    addPane(new AffiliatesPane(m_session.affiliates(), *m_productCatalog, clock, this));
    auto *live = new LivePane(m_session.analytics(), *m_productCatalog, clock, this);
    addPane(live);
    watchLiveSessions(live, clock);
    addPane(new PlaceholderPane(u"analytics"_s, tr("Analytics"),
        tr("GMV and performance charts for the shop, its products and LIVE sessions will "
           "be shown here."),
        this));
}

void MainWindow::watchLiveSessions(LivePane *pane, const Clock &clock)
{
    auto *watcher = new LiveEndWatcher(m_session.analytics(), clock, this);
    watcher->setObjectName(u"liveEndWatcher"_s);
    auto *notifier = new LiveEndNotifier(*watcher, *m_windowBanner, this);
    notifier->setObjectName(u"liveEndNotifier"_s);
    connect(watcher, &LiveEndWatcher::liveEnded, pane, &LivePane::handleLiveEnded);
    watcher->start();
}

void MainWindow::showShopLabel()
{
    const ShopConnection &shop = m_session.connection();
    auto *label = new QLabel(this);
    label->setObjectName(u"shopLabel"_s);
    if (shop.demo) {
        label->setText(tr("Demo shop: %1 (built-in sandbox, nothing is sent to TikTok Shop)").arg(shop.shopName));
        setWindowTitle(tr("ShopDesk – %1 (Demo shop)").arg(shop.shopName));
    } else {
        label->setText(shop.shopName);
        setWindowTitle(tr("ShopDesk – %1").arg(shop.shopName));
    }
    statusBar()->addPermanentWidget(label);
}

void MainWindow::showPane(Pane *pane)
{
    m_ui->paneTabs->setCurrentWidget(pane);
}

void MainWindow::handleAbout()
{
    QMessageBox::about(this, tr("About ShopDesk"),
        tr("<h3>ShopDesk %1</h3><p>A desktop dashboard for TikTok Shop sellers.</p>")
            .arg(QApplication::applicationVersion()));
}

} // namespace ShopDesk
