#include <QTest>

#include "api/apierror.h"

using namespace Qt::StringLiterals;
using namespace ShopDesk;

class TestApiError final : public QObject
{
    Q_OBJECT

private slots:
    void mapsServerCodesToCategories_data();
    void mapsServerCodesToCategories();
};

void TestApiError::mapsServerCodesToCategories_data()
{
    QTest::addColumn<qint64>("code");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<ApiErrorCategory>("category");
    QTest::addColumn<bool>("retrySafe");

    QTest::newRow("expired access token")
        << qint64(105002) << QString() << 401 << ApiErrorCategory::AuthExpired << false;
    QTest::newRow("seed alias 10014 is an expired token")
        << qint64(10014) << QString() << 200 << ApiErrorCategory::AuthExpired << false;
    QTest::newRow("invalid access token")
        << qint64(105001) << QString() << 401 << ApiErrorCategory::Reauthorize << false;
    QTest::newRow("refresh token expired on the auth host")
        << qint64(36004001) << QString() << 400 << ApiErrorCategory::Reauthorize << false;
    QTest::newRow("missing scope") << qint64(105005) << QString() << 403 << ApiErrorCategory::Permission << false;
    QTest::newRow("seed alias 40100 is a permission error")
        << qint64(40100) << QString() << 200 << ApiErrorCategory::Permission << false;
    QTest::newRow("order of another seller")
        << qint64(21008111) << QString() << 400 << ApiErrorCategory::ShopMismatch << false;
    QTest::newRow("seed alias 11003 is a shop mismatch")
        << qint64(11003) << QString() << 200 << ApiErrorCategory::ShopMismatch << false;
    QTest::newRow("seed alias 20001 is a bad parameter")
        << qint64(20001) << QString() << 200 << ApiErrorCategory::InvalidParameter << false;
    QTest::newRow("wrong signature") << qint64(106001) << QString() << 401 << ApiErrorCategory::Signature << false;
    QTest::newRow("catch-all code about the clock")
        << qint64(36009004) << u"Invalid timestamp."_s << 401 << ApiErrorCategory::Signature << false;
    QTest::newRow("catch-all code about the token header")
        << qint64(36009004) << u"Invalid credentials. The x-tts-access-token header is missing."_s << 401
        << ApiErrorCategory::Reauthorize << false;
    QTest::newRow("catch-all code about a parameter") << qint64(36009004) << u"Unexpected identifier: shop_cipher"_s
                                                      << 400 << ApiErrorCategory::InvalidParameter << false;
    QTest::newRow("rate limited") << qint64(36009002) << QString() << 429 << ApiErrorCategory::RateLimited << true;
    QTest::newRow("internal error") << qint64(36009003) << QString() << 500 << ApiErrorCategory::Server << true;
    QTest::newRow("gateway timeout") << qint64(36009007) << QString() << 504 << ApiErrorCategory::Timeout << true;
    QTest::newRow("an unknown code with a 5xx")
        << qint64(99999) << QString() << 502 << ApiErrorCategory::Server << true;
}

void TestApiError::mapsServerCodesToCategories()
{
    QFETCH(qint64, code);
    QFETCH(QString, message);
    QFETCH(int, httpStatus);
    QFETCH(ApiErrorCategory, category);
    QFETCH(bool, retrySafe);
    const ApiError error = ApiError::fromServer(code, message, u"req-1"_s, httpStatus);
    QCOMPARE(error.category, category);
    QCOMPARE(error.retrySafe, retrySafe);
    QCOMPARE(error.code, code);
    QVERIFY(error.toString().contains(u"req-1"_s));
}

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
