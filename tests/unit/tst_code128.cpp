#include <QSet>
#include <QTest>

#include "io/code128.h"

using namespace Qt::StringLiterals;
using namespace ShopDesk;

class TestCode128 final : public QObject
{
    Q_OBJECT

private slots:
    void everyPatternIsElevenModules();
    void encodesOrderIdsInPairsOfDigits();
    void encodesTextWithCodeSetB();
    void refusesWhatCannotBeDrawn();
};

void TestCode128::everyPatternIsElevenModules()
{
    QSet<QString> seen;
    for (int value = 0; value < 106; ++value) {
        const QString pattern = Code128::pattern(value);
        QCOMPARE(pattern.size(), 6);
        int modules = 0;
        for (QChar width : pattern)
            modules += width.digitValue();
        QCOMPARE(modules, 11);
        // Bars (odd positions counted from 1) add up to an even number of modules: the parity rule
        // that lets a scanner catch a misread.
        QCOMPARE((pattern.at(0).digitValue() + pattern.at(2).digitValue() + pattern.at(4).digitValue()) % 2, 0);
        seen.insert(pattern);
    }
    QCOMPARE(seen.size(), 106);
    QCOMPARE(Code128::pattern(106), u"2331112"_s);
}

void TestCode128::encodesOrderIdsInPairsOfDigits()
{
    const auto symbols = Code128::symbols(u"576684019603311365"_s);
    QVERIFY(symbols.ok());
    // Start C, nine pairs, check value, stop.
    QCOMPARE(symbols.value().size(), 12);
    QCOMPARE(symbols.value().first(), 105);
    QCOMPARE(symbols.value().at(1), 57);
    QCOMPARE(symbols.value().at(9), 65);
    qint64 sum = 105;
    for (int i = 1; i <= 9; ++i)
        sum += i * symbols.value().at(i);
    QCOMPARE(symbols.value().at(10), int(sum % 103));
    QCOMPARE(symbols.value().last(), 106);
    const auto widths = Code128::encode(u"576684019603311365"_s);
    QCOMPARE(widths.value().size(), 11 * 6 + 7);
}

void TestCode128::encodesTextWithCodeSetB()
{
    // An odd number of digits or any letter uses code set B, one value per character.
    const auto symbols = Code128::symbols(u"PJJ123C"_s);
    QVERIFY(symbols.ok());
    QCOMPARE(symbols.value().first(), 104);
    QCOMPARE(symbols.value().at(1), int(u'P') - 32);
    QCOMPARE(symbols.value().size(), 7 + 3);
    QCOMPARE(Code128::symbols(u"123"_s).value().first(), 104);
}

void TestCode128::refusesWhatCannotBeDrawn()
{
    QVERIFY(!Code128::encode(QString()).ok());
    QVERIFY(!Code128::encode(u"订单"_s).ok());
}

QTEST_GUILESS_MAIN(TestCode128)
#include "tst_code128.moc"
