#include <QBuffer>
#include <QTest>

#include "io/csvwriter.h"

using namespace Qt::StringLiterals;
using namespace ShopDesk;

class TestCsvWriter final : public QObject
{
    Q_OBJECT

private slots:
    void quotesOnlyWhatNeedsIt_data();
    void quotesOnlyWhatNeedsIt();
    void writesRowsInUtf8WithCrlf();
    void reportsAFailedDevice();
};

void TestCsvWriter::quotesOnlyWhatNeedsIt_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("written");
    QTest::newRow("plain") << u"SKU-1"_s << u"SKU-1"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("comma") << u"1,299.00"_s << u"\"1,299.00\""_s;
    QTest::newRow("quote") << u"5\" frame"_s << u"\"5\"\" frame\""_s;
    QTest::newRow("newline") << u"line\nbreak"_s << u"\"line\nbreak\""_s;
    QTest::newRow("carriage return") << u"a\rb"_s << u"\"a\rb\""_s;
    QTest::newRow("chinese") << u"连衣裙"_s << u"连衣裙"_s;
}

void TestCsvWriter::quotesOnlyWhatNeedsIt()
{
    QFETCH(QString, field);
    QFETCH(QString, written);
    QCOMPARE(CsvWriter::escape(field), written);
}

void TestCsvWriter::writesRowsInUtf8WithCrlf()
{
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    CsvWriter csv(buffer, CsvWriter::ByteOrderMark::Write);
    csv.writeRow({u"id"_s, u"title"_s});
    csv.writeRow({u"1"_s, u"夏季, 新款"_s});
    QVERIFY(csv.ok());
    QCOMPARE(buffer.data(), QByteArray("\xEF\xBB\xBFid,title\r\n1,\"") + u"夏季, 新款"_s.toUtf8() + "\"\r\n");
}

void TestCsvWriter::reportsAFailedDevice()
{
    QBuffer closed; // never opened: every write fails
    CsvWriter csv(closed);
    csv.writeRow({u"a"_s});
    QVERIFY(!csv.ok());
}

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
