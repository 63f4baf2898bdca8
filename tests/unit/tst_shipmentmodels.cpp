#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

#include "io/tablecsv.h"
#include "models/aftersalefiltermodel.h"
#include "models/aftersaletablemodel.h"
#include "models/packagefiltermodel.h"
#include "models/packagetablemodel.h"
#include "models/trackingtimelinemodel.h"

using namespace Qt::StringLiterals;
using namespace ShopDesk;

namespace {

constexpr qint64 now = 1'764'000'000;
constexpr qint64 day = 24 * 3600;

Package makePackage(const QString &id, PackageStatus status, qint64 updated, const QString &tracking,
    const QString &carrier, const QStringList &orders)
{
    Package package;
    package.id = id;
    package.status = status;
    package.createTime = updated - day;
    package.updateTime = updated;
    package.trackingNumber = tracking;
    package.shippingProviderName = carrier;
    package.orderIds = orders;
    return package;
}

QList<Package> samplePackages()
{
    return {
        makePackage(u"1151"_s, PackageStatus::Processing, now - 9 * day, {}, u"USPS"_s, {u"5761"_s}),
        makePackage(u"1152"_s, PackageStatus::Fulfilling, now - 6 * day, u"9400111"_s, u"USPS"_s, {u"5762"_s}),
        makePackage(u"1153"_s, PackageStatus::Fulfilling, now - 2 * day, u"1Z999"_s, u"UPS"_s, {u"5763"_s}),
        makePackage(
            u"1154"_s, PackageStatus::Completed, now - 30 * day, u"LZ1CN"_s, u"China Post"_s, {u"5764"_s, u"5765"_s}),
    };
}

QStringList shownIds(const QAbstractItemModel &model, int role)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row, 0).data(role).toString());
    return ids;
}

ReturnRequest makeReturn(const QString &id, ReturnType type, ReturnStatus status, qint64 minor, qint64 deadline)
{
    ReturnRequest request;
    request.id = id;
    request.orderId = u"57"_s + id;
    request.type = type;
    request.status = status;
    request.reasonText = u"Damaged or defective item"_s;
    request.refund.total = Money{minor, u"USD"_s};
    request.createTime = now - day;
    request.updateTime = now - day;
    if (deadline > 0)
        request.nextActions = {{u"RESPOND_RETURN_REQUEST"_s, deadline}};
    return request;
}

Cancellation makeCancellation(const QString &id, CancelStatus status)
{
    Cancellation cancellation;
    cancellation.id = id;
    cancellation.orderId = u"57"_s + id;
    cancellation.type = CancelType::BuyerCancel;
    cancellation.status = status;
    cancellation.reasonText = u"Changed my mind"_s;
    cancellation.refund.total = Money{2599, u"USD"_s};
    cancellation.createTime = now - 2 * day;
    return cancellation;
}

} // namespace

/// The Shipments pane's models and filters, alone: packages with their stuck marks, the tracking
/// timeline, returns and cancellations with per-row decisions, and the CSV of what a table shows.
class TestShipmentModels final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void packagesPassTheModelTester();
    void marksShippedPackagesWithoutScansAsStuck();
    void filtersPackagesByPastedListsAndStatus_data();
    void filtersPackagesByPastedListsAndStatus();
    void sortsStuckPackagesFirst();
    void showsTheTimelineNewestFirst();
    void aftersalesPassTheModelTester();
    void followsADecisionRowByRow();
    void filtersAftersalesByView_data();
    void filtersAftersalesByView();
    void writesTheTableAsCsvWithAByteOrderMark();
};

void TestShipmentModels::packagesPassTheModelTester()
{
    PackageTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    PackageFilterModel filtered(model);
    QAbstractItemModelTester filteredTester(&filtered, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setNow(now);
    model.setPackages(samplePackages());
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.columnCount(), int(PackageTableModel::ColumnCount));
    QCOMPARE(model.index(3, PackageTableModel::OrdersColumn).data().toString(), u"5764, 5765"_s);
    // Plural forms come from the translation, which unit tests do not load.
    QVERIFY(model.index(2, PackageTableModel::LastEventColumn).data().toString().startsWith(u"2 day"_s));
    QCOMPARE(model.index(2, PackageTableModel::LastEventColumn).data(PackageTableModel::SortRole).toLongLong(),
        now - 2 * day);
    QCOMPARE(model.index(0, PackageTableModel::StatusColumn).data().toString(), u"To ship"_s);
    QCOMPARE(model.rowOfPackage(u"1153"_s), 2);
    model.setNow(now + 3600);
    model.setStuckAfterDays(2);
    model.setPackages({});
    QCOMPARE(filtered.rowCount(), 0);
}

void TestShipmentModels::marksShippedPackagesWithoutScansAsStuck()
{
    PackageTableModel model;
    model.setNow(now);
    model.setPackages(samplePackages());
    QCOMPARE(model.stuckAfterDays(), PackageTableModel::defaultStuckAfterDays);
    // Only the shipped one quiet for six days: the one to ship and the delivered one are older but not
    // on their way.
    QCOMPARE(model.stuckCount(), 1);
    QVERIFY(model.index(1, 0).data(PackageTableModel::StuckRole).toBool());
    QVERIFY(
        model.index(1, PackageTableModel::StatusColumn).data().toString().startsWith(u"Stuck: no scan for 6 day"_s));
    QVERIFY(!model.index(0, 0).data(PackageTableModel::StuckRole).toBool());
    QVERIFY(!model.index(3, 0).data(PackageTableModel::StuckRole).toBool());

    // Three days later the other shipped one has gone quiet too.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setNow(now + 3 * day);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.stuckCount(), 2);
    // A stricter setting counts sooner.
    model.setNow(now);
    model.setStuckAfterDays(2);
    QCOMPARE(model.stuckCount(), 2);
    QVERIFY(PackageFilter::isStuck(samplePackages().at(2), now, 2));
    QVERIFY(!PackageFilter::isStuck(samplePackages().at(2), now, 3));
}

void TestShipmentModels::filtersPackagesByPastedListsAndStatus_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("status"); // -1: any
    QTest::addColumn<bool>("stuckOnly");
    QTest::addColumn<QStringList>("shown");

    QTest::newRow("everything") << QString() << -1 << false << QStringList{u"1151"_s, u"1152"_s, u"1153"_s, u"1154"_s};
    QTest::newRow("a pasted column of tracking numbers, any case")
        << u"9400111\n1z999\r\n"_s << -1 << false << QStringList{u"1152"_s, u"1153"_s};
    QTest::newRow("order ids separated by commas and spaces")
        << u"5761, 5765"_s << -1 << false << QStringList{u"1151"_s, u"1154"_s};
    QTest::newRow("a carrier") << u"usps"_s << -1 << false << QStringList{u"1151"_s, u"1152"_s};
    QTest::newRow("shipped ones") << QString() << int(PackageStatus::Fulfilling) << false
                                  << QStringList{u"1152"_s, u"1153"_s};
    QTest::newRow("stuck ones") << QString() << -1 << true << QStringList{u"1152"_s};
    QTest::newRow("stuck and a carrier that has none") << u"UPS"_s << -1 << true << QStringList{};
}

void TestShipmentModels::filtersPackagesByPastedListsAndStatus()
{
    QFETCH(QString, text);
    QFETCH(int, status);
    QFETCH(bool, stuckOnly);
    QFETCH(QStringList, shown);
    PackageTableModel model;
    model.setNow(now);
    model.setPackages(samplePackages());
    PackageFilterModel filtered(model);
    filtered.sort(PackageTableModel::IdColumn);
    PackageFilter filter;
    filter.text = text;
    if (status >= 0)
        filter.status = static_cast<PackageStatus>(status);
    filter.stuckOnly = stuckOnly;
    filter.now = now;
    filtered.setFilter(filter);
    QCOMPARE(shownIds(filtered, PackageTableModel::IdRole), shown);
}

void TestShipmentModels::sortsStuckPackagesFirst()
{
    PackageTableModel model;
    model.setNow(now);
    model.setPackages(samplePackages());
    PackageFilterModel filtered(model);
    filtered.sort(PackageTableModel::StatusColumn, Qt::AscendingOrder);
    QCOMPARE(shownIds(filtered, PackageTableModel::IdRole), (QStringList{u"1152"_s, u"1151"_s, u"1153"_s, u"1154"_s}));
}

void TestShipmentModels::showsTheTimelineNewestFirst()
{
    TrackingTimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setEvents({{u"Label created"_s, (now - 2 * day) * 1000}, {u"Delivered"_s, now * 1000},
        {u"Collected"_s, (now - day) * 1000}});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0).data().toString(), u"Delivered"_s);
    QCOMPARE(model.index(2).data().toString(), u"Label created"_s);
    QVERIFY(model.index(0).data(TrackingTimelineModel::LatestRole).toBool());
    QVERIFY(!model.index(1).data(TrackingTimelineModel::LatestRole).toBool());
    QCOMPARE(model.index(1).data(TrackingTimelineModel::TimeRole).toLongLong(), (now - day) * 1000);
    QVERIFY(!model.index(1).data(TrackingTimelineModel::TimeTextRole).toString().isEmpty());
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestShipmentModels::aftersalesPassTheModelTester()
{
    AftersaleTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    AftersaleFilterModel filtered(model);
    QAbstractItemModelTester filteredTester(&filtered, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setCases({makeReturn(u"41"_s, ReturnType::Refund, ReturnStatus::RequestPending, 1299, now + day),
                       makeReturn(u"42"_s, ReturnType::Replacement, ReturnStatus::RequestComplete, 0, 0)},
        {makeCancellation(u"43"_s, CancelStatus::RequestPending)});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, AftersaleTableModel::TypeColumn).data().toString(), u"Refund only"_s);
    QCOMPARE(model.index(2, AftersaleTableModel::TypeColumn).data().toString(), u"Cancellation"_s);
    QCOMPARE(model.index(0, AftersaleTableModel::RefundColumn).data().toString(), u"$12.99"_s);
    QCOMPARE(model.index(0, AftersaleTableModel::RefundColumn).data(AftersaleTableModel::SortRole).toLongLong(), 1299);
    QCOMPARE(model.index(0, AftersaleTableModel::StatusColumn).data().toString(), u"Awaiting your answer"_s);
    QVERIFY(model.index(0, 0).data(AftersaleTableModel::NeedsActionRole).toBool());
    QVERIFY(!model.index(1, 0).data(AftersaleTableModel::NeedsActionRole).toBool());
    QVERIFY(!model.index(0, AftersaleTableModel::RespondByColumn).data().toString().isEmpty());
    // Without a deadline a request sorts after every dated one.
    QCOMPARE(model.index(2, AftersaleTableModel::RespondByColumn).data(AftersaleTableModel::SortRole).toLongLong(),
        std::numeric_limits<qint64>::max());
    QCOMPARE(filtered.rowCount(), 2); // waiting for the seller, the default view
}

void TestShipmentModels::followsADecisionRowByRow()
{
    AftersaleTableModel model;
    model.setCases({makeReturn(u"41"_s, ReturnType::ReturnAndRefund, ReturnStatus::RequestPending, 1299, now)}, {});
    AftersaleFilterModel filtered(model);
    QCOMPARE(filtered.rowCount(), 1);
    QCOMPARE(model.index(0, 0).data(AftersaleTableModel::ChangeStateRole).toInt(), -1);
    model.setChangeState(u"41"_s, OutboxState::Sending, {});
    QCOMPARE(model.index(0, AftersaleTableModel::ChangeColumn).data().toString(), u"Sending…"_s);
    model.setChangeState(u"41"_s, OutboxState::Done, {});
    model.applyStatus(u"41"_s, u"AWAITING_BUYER_SHIP"_s);
    QCOMPARE(model.index(0, AftersaleTableModel::ChangeColumn).data().toString(), u"Sent"_s);
    QCOMPARE(model.index(0, AftersaleTableModel::StatusColumn).data().toString(), u"Buyer to send it back"_s);
    QVERIFY(!model.caseAt(0).awaitsSeller());
    // Decided here, it stays in the "waiting" view with its result.
    QCOMPARE(filtered.rowCount(), 1);
    // A reload keeps the decision's state; a failure says why.
    model.setCases({makeReturn(u"41"_s, ReturnType::ReturnAndRefund, ReturnStatus::AwaitingBuyerShip, 1299, 0)}, {});
    model.setChangeState(u"41"_s, OutboxState::Failed, u"The return is closed."_s);
    QCOMPARE(model.index(0, AftersaleTableModel::ChangeColumn).data().toString(), u"Failed: The return is closed."_s);
    QCOMPARE(
        model.index(0, AftersaleTableModel::ChangeColumn).data(Qt::ToolTipRole).toString(), u"The return is closed."_s);
}

void TestShipmentModels::filtersAftersalesByView_data()
{
    QTest::addColumn<int>("view");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("shown");

    QTest::newRow("waiting for the seller")
        << int(AftersaleFilter::View::NeedsAction) << QString() << QStringList{u"41"_s, u"43"_s};
    QTest::newRow("all of them") << int(AftersaleFilter::View::All) << QString()
                                 << QStringList{u"41"_s, u"42"_s, u"43"_s};
    QTest::newRow("returns only") << int(AftersaleFilter::View::Returns) << QString() << QStringList{u"41"_s, u"42"_s};
    QTest::newRow("cancellations only") << int(AftersaleFilter::View::Cancellations) << QString()
                                        << QStringList{u"43"_s};
    QTest::newRow("a pasted list of order ids")
        << int(AftersaleFilter::View::All) << u"5742\n5743"_s << QStringList{u"42"_s, u"43"_s};
    QTest::newRow("words of a reason") << int(AftersaleFilter::View::All) << u"changed my"_s << QStringList{u"43"_s};
}

void TestShipmentModels::filtersAftersalesByView()
{
    QFETCH(int, view);
    QFETCH(QString, text);
    QFETCH(QStringList, shown);
    AftersaleTableModel model;
    model.setCases({makeReturn(u"41"_s, ReturnType::Refund, ReturnStatus::BuyerShippedItem, 1299, now),
                       makeReturn(u"42"_s, ReturnType::Refund, ReturnStatus::RequestCancelled, 999, 0)},
        {makeCancellation(u"43"_s, CancelStatus::RequestPending)});
    AftersaleFilterModel filtered(model);
    filtered.sort(AftersaleTableModel::IdColumn);
    filtered.setFilter({static_cast<AftersaleFilter::View>(view), text});
    QCOMPARE(shownIds(filtered, AftersaleTableModel::IdRole), shown);
}

void TestShipmentModels::writesTheTableAsCsvWithAByteOrderMark()
{
    PackageTableModel model;
    model.setNow(now);
    QList<Package> packages = samplePackages();
    packages[0].shippingProviderName = u"顺丰, \"Express\""_s;
    model.setPackages(packages);
    PackageFilterModel filtered(model);
    PackageFilter stuckOnly;
    stuckOnly.stuckOnly = true;
    stuckOnly.now = now;
    filtered.setFilter(stuckOnly);

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(TableCsv::write(filtered, buffer));
    const QByteArray csv = buffer.data();
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    const QList<QByteArray> lines = csv.mid(3).split('\n');
    QCOMPARE(lines.size(), 3); // header, the one stuck package, and the end of the last line
    QVERIFY(lines.at(0).startsWith("Package ID,Status,Last event,"));
    QVERIFY2(lines.at(1).startsWith("1152,Stuck: no scan for 6 day"), lines.at(1).constData());
    QVERIFY2(lines.at(1).contains(",USPS,9400111,5762,"), lines.at(1).constData());

    // Every row when nothing is filtered; quotes and commas escaped, Chinese kept as UTF-8.
    buffer.close();
    buffer.setData({});
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(TableCsv::write(model, buffer));
    QCOMPARE(buffer.data().count('\n'), 5);
    QVERIFY(buffer.data().contains(QString(u"\"顺丰, \"\"Express\"\"\""_s).toUtf8()));
}

QTEST_GUILESS_MAIN(TestShipmentModels)
#include "tst_shipmentmodels.moc"
