#include <QLocale>
#include <QTest>

#include "core/money.h"

using namespace Qt::StringLiterals;
using namespace ShopDesk;

class TestMoney final : public QObject
{
    Q_OBJECT

private slots:
    void parsesDecimals_data();
    void parsesDecimals();
    void refusesWhatIsNotAnAmount_data();
    void refusesWhatIsNotAnAmount();
    void formatsForPeople();
};

void TestMoney::parsesDecimals_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("decimal");

    QTest::newRow("dollars with cents") << u"12.34"_s << u"USD"_s << qint64(1234) << u"12.34"_s;
    QTest::newRow("one decimal is padded") << u"12.5"_s << u"GBP"_s << qint64(1250) << u"12.50"_s;
    QTest::newRow("whole pounds") << u"7"_s << u"GBP"_s << qint64(700) << u"7.00"_s;
    QTest::newRow("yen has no minor unit") << u"1500"_s << u"JPY"_s << qint64(1500) << u"1500"_s;
    QTest::newRow("trailing zeros beyond the minor unit are fine")
        << u"3.100"_s << u"USD"_s << qint64(310) << u"3.10"_s;
    QTest::newRow("dinar has three decimals") << u"1.234"_s << u"KWD"_s << qint64(1234) << u"1.234"_s;
    QTest::newRow("negative refund") << u"-0.99"_s << u"USD"_s << qint64(-99) << u"-0.99"_s;
    QTest::newRow("cents only") << u".99"_s << u"USD"_s << qint64(99) << u"0.99"_s;
}

void TestMoney::parsesDecimals()
{
    QFETCH(QString, text);
    QFETCH(QString, currency);
    QFETCH(qint64, minor);
    QFETCH(QString, decimal);
    const Result<Money> money = Money::fromDecimal(text, currency);
    QVERIFY2(money.ok(), qPrintable(money.ok() ? QString() : money.error().message));
    QCOMPARE(money.value().minor, minor);
    QCOMPARE(money.value().currency, currency);
    QCOMPARE(money.value().toDecimal(), decimal);
}

void TestMoney::refusesWhatIsNotAnAmount_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("letters") << u"abc"_s;
    QTest::newRow("thousands separator") << u"1,299.00"_s;
    QTest::newRow("a third decimal in dollars") << u"1.999"_s;
    QTest::newRow("two points") << u"1.2.3"_s;
    QTest::newRow("exponent") << u"1e5"_s;
    QTest::newRow("far too large") << u"99999999999999999999"_s;
}

void TestMoney::refusesWhatIsNotAnAmount()
{
    QFETCH(QString, text);
    QVERIFY(!Money::fromDecimal(text, u"USD"_s).ok());
}

void TestMoney::formatsForPeople()
{
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    QCOMPARE((Money{129900, u"USD"_s}.format(english)), u"$1,299.00"_s);
    QCOMPARE((Money{499, u"GBP"_s}.format(english)), u"£4.99"_s);
    QCOMPARE((Money{1500, u"JPY"_s}.format(english)), u"¥1,500"_s);
    QCOMPARE((Money{-250, u"USD"_s}.format(english)), u"-$2.50"_s);
    QCOMPARE((Money{1000, u"XYZ"_s}.format(english)), u"XYZ 10.00"_s);
    const QLocale german(QLocale::German, QLocale::Germany);
    QCOMPARE((Money{123456, u"EUR"_s}.format(german)), u"€1.234,56"_s);
}

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
