#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "apptheme.h"
#include "dialogs/allshopsdialog.h"
#include "mainwindow.h"
#include "models/shopsattentionmodel.h"
#include "panes/pane.h"
#include "sandboxfixture.h"
#include "security/credentialstore.h"
#include "security/shopprofile.h"
#include "shopwindowhost.h"
#include "sync/ordercatalog.h"

using namespace Qt::StringLiterals;
using namespace ShopDesk;

/// View > All shops: the orders needing action of every shop, read from each shop's cache.
class TestAllShops final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void listsWhatNeedsActionInEveryShop();
};

void TestAllShops::listsWhatNeedsActionInEveryShop()
{
    QTemporaryDir directory;
    QSettings settings(directory.filePath(u"profile.ini"_s), QSettings::IniFormat);
    ShopProfile profile(settings);
    Preferences preferences;
    preferences.dataFolder = directory.path();
    profile.setPreferences(preferences);
    // A connected shop this computer has never synced: listed, with nothing read.
    profile.addShop({u"7494049642642441699"_s, u"Maple & Co. DE"_s, u"DE"_s, u"ROW_cipher"_s, u"6dapp"_s, u"70107"_s});

    SandboxFixture sandbox;
    ShopConnection demo = sandbox.connection();
    demo.demo = true;
    AppTheme theme(*qApp);
    CredentialStore credentials;
    ShopWindowHost host(profile, credentials, theme, sandbox.clock(), demo);
    host.setInteractive(false);
    host.openDemo();
    // The demo shop's orders reach its cache with the first sync.
    auto *orders = host.window()->findChild<OrderCatalog *>();
    QSignalSpy loaded(orders, &OrderCatalog::ordersLoaded);
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(loaded.cbegin(), loaded.cend(),
                                 [](const QList<QVariant> &args) {
                                     return args.at(1).value<SyncedCatalog::Source>() == SyncedCatalog::Source::Server;
                                 }),
        30000);

    const QList<ShopCache> shops = host.shopCaches();
    QCOMPARE(shops.size(), 2);
    QVERIFY(shops.last().demo);
    AllShopsDialog dialog(shops, sandbox.clock(), host.window());
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isLoaded(), 20000);
    const ShopsAttentionModel &model = dialog.model();
    QVERIFY(model.rowCount() > 0);
    const qint64 now = sandbox.clock().nowSecs();
    for (int row = 0; row < model.rowCount(); ++row) {
        const AttentionRow &entry = model.rowAt(row);
        QVERIFY(entry.shop.demo);
        QVERIFY(entry.reasons != OrderAttention::Reasons());
        if (entry.reasons.testFlag(OrderAttention::Reason::Overdue))
            QVERIFY(entry.deadline > 0 && entry.deadline < now);
        if (entry.reasons.testFlag(OrderAttention::Reason::ShipSoon))
            QVERIFY(entry.deadline >= now && entry.deadline <= now + OrderAttention::shipSoonWindow);
    }
    // The model keeps its contract when rows come and go.
    ShopsAttentionModel probe;
    QAbstractItemModelTester tester(&probe, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<AttentionRow> rows;
    for (int row = 0; row < model.rowCount(); ++row)
        rows.append(model.rowAt(row));
    probe.setRows(rows, now);
    QCOMPARE(probe.rowCount(), model.rowCount());
    probe.setRows({}, now);

    const QString summary = dialog.summary();
    QVERIFY2(summary.contains(u"Maple & Co. DE: not synced on this computer yet"_s), qPrintable(summary));
    QVERIFY2(
        summary.contains(u"Demo shop: %1: %2 order"_s.arg(demo.shopName).arg(model.rowCount())), qPrintable(summary));

    // The most urgent come first, and opening one switches to its shop (the demo shop: no id).
    auto *table = dialog.findChild<QTableView *>(u"allShopsTable"_s);
    const QString firstReason = table->model()->index(0, ShopsAttentionModel::ReasonColumn).data().toString();
    bool anyOverdue = false;
    for (int row = 0; row < model.rowCount(); ++row)
        anyOverdue = anyOverdue || model.rowAt(row).reasons.testFlag(OrderAttention::Reason::Overdue);
    if (anyOverdue)
        QVERIFY2(firstReason.startsWith(u"Overdue"_s), qPrintable(firstReason));
    QSignalSpy requested(&dialog, &AllShopsDialog::shopRequested);
    table->setCurrentIndex(table->model()->index(0, 0));
    emit table->activated(table->currentIndex());
    QCOMPARE(requested.count(), 1);
    QVERIFY(requested.first().first().toString().isEmpty());
}

QTEST_MAIN(TestAllShops)
#include "tst_allshops.moc"
