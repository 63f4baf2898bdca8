#include <QBuffer>
#include <QTest>

#include "io/csvreader.h"
#include "io/csvwriter.h"

using namespace Qt::StringLiterals;
using namespace ShopDesk;

class TestCsvReader final : public QObject
{
    Q_OBJECT

private slots:
    void readsWhatSpreadsheetsWrite();
    void readsItsOwnOutputBack();
    void findsColumnsByName();
    void refusesBrokenFiles_data();
    void refusesBrokenFiles();
};

void TestCsvReader::readsWhatSpreadsheetsWrite()
{
    const QByteArray file = "\xEF\xBB\xBForder_id,tracking_number,note\r\n"
                            "5764,YT123,\"fragile, \"\"glass\"\"\"\r\n"
                            "\r\n"
                            "5765,YT124,\"two\nlines\"\n"
                            "5766,,"
        + u"易碎"_s.toUtf8();
    const auto table = CsvReader::parse(file);
    QVERIFY2(table.ok(), qPrintable(table.ok() ? QString() : table.error().toString()));
    QCOMPARE(table.value().header, (QStringList{u"order_id"_s, u"tracking_number"_s, u"note"_s}));
    QCOMPARE(table.value().rows.size(), 3);
    QCOMPARE(table.value().rows.at(0), (QStringList{u"5764"_s, u"YT123"_s, u"fragile, \"glass\""_s}));
    QCOMPARE(table.value().rows.at(1).at(2), u"two\nlines"_s);
    QCOMPARE(table.value().rows.at(2), (QStringList{u"5766"_s, QString(), u"易碎"_s}));
    QCOMPARE(table.value().lines, (QList<int>{2, 4, 6}));
}

void TestCsvReader::readsItsOwnOutputBack()
{
    const QList<QStringList> rows{{u"a"_s, u"b,c"_s}, {u"\"q\""_s, u"line\r\nbreak"_s}, {QString(), u"夏"_s}};
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        CsvWriter writer(buffer, CsvWriter::ByteOrderMark::Write);
        writer.writeRow({u"x"_s, u"y"_s});
        for (const QStringList &row : rows)
            writer.writeRow(row);
    }
    const auto table = CsvReader::parse(bytes);
    QVERIFY(table.ok());
    QCOMPARE(table.value().rows, rows);
}

void TestCsvReader::findsColumnsByName()
{
    const auto table = CsvReader::parse("Order ID , Tracking Number\n1,2\n");
    QVERIFY(table.ok());
    QCOMPARE(table.value().column({u"order_id", u"order id"}), 0);
    QCOMPARE(table.value().column({u"tracking number"}), 1);
    QCOMPARE(table.value().column({u"carrier"}), -1);
}

void TestCsvReader::refusesBrokenFiles_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("where");
    QTest::newRow("empty") << QByteArray() << u"line 1"_s;
    QTest::newRow("unclosed quote") << QByteArray("a,b\n1,\"open\n2,3\n") << u"line 2"_s;
    QTest::newRow("stray quote") << QByteArray("a,b\n1,2\n3,x\"y\n") << u"line 3"_s;
    QTest::newRow("text after a quote") << QByteArray("a,b\n\"1\"x,2\n") << u"line 2"_s;
    QTest::newRow("not utf-8") << QByteArray("a,b\n\xC4\xE3\xBA\xC3,1\n") << u"line 1"_s; // GBK bytes
}

void TestCsvReader::refusesBrokenFiles()
{
    QFETCH(QByteArray, file);
    QFETCH(QString, where);
    const auto table = CsvReader::parse(file);
    QVERIFY(!table.ok());
    QCOMPARE(table.error().path, where);
    QVERIFY(!table.error().message.isEmpty());
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
