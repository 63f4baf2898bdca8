#include <QTest>

#include "sandbox/pagetoken.h"

using namespace Qt::StringLiterals;
using namespace ShopDesk;

class TestPageToken final : public QObject
{
    Q_OBJECT

private slots:
    void holdsTheCharactersClientsMustEncode();
    void roundTripsTheOffset();
    void refusesATokenFromAnotherQuery();
    void refusesGarbage_data();
    void refusesGarbage();
};

void TestPageToken::holdsTheCharactersClientsMustEncode()
{
    const QString token = PageToken::encode(100, "shop|ALL");
    QVERIFY(token.contains(u'+'));
    QVERIFY(token.contains(u'/'));
    QVERIFY(token.contains(u'='));
}

void TestPageToken::roundTripsTheOffset()
{
    for (qint64 offset : {0, 1, 100, 250, 999'999})
        QCOMPARE(PageToken::decode(PageToken::encode(offset, "ctx"), "ctx"), std::optional<qint64>(offset));
}

void TestPageToken::refusesATokenFromAnotherQuery()
{
    QCOMPARE(PageToken::decode(PageToken::encode(100, "shopA|ALL"), "shopB|ALL"), std::nullopt);
}

void TestPageToken::refusesGarbage_data()
{
    QTest::addColumn<QString>("token");
    QTest::newRow("empty") << QString();
    QTest::newRow("not base64") << u"%%%"_s;
    QTest::newRow("plus read as a space by a careless client") << PageToken::encode(100, "ctx").replace(u'+', u' ');
    QTest::newRow("too short") << u"+/+/AQ=="_s;
}

void TestPageToken::refusesGarbage()
{
    QFETCH(QString, token);
    QCOMPARE(PageToken::decode(token, "ctx"), std::nullopt);
}

QTEST_GUILESS_MAIN(TestPageToken)
#include "tst_pagetoken.moc"
