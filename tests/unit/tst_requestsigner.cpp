#include <QMessageAuthenticationCode>
#include <QTest>

#include "api/requestsigner.h"

using namespace Qt::StringLiterals;
using namespace ShopDesk;

class TestRequestSigner final : public QObject
{
    Q_OBJECT

private slots:
    void signsOfficialVectors_data();
    void signsOfficialVectors();
    void buildsTheDocumentedStringToSign();
    void ignoresSignAndAccessTokenAndOrder();
    void signsTheBodyBytesAsSent();
    void signsDecodedValuesOfPageTokens();
};

void TestRequestSigner::signsOfficialVectors_data()
{
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QueryItems>("query");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("official doc V1: authorized shops with app key and timestamp")
        << QByteArray("e59af819cc") << u"/authorization/202309/shops"_s
        << QueryItems{{u"app_key"_s, u"29a39d"_s}, {u"timestamp"_s, u"1623812664"_s}}
        << QByteArray("b596b73e0cc6de07ac26f036364178ab16b0a907af13d43f0a0cd2345f582dc8");
    QTest::newRow("EcomPHP V2: one parameter and no app key")
        << QByteArray("app_secret") << u"/test-api"_s << QueryItems{{u"foo"_s, u"bar"_s}}
        << QByteArray("d3cb7fe11ecae942802ceeca67e7cf10120cc12f1517d45fbc1c8cfe5413c80f");
}

void TestRequestSigner::signsOfficialVectors()
{
    QFETCH(QByteArray, secret);
    QFETCH(QString, path);
    QFETCH(QueryItems, query);
    QFETCH(QByteArray, expected);
    const QByteArray sign = RequestSigner::sign(secret, path, query, {});
    QCOMPARE(sign, expected);
    QCOMPARE(sign, sign.toLower());
}

void TestRequestSigner::buildsTheDocumentedStringToSign()
{
    const QueryItems query{{u"timestamp"_s, u"1623812664"_s}, {u"app_key"_s, u"29a39d"_s}};
    QCOMPARE(RequestSigner::stringToSign("e59af819cc", u"/authorization/202309/shops", query, {}),
        QByteArray("e59af819cc/authorization/202309/shopsapp_key29a39dtimestamp1623812664e59af819cc"));
}

void TestRequestSigner::ignoresSignAndAccessTokenAndOrder()
{
    const QueryItems plain{{u"app_key"_s, u"k"_s}, {u"page_size"_s, u"100"_s}, {u"timestamp"_s, u"1700000000"_s}};
    const QueryItems noisy{{u"timestamp"_s, u"1700000000"_s}, {u"sign"_s, u"old"_s}, {u"page_size"_s, u"100"_s},
        {u"access_token"_s, u"TTP_x"_s}, {u"app_key"_s, u"k"_s}};
    QCOMPARE(RequestSigner::sign("s", u"/p", noisy, "{}"), RequestSigner::sign("s", u"/p", plain, "{}"));
    QVERIFY(RequestSigner::sign("s", u"/p", plain, "{}") != RequestSigner::sign("s", u"/p", plain, "{ }"));
}

void TestRequestSigner::signsTheBodyBytesAsSent()
{
    const QByteArray body = R"({"status":"ACTIVATE"})";
    const QByteArray message
        = "sec/product/202309/products/searchapp_keykpage_size20timestamp1700000000" + body + "sec";
    const QByteArray expected = QMessageAuthenticationCode::hash(message, "sec", QCryptographicHash::Sha256).toHex();
    const QueryItems query{{u"page_size"_s, u"20"_s}, {u"app_key"_s, u"k"_s}, {u"timestamp"_s, u"1700000000"_s}};
    QCOMPARE(RequestSigner::sign("sec", u"/product/202309/products/search", query, body), expected);
}

void TestRequestSigner::signsDecodedValuesOfPageTokens()
{
    // The value signed is the decoded token, never its percent-encoded form.
    const QString token = u"+/+/AQAAAGT3m0k=="_s;
    const QByteArray signedDecoded = RequestSigner::sign("s", u"/p", {{u"page_token"_s, token}}, {});
    const QByteArray message = "s/ppage_token" + token.toUtf8() + "s";
    QCOMPARE(signedDecoded, QMessageAuthenticationCode::hash(message, "s", QCryptographicHash::Sha256).toHex());
}

QTEST_GUILESS_MAIN(TestRequestSigner)
#include "tst_requestsigner.moc"
