#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "api/affiliateservice.h"
#include "api/apiclient.h"
#include "api/shopsession.h"
#include "charts/creatorgmvchart.h"
#include "dialogs/opencollaborationdialog.h"
#include "dialogs/targetcollaborationdialog.h"
#include "models/affiliateordertablemodel.h"
#include "models/creatortablemodel.h"
#include "models/displayformat.h"
#include "models/opencollaborationtablemodel.h"
#include "panes/affiliates/affiliatespane.h"
#include "panes/affiliates/creatoravatarmodel.h"
#include "panes/affiliates/creatorsearchwidget.h"
#include "replywaiter.h"
#include "sandboxfixture.h"
#include "store/cachedatabase.h"
#include "store/outbox.h"
#include "sync/shopoutbox.h"
#include "widgets/commissionspinbox.h"
#include "widgets/messagebanner.h"

using namespace Qt::StringLiterals;
using namespace ShopDesk;

namespace {

/// A pane on the sandbox's first shop, with the catalog it takes its products from.
struct PaneOnSandbox
{
    SandboxFixture sandbox;
    ShopSession session{sandbox.connection(), sandbox.clock()};
    ProductCatalog catalog{session.products(), nullptr, session.connection().shopId, sandbox.clock()};
    QTemporaryDir folder;
    std::unique_ptr<CacheDatabase> cache{CacheDatabase::open(folder.filePath(u"cache.sqlite"_s)).value().release()};
    ShopOutbox outbox{session, *cache, sandbox.clock()};
    AffiliatesPane pane{
        session.affiliates(), cache.get(), session.connection().shopId, catalog, &outbox, sandbox.clock()};

    PaneOnSandbox()
    {
        QSignalSpy products(&catalog, &ProductCatalog::productsLoaded);
        catalog.refresh();
        pane.resize(1280, 760);
        pane.show();
        if (!products.wait(20000))
            qWarning("the products did not load");
    }
    template <typename T>
    T *child(const QString &name) const
    {
        T *found = pane.findChild<T *>(name);
        if (!found)
            qWarning() << "no child" << name;
        return found;
    }
};

QStringList idsIn(const QAbstractItemModel *model, int from = 0, int to = -1)
{
    QStringList ids;
    const int end = to < 0 ? model->rowCount() : to;
    for (int row = from; row < end; ++row)
        ids.append(model->index(row, 0).data(CreatorTableModel::IdRole).toString());
    return ids;
}

template <typename Dialog>
Dialog *waitForDialog(QWidget &pane)
{
    Dialog *dialog = nullptr;
    const bool shown
        = QTest::qWaitFor([&] { return (dialog = pane.findChild<Dialog *>()) && dialog->isVisible(); }, 5000);
    return shown ? dialog : nullptr;
}

} // namespace

class TestAffiliatesPane final : public QObject
{
    Q_OBJECT

private slots:
    void pagesCreatorsWithTheSearchKey();
    void searchesWithFiltersAndTwelvePerPage();
    void createsAnOpenCollaborationAtTwelveAndAHalfPercent();
    void checksATargetCollaborationBeforeSendingIt();
    void showsAffiliateOrdersAndCreatorStats();
    void asksTheServerOnlyOnceShown();
    void showsWhatWasSavedWhenOffline();
};

void TestAffiliatesPane::pagesCreatorsWithTheSearchKey()
{
    PaneOnSandbox fixture;
    QTRY_VERIFY_WITH_TIMEOUT(fixture.pane.isLoaded(), 20000);
    auto *table = fixture.child<QTableView>(u"creatorTable"_s);
    auto *more = fixture.child<QPushButton>(u"creatorLoadMore"_s);
    auto *pageSize = fixture.child<QComboBox>(u"creatorPageSize"_s);
    QVERIFY(table && more && pageSize);
    QCOMPARE(pageSize->currentText(), u"20"_s);
    QCOMPARE(table->model()->rowCount(), 20);
    const QStringList firstPage = idsIn(table->model());

    QVERIFY(more->isEnabled());
    QTest::mouseClick(more, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 40, 10000);
    const QStringList both = idsIn(table->model());
    QCOMPARE(both.mid(0, 20), firstPage); // appended, not replaced
    const QStringList secondPage = both.mid(20);
    for (const QString &id : secondPage)
        QVERIFY(!firstPage.contains(id));

    // The sandbox refuses a page token without the first page's search_key, so the second page
    // arriving at all shows that the key went back; it is also exactly the sandbox's second page.
    AffiliateService direct(fixture.session.client());
    const CreatorPage one = waitFor(direct.searchCreators({}, CreatorPageSize::Large)).value;
    const Finished<CreatorPage> two = waitFor(direct.searchCreators({}, CreatorPageSize::Large, one));
    QVERIFY(two.finished && !two.error);
    QCOMPARE(two.value.searchKey, one.searchKey);
    QStringList expected;
    for (const Creator &creator : two.value.creators)
        expected.append(creator.openId);
    QCOMPARE(secondPage, expected);

    // Avatars arrive one by one and replace the initials.
    CreatorAvatarModel &avatars = fixture.pane.findChild<CreatorSearchWidget *>()->avatars();
    QTRY_VERIFY_WITH_TIMEOUT(avatars.loadedAvatarCount() >= 40, 10000);
    const QVariant picture = table->model()->index(0, CreatorTableModel::CreatorColumn).data(Qt::DecorationRole);
    QVERIFY(!picture.value<QPixmap>().isNull());
    QCOMPARE(picture.value<QPixmap>().width(), CreatorAvatarModel::avatarSize);
}

void TestAffiliatesPane::searchesWithFiltersAndTwelvePerPage()
{
    PaneOnSandbox fixture;
    QTRY_VERIFY_WITH_TIMEOUT(fixture.pane.isLoaded(), 20000);
    auto *table = fixture.child<QTableView>(u"creatorTable"_s);
    auto *pageSize = fixture.child<QComboBox>(u"creatorPageSize"_s);
    auto *keyword = fixture.child<QLineEdit>(u"creatorKeyword"_s);
    auto *count = fixture.child<QLabel>(u"creatorCount"_s);
    pageSize->setCurrentIndex(pageSize->findText(u"12"_s));
    QTest::mouseClick(fixture.child<QPushButton>(u"creatorSearchButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 12, 10000);

    QTest::keyClicks(keyword, u"xiaomei"_s);
    QTest::keyClick(keyword, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 1, 10000);
    QCOMPARE(
        table->model()->index(0, CreatorTableModel::CreatorColumn).data().toString(), u"小美的家 (@xiaomei_home)"_s);
    QTRY_VERIFY(!fixture.child<QPushButton>(u"creatorLoadMore"_s)->isEnabled());
    QVERIFY2(count->text().contains(u'1'), qPrintable(count->text()));

    keyword->clear();
    fixture.child<QCheckBox>(u"gmvRange3"_s)->setChecked(true);
    QSignalSpy page(fixture.pane.findChild<CreatorSearchWidget *>(), &CreatorSearchWidget::pageFinished);
    QTest::mouseClick(fixture.child<QPushButton>(u"creatorSearchButton"_s), Qt::LeftButton);
    QVERIFY(page.wait(10000));
    QCOMPARE(table->model()->rowCount(), 12);
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        // Exact GMV of $10,000 or more, or a band that starts there.
        QVERIFY(table->model()->index(row, CreatorTableModel::GmvColumn).data(CreatorTableModel::SortRole).toLongLong()
            >= 1000000);
    }
}

void TestAffiliatesPane::createsAnOpenCollaborationAtTwelveAndAHalfPercent()
{
    PaneOnSandbox fixture;
    QTRY_VERIFY_WITH_TIMEOUT(fixture.pane.isLoaded(), 20000);
    fixture.child<QTabWidget>(u"affiliateTabs"_s)->setCurrentIndex(1);
    QTest::mouseClick(fixture.child<QPushButton>(u"newOpenCollaboration"_s), Qt::LeftButton);
    auto *dialog = waitForDialog<OpenCollaborationDialog>(fixture.pane);
    QVERIFY(dialog);
    auto *products = dialog->findChild<QComboBox *>(u"openProduct"_s);
    auto *commission = dialog->findChild<CommissionSpinBox *>(u"openCommission"_s);
    QVERIFY(products && commission && products->count() > 10);
    products->setCurrentIndex(7);
    const QString productId = dialog->productId();
    QVERIFY(!productId.isEmpty());

    // Typed as a person would: "12.5" in the percentage box.
    commission->selectAll();
    QTest::keyClicks(commission, u"12.5"_s);
    QCOMPARE(dialog->commission(), 1250);
    QSignalSpy finished(&fixture.pane, &AffiliatesPane::creationFinished);
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QVERIFY(finished.wait(10000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    QVERIFY(finished.first().at(1).toString().contains(u"12.50%"_s));

    // What the sandbox stored: the rate in hundredths of a percent, written once.
    QCOMPARE(fixture.sandbox.server().stats().value(u"writes"_s).toObject().value(productId).toInt(), 1);
    AffiliateService direct(fixture.session.client());
    const QList<OpenCollaboration> stored = waitFor(direct.searchOpenCollaborations()).value;
    QCOMPARE(stored.first().productId, productId);
    QCOMPARE(stored.first().commissionRate, 1250);

    // The table shows it once the list has been loaded again.
    auto *table = fixture.child<QTableView>(u"openTable"_s);
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (int row = 0; row < table->model()->rowCount(); ++row) {
                const QModelIndex cell = table->model()->index(row, OpenCollaborationTableModel::CommissionColumn);
                if (cell.data(OpenCollaborationTableModel::ProductIdRole).toString() == productId)
                    return cell.data().toString() == u"12.50%"_s;
            }
            return false;
        }(),
        10000);
}

void TestAffiliatesPane::checksATargetCollaborationBeforeSendingIt()
{
    PaneOnSandbox fixture;
    QTRY_VERIFY_WITH_TIMEOUT(fixture.pane.isLoaded(), 20000);
    fixture.pane.openNewTargetCollaboration({});
    auto *dialog = waitForDialog<TargetCollaborationDialog>(fixture.pane);
    QVERIFY(dialog);
    auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    auto *problem = dialog->findChild<QLabel *>(u"targetProblem"_s);
    auto clickOk = [&] { QTest::mouseClick(ok, Qt::LeftButton); };

    clickOk();
    QVERIFY(dialog->isVisible());
    QCOMPARE(problem->text(), u"Give the collaboration a name."_s);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"targetName"_s), u"Spring picks"_s);
    clickOk();
    QCOMPARE(problem->text(), u"Add at least one product with its commission."_s);
    auto *commission = dialog->findChild<CommissionSpinBox *>(u"targetProductCommission"_s);
    commission->selectAll();
    QTest::keyClicks(commission, u"15.75"_s);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"targetAddProduct"_s), Qt::LeftButton);
    QCOMPARE(dialog->collaboration().products.size(), 1);
    QCOMPARE(dialog->collaboration().products.first().commissionRate, 1575);
    clickOk();
    QCOMPARE(problem->text(), u"Tick at least one creator to invite."_s);
    QVERIFY(dialog->isVisible());
    // Nothing reached the sandbox while the input was incomplete.
    QVERIFY(!fixture.sandbox.server().stats().value(u"writes"_s).toObject().contains(u"Spring picks"_s));

    auto *creators = dialog->findChild<QListWidget *>(u"targetCreators"_s);
    QCOMPARE(creators->count(), 20); // the creators the search has loaded
    creators->item(0)->setCheckState(Qt::Checked);
    creators->item(2)->setCheckState(Qt::Checked);
    QVERIFY(dialog->findChild<QLabel *>(u"targetCreatorCount"_s)->text().startsWith(u"2 of"_s));
    dialog->findChild<QCheckBox *>(u"targetFreeSample"_s)->setChecked(true);
    QSignalSpy finished(&fixture.pane, &AffiliatesPane::creationFinished);
    clickOk();
    QVERIFY(finished.wait(10000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));

    AffiliateService direct(fixture.session.client());
    const QList<TargetCollaboration> stored = waitFor(direct.searchTargetCollaborations()).value;
    QCOMPARE(stored.first().name, u"Spring picks"_s);
    QCOMPARE(stored.first().productCount, 1);
    QCOMPARE(stored.first().creatorInvitedCount, 2);
    QVERIFY(stored.first().freeSampleRule.hasFreeSample);
}

void TestAffiliatesPane::showsAffiliateOrdersAndCreatorStats()
{
    PaneOnSandbox fixture;
    QTRY_VERIFY_WITH_TIMEOUT(fixture.pane.isLoaded(), 20000);
    // The orders tab shows the last 30 days (to the end of today), a row per SKU, as served.
    const QDate today = fixture.sandbox.clock().now().toLocalTime().date();
    AffiliateService direct(fixture.session.client());
    const QList<AffiliateOrder> served = waitFor(
        direct.searchAffiliateOrders(
            {today.addDays(-29).startOfDay().toSecsSinceEpoch(), today.addDays(1).startOfDay().toSecsSinceEpoch(),
                {}})).value;
    qsizetype skus = 0;
    for (const AffiliateOrder &order : served)
        skus += order.skus.size();
    auto *orders = fixture.child<QTableView>(u"affiliateOrderTable"_s);
    QVERIFY(skus > 0);
    QCOMPARE(orders->model()->rowCount(), int(skus));
    // Products are named from the catalog, not shown as ids.
    const QString product = orders->model()->index(0, AffiliateOrderTableModel::ProductColumn).data().toString();
    QVERIFY2(!product.startsWith(u"17"_s), qPrintable(product));

    auto *filter = fixture.child<QLineEdit>(u"affiliateOrderFilter"_s);
    const QString creator = orders->model()->index(0, AffiliateOrderTableModel::CreatorColumn).data().toString();
    QTest::keyClicks(filter, creator);
    QVERIFY(orders->model()->rowCount() > 0 && orders->model()->rowCount() < int(skus));

    auto *stats = fixture.child<QTableView>(u"creatorStatsTable"_s);
    auto *chart = fixture.pane.findChild<CreatorGmvChart *>();
    QVERIFY(stats->model()->rowCount() > 0);
    QCOMPARE(chart->barCount(), qMin(stats->model()->rowCount(), CreatorGmvChart::maxCreators));
}

void TestAffiliatesPane::asksTheServerOnlyOnceShown()
{
    SandboxFixture sandbox;
    ShopSession session(sandbox.connection(), sandbox.clock());
    ProductCatalog catalog(session.products(), nullptr, session.connection().shopId, sandbox.clock());
    AffiliatesPane pane(session.affiliates(), nullptr, session.connection().shopId, catalog, nullptr, sandbox.clock());
    // Every request would have a reply under the service by now; there is none.
    QVERIFY(session.affiliates().findChildren<ApiReply *>().isEmpty());
    QVERIFY(!pane.isLoaded());
    pane.show();
    QVERIFY(!session.affiliates().findChildren<ApiReply *>().isEmpty()); // the same check sees them now
    QTRY_VERIFY_WITH_TIMEOUT(pane.isLoaded(), 20000);
    const QJsonObject requests = sandbox.server().stats().value(u"requests"_s).toObject();
    QCOMPARE(requests.value(u"POST /affiliate_seller/{version}/marketplace_creators/search"_s).toInt(), 1);
    QVERIFY(requests.value(u"POST /affiliate_seller/{version}/orders/search"_s).toInt() > 0);
}

void TestAffiliatesPane::showsWhatWasSavedWhenOffline()
{
    QTemporaryDir folder;
    std::unique_ptr<CacheDatabase> cache(CacheDatabase::open(folder.filePath(u"cache.sqlite"_s)).value().release());
    ShopConnection connection;
    FakeClock clock;
    int openRows = 0;
    int orderRows = 0;
    {
        SandboxFixture sandbox;
        connection = sandbox.connection();
        clock.set(sandbox.clock().nowSecs());
        ShopSession session(connection, sandbox.clock());
        ProductCatalog catalog(session.products(), nullptr, connection.shopId, sandbox.clock());
        AffiliatesPane pane(session.affiliates(), cache.get(), connection.shopId, catalog, nullptr, sandbox.clock());
        pane.show();
        QTRY_VERIFY_WITH_TIMEOUT(pane.isLoaded(), 20000);
        openRows = pane.findChild<QTableView *>(u"openTable"_s)->model()->rowCount();
        orderRows = pane.findChild<QTableView *>(u"affiliateOrderTable"_s)->model()->rowCount();
        QVERIFY(openRows > 0);
        QVERIFY(orderRows > 0);
    }
    // Nobody listens now: the lists come from the cache, and the banner says since when.
    ShopSession session(connection, clock);
    session.client().setRetryPolicy({.maxAttempts = 1});
    ProductCatalog catalog(session.products(), nullptr, connection.shopId, clock);
    AffiliatesPane pane(session.affiliates(), cache.get(), connection.shopId, catalog, nullptr, clock);
    pane.show();
    QTRY_VERIFY_WITH_TIMEOUT(pane.isLoaded(), 20000);
    QCOMPARE(pane.findChild<QTableView *>(u"openTable"_s)->model()->rowCount(), openRows);
    QCOMPARE(pane.findChild<QTableView *>(u"affiliateOrderTable"_s)->model()->rowCount(), orderRows);
    auto *banner = pane.findChild<MessageBanner *>(u"affiliateBanner"_s);
    QVERIFY(banner && banner->isVisible());
    QVERIFY2(banner->text().contains(u"Offline"_s), qPrintable(banner->text()));
    QVERIFY(banner->text().contains(DisplayFormat::dateTime(clock.nowSecs())));
    // The creators seen online answer the same empty search offline.
    QVERIFY(pane.findChild<QTableView *>(u"creatorTable"_s)->model()->rowCount() > 0);
}

QTEST_MAIN(TestAffiliatesPane)
#include "tst_affiliatespane.moc"
