#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

#include "models/productperformancetablemodel.h"

using namespace Qt::StringLiterals;
using namespace ShopDesk;

namespace {

QList<ProductPerformance> products()
{
    return {
        {u"1001"_s, Money{500'000, u"USD"_s}, 120, 140, 523},
        {u"1002"_s, Money{90'050, u"USD"_s}, 300, 310, 1'210},
        {u"1003"_s, Money{123'400, u"USD"_s}, 15, 16, 47},
    };
}

} // namespace

class TestProductPerformanceTableModel final : public QObject
{
    Q_OBJECT

private slots:
    void showsFormattedFiguresAndRawSortValues();
    void showsTitlesWhenKnownElseIds();
    void sortsNumericallyThroughAProxy();
};

void TestProductPerformanceTableModel::showsFormattedFiguresAndRawSortValues()
{
    ProductPerformanceTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setProducts(products());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(ProductPerformanceTableModel::ColumnCount));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const QModelIndex gmv = model.index(0, ProductPerformanceTableModel::GmvColumn);
    QCOMPARE(gmv.data().toString(), u"$5,000.00"_s);
    QCOMPARE(gmv.data(ProductPerformanceTableModel::SortRole).toLongLong(), 500'000);
    QCOMPARE(model.index(1, ProductPerformanceTableModel::ClickThroughColumn).data().toString(), u"12.10%"_s);
    QCOMPARE(model.index(1, ProductPerformanceTableModel::ClickThroughColumn)
                 .data(ProductPerformanceTableModel::SortRole)
                 .toLongLong(),
        1'210);
    QCOMPARE(model.index(2, 0).data(ProductPerformanceTableModel::IdRole).toString(), u"1003"_s);
    QCOMPARE(model.headerData(ProductPerformanceTableModel::GmvColumn, Qt::Horizontal).toString(), u"GMV"_s);
}

void TestProductPerformanceTableModel::showsTitlesWhenKnownElseIds()
{
    ProductPerformanceTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setProducts(products());
    QCOMPARE(model.index(0, 0).data().toString(), u"1001"_s);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setTitles({{u"1001"_s, u"Wireless Earbuds – 无线耳机"_s}});
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.index(0, 0).data().toString(), u"Wireless Earbuds – 无线耳机"_s);
    QCOMPARE(model.index(1, 0).data().toString(), u"1002"_s);
    QVERIFY(model.index(0, 0).data(Qt::ToolTipRole).toString().contains(u"1001"_s));
}

void TestProductPerformanceTableModel::sortsNumericallyThroughAProxy()
{
    ProductPerformanceTableModel model;
    model.setProducts(products());
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(ProductPerformanceTableModel::SortRole);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.sort(ProductPerformanceTableModel::GmvColumn, Qt::AscendingOrder);
    // As text "$900.50" would sort after "$5,000.00"; as minor units it comes first.
    QCOMPARE(proxy.index(0, 0).data(ProductPerformanceTableModel::IdRole).toString(), u"1002"_s);
    QCOMPARE(proxy.index(2, 0).data(ProductPerformanceTableModel::IdRole).toString(), u"1001"_s);
    proxy.sort(ProductPerformanceTableModel::OrdersColumn, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, 0).data(ProductPerformanceTableModel::IdRole).toString(), u"1002"_s);
}

QTEST_GUILESS_MAIN(TestProductPerformanceTableModel)
#include "tst_productperformancetablemodel.moc"
