#include "mainwindow.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include "api/listingservice.h"
#include "api/shopsession.h"
#include "dialogs/changehistorydialog.h"
#include "dialogs/pendingchangesdialog.h"
#include "dialogs/shortcutsdialog.h"
#include "domain/shopregion.h"
#include "domain/webhookevent.h"
#include "notifier.h"
#include "panes/affiliates/affiliatespane.h"
#include "panes/analytics/analyticspane.h"
#include "panes/live/livepane.h"
#include "panes/orders/orderspane.h"
#include "panes/products/productspane.h"
#include "panes/shipments/packageswidget.h"
#include "panes/shipments/shipmentspane.h"
#include "security/shopprofile.h"
#include "store/outbox.h"
#include "sync/aftersalecatalog.h"
#include "sync/analyticscatalog.h"
#include "sync/liveendwatcher.h"
#include "sync/livesessioncatalog.h"
#include "sync/offlinefill.h"
#include "sync/ordercatalog.h"
#include "sync/outboxprocessor.h"
#include "sync/packagecatalog.h"
#include "sync/productcatalog.h"
#include "sync/shopoutbox.h"
#include "sync/trackingcatalog.h"
#include "widgets/messagebanner.h"
#include "widgets/offlinefilllabel.h"

#include "ui_mainwindow.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

MainWindow::MainWindow(ShopSession &session, const Clock &clock, CacheDatabase *cache, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_session(session)
    , m_productCatalog(new ProductCatalog(session.products(), cache, session.connection().shopId, clock, this))
    , m_analyticsCatalog(new AnalyticsCatalog(session.analytics(), cache, session.connection().shopId,
          ShopRegion::timeZone(session.connection().region), clock, this))
    , m_windowBanner(new MessageBanner(this))
    , m_syncTimer(new QTimer(this))
    , m_notifier(new Notifier(*m_windowBanner, this))
{
    m_ui->setupUi(this);
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    m_windowBanner->setObjectName(u"windowBanner"_s);
    centralLayout->addWidget(m_windowBanner);
    centralLayout->addWidget(m_ui->paneTabs, 1);
    setCentralWidget(central);
    if (cache)
        m_outbox = new ShopOutbox(session, *cache, clock, this);
    m_productsPane = new ProductsPane(*m_productCatalog, m_outbox, session.listings(), this);
    connect(m_productsPane, &ProductsPane::savedViewsChanged, this, &MainWindow::savedProductViewsChanged);
    addPane(m_productsPane);
    m_orderCatalog = new OrderCatalog(session.orders(), cache, session.connection().shopId, clock, this);
    m_notifier->setObjectName(u"notifier"_s);
    m_notifier->watchOrders(*m_orderCatalog, clock);
    m_notifier->watchClient(session.client());
    // The Orders and Shipments panes both read the carrier's scans; what they read is kept.
    auto *tracking = new TrackingCatalog(session.fulfillment(), cache, session.connection().shopId, clock, this);
    auto *orders = new OrdersPane(*m_orderCatalog, session.fulfillment(), *tracking, m_outbox, clock, this);
    orders->setShopName(session.connection().shopName);
    m_ordersPane = orders;
    addPane(m_ordersPane);
    addShipmentsPane(clock, cache, *tracking);
    addAffiliateAndLivePanes(clock, cache);
    addPane(new AnalyticsPane(*m_analyticsCatalog, *m_productCatalog, this));
    showShopLabel();
    if (cache)
        setUpOfflineFill(clock, *cache);
    m_ui->viewMenu->addSeparator();
    QAction *allShops = m_ui->viewMenu->addAction(tr("&All shops: orders needing action…"));
    allShops->setObjectName(u"actionAllShops"_s);
    allShops->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    connect(allShops, &QAction::triggered, this, &MainWindow::allShopsRequested);

    connect(m_ui->actionQuit, &QAction::triggered, qApp, &QApplication::quit);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::handleAbout);
    connect(m_ui->actionSettings, &QAction::triggered, this, &MainWindow::settingsRequested);
    connect(m_ui->actionKeyboardShortcuts, &QAction::triggered, this, [this] {
        ShortcutsDialog dialog(*this, this);
        dialog.exec();
    });
    connect(m_syncTimer, &QTimer::timeout, m_ordersPane, &Pane::reload);
    connect(m_ui->actionConnectShop, &QAction::triggered, this, &MainWindow::connectShopRequested);
    connect(m_ui->actionSignOut, &QAction::triggered, this, &MainWindow::signOutRequested);
    m_ui->actionSignOut->setEnabled(!session.connection().demo);
    setShopChoices({});
    setUpChanges();
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

void MainWindow::addShipmentsPane(const Clock &clock, CacheDatabase *cache, TrackingCatalog &tracking)
{
    const QString &shopId = m_session.connection().shopId;
    auto *packages = new PackageCatalog(m_session.fulfillment(), cache, shopId, clock, this);
    auto *aftersales = new AftersaleCatalog(m_session.returns(), cache, shopId, clock, this);
    m_notifier->watchAftersales(*aftersales);
    if (auto *orders = qobject_cast<OrdersPane *>(m_ordersPane))
        orders->setAftersales(*aftersales);
    m_shipmentsPane = new ShipmentsPane({*packages, *aftersales, tracking, m_session.returns(), m_outbox}, clock, this);
    addPane(m_shipmentsPane);
}

void MainWindow::applyPreferences(const Preferences &preferences)
{
    m_productsPane->setLowStockThreshold(preferences.lowStockThreshold);
    m_shipmentsPane->packages().setStuckAfterDays(preferences.stuckShipmentDays);
}

void MainWindow::setSavedProductViews(const QList<SavedProductView> &views)
{
    m_productsPane->setSavedViews(views);
}

void MainWindow::addAffiliateAndLivePanes(const Clock &clock, CacheDatabase *cache)
{
    const ShopConnection &shop = m_session.connection();
    addPane(new AffiliatesPane(m_session.affiliates(), cache, shop.shopId, *m_productCatalog, m_outbox, clock, this));
    auto *sessions = new LiveSessionCatalog(
        m_session.analytics(), cache, shop.shopId, ShopRegion::timeZone(shop.region), clock, this);
    auto *live = new LivePane(m_session.analytics(), *sessions, *m_productCatalog, clock, this);
    addPane(live);
    watchLiveSessions(live, clock);
}

void MainWindow::watchLiveSessions(LivePane *pane, const Clock &clock)
{
    auto *watcher = new LiveEndWatcher(m_session.analytics(), clock, this);
    watcher->setObjectName(u"liveEndWatcher"_s);
    m_notifier->watchLive(*watcher);
    connect(watcher, &LiveEndWatcher::liveEnded, pane, &LivePane::handleLiveEnded);
    watcher->start();
}

void MainWindow::setUpOfflineFill(const Clock &clock, CacheDatabase &cache)
{
    auto *fill = new OfflineFill(m_session, cache, clock, this);
    fill->setObjectName(u"offlineFill"_s);
    statusBar()->addWidget(new OfflineFillLabel(*fill, this));
    // After the orders, which the seller looks at first; whether they came or not.
    auto startOnce = [fill, started = std::make_shared<bool>(false)] {
        if (!std::exchange(*started, true))
            fill->start();
    };
    connect(m_orderCatalog, &OrderCatalog::ordersLoaded, fill, [startOnce](const auto &, SyncedCatalog::Source source) {
        if (source == SyncedCatalog::Source::Server)
            startOnce();
    });
    connect(m_orderCatalog, &SyncedCatalog::refreshFailed, fill, startOnce);
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

void MainWindow::setSyncInterval(std::chrono::minutes interval)
{
    m_syncTimer->start(interval);
}

void MainWindow::setShopChoices(const QList<ConnectedShop> &shops)
{
    delete m_shopGroup; // and its actions, which leave the menu with it
    m_shopGroup = new QActionGroup(this);
    QAction *before = m_ui->shopMenu->actions().value(0);
    auto add = [this, before](const QString &text, const QString &id, bool current) {
        const qsizetype index = m_shopGroup->actions().size();
        auto *action = new QAction(text, m_shopGroup);
        action->setObjectName(u"shop_"_s + (id.isEmpty() ? u"demo"_s : id));
        action->setCheckable(true);
        action->setChecked(current);
        if (index < 9)
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)));
        m_ui->shopMenu->insertAction(before, action);
        connect(action, &QAction::triggered, this, [this, id, current] {
            if (!current)
                emit shopRequested(id);
        });
    };
    const ShopConnection &own = m_session.connection();
    for (const ConnectedShop &shop : shops)
        add(shop.name, shop.id, !own.demo && shop.id == own.shopId);
    add(tr("Demo shop"), {}, own.demo);
}

void MainWindow::handleAbout()
{
    QMessageBox::about(this, tr("About ShopDesk"),
        tr("<h3>ShopDesk %1</h3><p>A desktop dashboard for TikTok Shop sellers.</p>")
            .arg(QApplication::applicationVersion()));
}

void MainWindow::setUpChanges()
{
    if (!m_outbox) {
        m_ui->changesMenu->setEnabled(false);
        return;
    }
    m_changesLabel = new QPushButton(this);
    m_changesLabel->setObjectName(u"pendingChangesIndicator"_s);
    m_changesLabel->setFlat(true);
    m_changesLabel->setToolTip(tr("Open the pending changes (Ctrl+Shift+P)"));
    statusBar()->addWidget(m_changesLabel);
    connect(m_changesLabel, &QPushButton::clicked, m_ui->actionPendingChanges, &QAction::trigger);
    connect(m_ui->actionPendingChanges, &QAction::triggered, this, [this] {
        PendingChangesDialog dialog(*m_outbox, this);
        dialog.exec();
    });
    connect(m_ui->actionChangeHistory, &QAction::triggered, this, [this] {
        ChangeHistoryDialog dialog(*m_outbox, this);
        dialog.exec();
    });
    // A batch changes states thousands of times; the count is read again at most a few times a second.
    auto *recount = new QTimer(this);
    recount->setSingleShot(true);
    recount->setInterval(250);
    connect(recount, &QTimer::timeout, this, &MainWindow::updateChangesIndicator);
    connect(&m_outbox->processor(), &OutboxProcessor::commandChanged, recount, qOverload<>(&QTimer::start));
    updateChangesIndicator();
}

void MainWindow::updateChangesIndicator()
{
    auto open = m_outbox->outbox().load(m_outbox->shopId(),
        {OutboxState::Pending, OutboxState::Sending, OutboxState::Failed, OutboxState::NeedsReview});
    const qsizetype count = open ? open.value().size() : 0;
    const qsizetype failed = open
        ? std::count_if(open.value().cbegin(), open.value().cend(),
            [](const OutboxCommand &command) {
                return command.state == OutboxState::Failed || command.state == OutboxState::NeedsReview;
            })
        : 0;
    m_changesLabel->setVisible(count > 0);
    m_changesLabel->setText(failed > 0 ? tr("%n change(s) need attention", nullptr, int(failed))
                                       : tr("%n change(s) being sent", nullptr, int(count)));
}

void MainWindow::handleWebhookEvent(const WebhookEvent &event)
{
    switch (event.type) {
    case 1: // order status
    case 3: // address
    case 4: // package
    case 11: // cancellation
    case 12: // return
        m_orderCatalog->refresh();
        break;
    case 5: // product status
    case 16: // product created
        m_productCatalog->refresh();
        break;
    default:
        break;
    }
}

} // namespace ShopDesk
