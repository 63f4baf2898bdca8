#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

#include "models/affiliateordertablemodel.h"
#include "models/creatorstatstablemodel.h"
#include "models/creatortablemodel.h"
#include "models/opencollaborationtablemodel.h"
#include "models/targetcollaborationtablemodel.h"

using namespace Qt::StringLiterals;
using namespace ShopDesk;

namespace {

constexpr qint64 now = 1'764'000'000;
constexpr qint64 day = 86400;

Creator creator(const QString &username, const QString &nickname, qint64 followers, std::optional<Money> gmv)
{
    Creator result;
    result.openId = u"OPEN_"_s + username;
    result.username = username;
    result.nickname = nickname;
    result.followerCount = followers;
    result.gmv = gmv;
    result.categoryIds = {u"601152"_s, u"999999"_s};
    return result;
}

AffiliateOrderSku sku(const QString &creatorName, qint64 priceMinor, qint64 quantity, CommissionRate rate)
{
    AffiliateOrderSku line;
    line.productId = u"1729"_s + creatorName;
    line.creatorUsername = creatorName;
    line.contentType = ContentType::Video;
    line.price = Money{priceMinor, u"USD"_s};
    line.quantity = quantity;
    line.commissionRate = rate;
    line.estimatedCommissionBase = line.gmv();
    line.estimatedCommission = commissionOf(line.gmv(), rate);
    line.actualCommission = Money{0, u"USD"_s};
    return line;
}

AffiliateOrder order(const QString &id, AffiliateOrderStatus status, qint64 created, QList<AffiliateOrderSku> skus)
{
    return AffiliateOrder{id, status, created, 0, std::move(skus)};
}

QList<AffiliateOrder> sampleOrders()
{
    return {
        order(u"A1"_s, AffiliateOrderStatus::Completed, now - day, {sku(u"lena"_s, 2000, 2, 1000)}),
        order(u"A2"_s, AffiliateOrderStatus::Processing, now - 2 * day,
            {sku(u"lena"_s, 1000, 1, 1500), sku(u"lena"_s, 500, 1, 1500), sku(u"mike"_s, 9000, 1, 500)}),
        order(u"A3"_s, AffiliateOrderStatus::Cancelled, now - day, {sku(u"mike"_s, 99900, 1, 2000)}),
        order(u"A4"_s, AffiliateOrderStatus::Completed, now - 40 * day, {sku(u"zoe"_s, 5000, 1, 1000)}),
    };
}

/// The column's sort values top to bottom, through a proxy sorted on it.
QList<qint64> sortedColumn(QAbstractItemModel &source, int column, Qt::SortOrder order)
{
    QSortFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSourceModel(&source);
    proxy.setSortRole(Qt::UserRole);
    proxy.sort(column, order);
    QList<qint64> values;
    for (int row = 0; row < proxy.rowCount(); ++row)
        values.append(proxy.index(row, column).data(Qt::UserRole).toLongLong());
    return values;
}

} // namespace

class TestAffiliateTableModels final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void creatorsPassTheTesterAndLoadMore();
    void creatorsShowWhatTheyShare();
    void openCollaborationsShowCommissionAsPercent();
    void targetCollaborationsFollowTheClock();
    void affiliateOrdersHaveARowPerSku();
    void creatorStatsAddUpTheOrders();
    void proxiesFilterOnText();
};

void TestAffiliateTableModels::creatorsPassTheTesterAndLoadMore()
{
    CreatorTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setRecords({creator(u"lena.makes"_s, u"Lena"_s, 182300, Money{1234560, u"USD"_s})});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.columnCount(), int(CreatorTableModel::ColumnCount));
    // "Load more" appends the next page rather than resetting the view.
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.appendRecords({creator(u"xiaomei_home"_s, u"小美的家"_s, 5200, std::nullopt),
        creator(u"mike"_s, u"mike"_s, 900, Money{0, u"USD"_s})});
    QCOMPARE(reset.count(), 0);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 1);
    QCOMPARE(inserted.first().at(2).toInt(), 2);
    QCOMPARE(model.rowCount(), 3);
    model.appendRecords({});
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(sortedColumn(model, CreatorTableModel::FollowersColumn, Qt::DescendingOrder),
        (QList<qint64>{182300, 5200, 900}));
    // A creator without any GMV figure sorts below one who sold nothing.
    QCOMPARE(sortedColumn(model, CreatorTableModel::GmvColumn, Qt::AscendingOrder), (QList<qint64>{-1, 0, 1234560}));
}

void TestAffiliateTableModels::creatorsShowWhatTheyShare()
{
    CreatorTableModel model;
    Creator hidden = creator(u"xiaomei_home"_s, u"小美的家"_s, 5200, std::nullopt);
    hidden.gmvRange = MoneyRange{{100000, u"USD"_s}, {1000000, u"USD"_s}};
    hidden.unitsSoldRange = CountRange{100, 1000};
    model.setRecords({creator(u"lena.makes"_s, u"Lena"_s, 182300, Money{1234560, u"USD"_s}), hidden,
        creator(u"sam"_s, u"sam"_s, 10, std::nullopt)});
    auto text = [&model](int row, int column) { return model.index(row, column).data().toString(); };
    QCOMPARE(text(0, CreatorTableModel::CreatorColumn), u"Lena (@lena.makes)"_s);
    QCOMPARE(text(0, CreatorTableModel::FollowersColumn), u"182,300"_s);
    QCOMPARE(text(0, CreatorTableModel::GmvColumn), u"$12,345.60"_s);
    QCOMPARE(text(1, CreatorTableModel::GmvColumn), u"$1,000.00–$10,000.00"_s);
    QCOMPARE(text(1, CreatorTableModel::UnitsSoldColumn), u"100–1,000"_s);
    QCOMPARE(text(2, CreatorTableModel::GmvColumn), u"—"_s);
    QCOMPARE(text(2, CreatorTableModel::CreatorColumn), u"@sam"_s);
    QCOMPARE(text(0, CreatorTableModel::CategoriesColumn), u"Beauty & Personal Care and 999999"_s);
    QCOMPARE(model.index(1, 0).data(CreatorTableModel::IdRole).toString(), u"OPEN_xiaomei_home"_s);
    QCOMPARE(model.index(1, 0).data(CreatorTableModel::NicknameRole).toString(), u"小美的家"_s);
}

void TestAffiliateTableModels::openCollaborationsShowCommissionAsPercent()
{
    OpenCollaborationTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    OpenCollaboration first{
        u"73001"_s, u"1729001"_s, u"Yoga Mat"_s, 1250, now - day, 0, OpenCollaborationStatus::Normal, 4, 1, false};
    OpenCollaboration second{
        u"73002"_s, u"1729002"_s, {}, 3587, now - 3 * day, now + day, OpenCollaborationStatus::Terminating, 0, 0, true};
    model.setRecords({first, second});
    QCOMPARE(model.index(0, OpenCollaborationTableModel::CommissionColumn).data().toString(), u"12.50%"_s);
    QCOMPARE(model.index(1, OpenCollaborationTableModel::CommissionColumn).data().toString(), u"35.87%"_s);
    QCOMPARE(model.index(0, OpenCollaborationTableModel::CommissionColumn)
                 .data(OpenCollaborationTableModel::CommissionRole)
                 .toLongLong(),
        1250);
    QCOMPARE(model.index(1, OpenCollaborationTableModel::ProductColumn).data().toString(), u"1729002"_s);
    QCOMPARE(model.index(1, OpenCollaborationTableModel::StatusColumn).data().toString(), u"Ending"_s);
    QCOMPARE(model.index(0, OpenCollaborationTableModel::EndColumn).data().toString(), u"—"_s);
    QCOMPARE(sortedColumn(model, OpenCollaborationTableModel::CommissionColumn, Qt::DescendingOrder),
        (QList<qint64>{3587, 1250}));
}

void TestAffiliateTableModels::targetCollaborationsFollowTheClock()
{
    TargetCollaborationTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    TargetCollaboration target;
    target.id = u"73101"_s;
    target.name = u"Holiday gift guide"_s;
    target.startTime = now - 10 * day;
    target.endTime = now + 10 * day;
    target.productCount = 3;
    target.creatorInvitedCount = 12;
    target.freeSampleRule = {true, true};
    model.setRecords({target});
    model.setNow(now);
    const QModelIndex status = model.index(0, TargetCollaborationTableModel::StatusColumn);
    QCOMPARE(status.data().toString(), u"Ongoing"_s);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setNow(now + 5 * day);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(status.data().toString(), u"Ends within 7 days"_s);
    model.setNow(now + 10 * day);
    QCOMPARE(status.data(TargetCollaborationTableModel::StatusRole).toInt(), int(TargetCollaborationStatus::Completed));
    QCOMPARE(
        model.index(0, TargetCollaborationTableModel::FreeSampleColumn).data().toString(), u"Yes, without review"_s);
    QCOMPARE(model.index(0, TargetCollaborationTableModel::CreatorsColumn).data().toString(), u"12"_s);
}

void TestAffiliateTableModels::affiliateOrdersHaveARowPerSku()
{
    AffiliateOrderTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setOrders(sampleOrders());
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.index(1, AffiliateOrderTableModel::OrderColumn).data().toString(), u"A2"_s);
    QCOMPARE(model.index(1, AffiliateOrderTableModel::RateColumn).data().toString(), u"15.00%"_s);
    QCOMPARE(model.index(0, AffiliateOrderTableModel::EstimatedColumn).data().toString(), u"$4.00"_s);
    QCOMPARE(model.index(0, AffiliateOrderTableModel::ContentColumn).data().toString(), u"Video"_s);
    QCOMPARE(model.index(0, AffiliateOrderTableModel::ProductColumn).data().toString(), u"1729lena"_s);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setProductTitles({{u"1729lena"_s, u"Yoga Mat"_s}});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.index(0, AffiliateOrderTableModel::ProductColumn).data().toString(), u"Yoga Mat"_s);
    QCOMPARE(sortedColumn(model, AffiliateOrderTableModel::PriceColumn, Qt::AscendingOrder).first(), 500);
}

void TestAffiliateTableModels::creatorStatsAddUpTheOrders()
{
    const QList<CreatorStats> stats = CreatorStats::summarize(sampleOrders(), now - 30 * day, now);
    // zoe's order is older than the period and mike's big order was cancelled.
    QCOMPARE(stats.size(), 2);
    QCOMPARE(stats.at(0).username, u"mike"_s); // biggest GMV first
    QCOMPARE(stats.at(0).gmv, (Money{9000, u"USD"_s}));
    QCOMPARE(stats.at(0).orders, 1);
    QCOMPARE(stats.at(1).username, u"lena"_s);
    QCOMPARE(stats.at(1).gmv, (Money{5500, u"USD"_s}));
    QCOMPARE(stats.at(1).orders, 2); // two SKUs in A2 are still one order
    QCOMPARE(stats.at(1).unitsSold, 4);
    QCOMPARE(stats.at(1).estimatedCommission, (Money{400 + 150 + 75, u"USD"_s}));

    CreatorStatsTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setRecords(stats);
    QCOMPARE(model.index(1, CreatorStatsTableModel::GmvColumn).data().toString(), u"$55.00"_s);
    QCOMPARE(model.index(1, CreatorStatsTableModel::CreatorColumn).data().toString(), u"@lena"_s);
    QCOMPARE(sortedColumn(model, CreatorStatsTableModel::GmvColumn, Qt::AscendingOrder), (QList<qint64>{5500, 9000}));
    QCOMPARE(CreatorStats::summarize(sampleOrders(), now - 90 * day, now).size(), 3);
}

void TestAffiliateTableModels::proxiesFilterOnText()
{
    AffiliateOrderTableModel model;
    model.setOrders(sampleOrders());
    QSortFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSourceModel(&model);
    proxy.setFilterKeyColumn(-1);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy.setFilterFixedString(u"@MIKE"_s);
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setFilterFixedString(u"cancelled"_s);
    QCOMPARE(proxy.rowCount(), 1);
    model.setOrders({});
    QCOMPARE(proxy.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestAffiliateTableModels)
#include "tst_affiliatetablemodels.moc"
