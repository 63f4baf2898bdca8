#include <QBuffer>
#include <QTest>

#include "domain/descriptionhtml.h"
#include "io/csvreader.h"
#include "sync/productcsv.h"

using namespace Qt::StringLiterals;
using namespace ShopDesk;

namespace {

QList<Product> shop()
{
    Product mat{u"101"_s, u"Yoga Mat, \"Pro\""_s, ProductStatus::Activate, u"APPROVED"_s, {}, 0, 0};
    mat.skus = {Sku{u"1011"_s, u"YM-PUR"_s, Money{2799, u"USD"_s}, {{u"w1"_s, 10}, {u"w2"_s, 3}}},
        Sku{u"1012"_s, u"YM-TEA"_s, Money{2499, u"USD"_s}, {{u"w1"_s, 0}, {u"w2"_s, 7}}}};
    Product bottle{u"102"_s, u"Water Bottle"_s, ProductStatus::Draft, {}, {}, 0, 0};
    bottle.skus = {Sku{u"1021"_s, u"WB-1"_s, Money{1899, u"USD"_s}, {{u"w2"_s, 5}}}};
    return {mat, bottle};
}

ProductCsvImport import(const QByteArray &csv)
{
    return ProductCsv::readUpdates(csv, shop());
}

} // namespace

/// Products to CSV and price and stock updates back, with the report of rows that are not sent.
class TestProductCsv final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void exportsOneRowPerSku();
    void readsBackAnEditedExport();
    void readsStockPerWarehouse();
    void reportsEveryRowItWillNotSend();
    void refusesAFileWithoutTheColumnsItNeeds();
    void turnsPlainTextIntoDescriptionHtml();
};

void TestProductCsv::exportsOneRowPerSku()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(ProductCsv::write(buffer, shop()));
    QVERIFY(buffer.data().startsWith("\xEF\xBB\xBF"));
    const Result<CsvTable> table = CsvReader::parse(buffer.data());
    QVERIFY(table.ok());
    QCOMPARE(table.value().header,
        (QStringList{u"product_id"_s, u"title"_s, u"status"_s, u"seller_sku"_s, u"sku_id"_s, u"currency"_s, u"price"_s,
            u"stock"_s, u"stock@w1"_s, u"stock@w2"_s}));
    QCOMPARE(table.value().rows.size(), 3);
    QCOMPARE(table.value().rows.at(0),
        (QStringList{u"101"_s, u"Yoga Mat, \"Pro\""_s, u"ACTIVATE"_s, u"YM-PUR"_s, u"1011"_s, u"USD"_s, u"27.99"_s,
            u"13"_s, u"10"_s, u"3"_s}));
    // A warehouse the SKU is not stocked in stays empty rather than 0.
    QCOMPARE(table.value().rows.at(2).at(8), QString());
}

void TestProductCsv::readsBackAnEditedExport()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(ProductCsv::write(buffer, shop()));
    // Unchanged, the export asks for nothing.
    const ProductCsvImport same = import(buffer.data());
    QVERIFY(same.edits.isEmpty());
    QVERIFY(same.problems.isEmpty());
    QCOMPARE(same.unchangedRows, 3);

    QByteArray edited = buffer.data();
    edited.replace(",27.99,13,10,3", ",29.99,13,10,3");
    const ProductCsvImport changed = import(edited);
    QCOMPARE(changed.edits.size(), 1);
    QCOMPARE(changed.edits.first().kind, CommandKind::SetPrice);
    QCOMPARE(changed.edits.first().priceAfter, (Money{2999, u"USD"_s}));
    QCOMPARE(changed.unchangedRows, 2);

    // For a SKU in one warehouse, `stock` and `stock@` say the same; the one changed counts.
    QByteArray stock = buffer.data();
    stock.replace(",18.99,5,,5", ",18.99,8,,5");
    const ProductCsvImport total = import(stock);
    QCOMPARE(total.edits.size(), 1);
    QCOMPARE(total.edits.first().stockAfter, (QList<WarehouseStock>{{u"w2"_s, 8}}));
    stock.replace(",18.99,8,,5", ",18.99,8,,9");
    QVERIFY(import(stock).problems.first().message.contains(u"different"_s));
}

void TestProductCsv::readsStockPerWarehouse()
{
    const ProductCsvImport result = import("seller_sku,stock@w2,stock\nYM-TEA,20,\nWB-1,,9\n");
    QVERIFY(result.problems.isEmpty());
    QCOMPARE(result.edits.size(), 2);
    QCOMPARE(result.edits.at(0).stockAfter, (QList<WarehouseStock>{{u"w1"_s, 0}, {u"w2"_s, 20}}));
    QCOMPARE(result.edits.at(1).stockAfter, (QList<WarehouseStock>{{u"w2"_s, 9}}));
}

void TestProductCsv::reportsEveryRowItWillNotSend()
{
    const ProductCsvImport result = import("seller_sku,price,stock,stock@w1\n"
                                           "YM-PUR,31.00,,\n"
                                           "NOPE,1.00,,\n"
                                           "YM-TEA,1.234,,\n"
                                           "WB-1,,lots,\n"
                                           "YM-TEA,,5,\n"
                                           "WB-1,0,,\n"
                                           ",2.00,,\n"
                                           "YM-PUR,,,100000\n");
    QStringList report;
    for (const CsvProblem &problem : result.problems)
        report.append(u"%1 %2: %3"_s.arg(problem.line).arg(problem.sellerSku, problem.message));
    QCOMPARE(result.problems.size(), 8);
    QVERIFY2(report.at(0).startsWith(u"2 YM-PUR: Duplicate row"_s) && report.at(0).contains(u"9"_s),
        qPrintable(report.join(u'\n')));
    QVERIFY(report.at(1).startsWith(u"3 NOPE: Unknown seller SKU"_s));
    QVERIFY(report.at(2).startsWith(u"4 YM-TEA: Duplicate row"_s));
    QVERIFY(report.at(3).startsWith(u"5 WB-1: Duplicate row"_s));
    QVERIFY(report.at(4).startsWith(u"6 YM-TEA: Duplicate row"_s));
    QVERIFY(report.at(5).startsWith(u"7 WB-1: Duplicate row"_s));
    QVERIFY(report.at(6).startsWith(u"8 : No seller SKU"_s));
    QVERIFY(report.at(7).startsWith(u"9 YM-PUR: Duplicate row"_s));
    QVERIFY(result.edits.isEmpty());

    const ProductCsvImport values = import("seller_sku,price,stock\nYM-TEA,1.234,\nWB-1,,lots\nYM-PUR,,4\n"
                                           "WB-1x,0,\n");
    QCOMPARE(values.problems.size(), 4);
    QVERIFY(values.problems.at(0).message.contains(u"not a price"_s));
    QVERIFY(values.problems.at(1).message.contains(u"whole number"_s));
    QVERIFY(values.problems.at(2).message.contains(u"stock@"_s)); // two warehouses: a new total is ambiguous
    QVERIFY(values.problems.at(3).message.contains(u"Unknown"_s));

    const ProductCsvImport refused = import("seller_sku,price,stock@w1\nYM-PUR,0,\nYM-TEA,,100000\n");
    QCOMPARE(refused.problems.size(), 2);
    QVERIFY(refused.problems.at(0).message.contains(u"more than zero"_s));
    QVERIFY(refused.problems.at(1).message.contains(u"99,999"_s));
    QVERIFY(refused.edits.isEmpty());
}

void TestProductCsv::refusesAFileWithoutTheColumnsItNeeds()
{
    QCOMPARE(import("sku,price\nYM-PUR,1.00\n").problems.size(), 1);
    QCOMPARE(import("seller_sku,title\nYM-PUR,x\n").problems.first().line, 1);
    const ProductCsvImport broken = import("seller_sku,price\n\"YM-PUR,1.00\n");
    QCOMPARE(broken.problems.size(), 1);
    QVERIFY(broken.edits.isEmpty());
}

void TestProductCsv::turnsPlainTextIntoDescriptionHtml()
{
    QCOMPARE(DescriptionHtml::fromPlainText(u"Light & strong.\nFolds flat.\n\n- One\n- <Two>\nAfter"_s),
        u"<p>Light &amp; strong.<br>Folds flat.</p><ul><li>One</li><li>&lt;Two&gt;</li></ul><p>After</p>"_s);
    QCOMPARE(DescriptionHtml::fromPlainText(u"  \n\n"_s), QString());
}

QTEST_GUILESS_MAIN(TestProductCsv)
#include "tst_productcsv.moc"
