#include <QJsonArray>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include "api/apiclient.h"
#include "api/authservice.h"
#include "api/productservice.h"
#include "domain/productcodec.h"
#include "models/producttablemodel.h"
#include "replywaiter.h"
#include "sandbox/seeddata.h"
#include "sandboxfixture.h"

using namespace Qt::StringLiterals;
using namespace ShopDesk;

class TestProductService final : public QObject
{
    Q_OBJECT

private slots:
    void fetchesEveryPageOfTheShop();
    void readsTheSecondShopWithItsOwnCurrency();
    void refusesAWrongSecretAsASignatureError();
    void cancelStopsBeforeTheLastPage();
    void listsTheAuthorizedShops();
    void readsACatalogueLargerThanOneQueryAnswers();
};

void TestProductService::fetchesEveryPageOfTheShop()
{
    SandboxFixture sandbox;
    QVERIFY(sandbox.isListening());
    ApiClient client(sandbox.connection(), sandbox.clock());
    ProductService service(client);

    const Finished<QList<Product>> result = waitFor(service.searchAll());
    QVERIFY(result.finished);
    QVERIFY2(!result.error, qPrintable(result.error ? result.error->toString() : QString()));
    QCOMPARE(result.value.size(), 250);

    // 250 products at 100 a page: three requests, each following the previous page's token.
    const QJsonObject requests = sandbox.server().stats().value(u"requests"_s).toObject();
    QCOMPARE(requests.value(u"POST /product/{version}/products/search"_s).toInt(), 3);
    QCOMPARE(result.progress.size(), 3);
    QCOMPARE(result.progress.last(), (std::pair<qint64, qint64>(250, 250)));

    QSet<QString> ids;
    for (const Product &product : result.value) {
        ids.insert(product.id);
        QVERIFY(!product.skus.isEmpty());
        QCOMPARE(product.skus.first().price.currency, u"USD"_s);
    }
    QCOMPARE(ids.size(), 250);

    ProductTableModel model;
    model.setProducts(result.value);
    QCOMPARE(model.rowCount(), 250);
}

void TestProductService::readsTheSecondShopWithItsOwnCurrency()
{
    SandboxFixture sandbox(SandboxOptions{.seed = 7, .productsPerShop = 30});
    ApiClient client(sandbox.connection(1), sandbox.clock());
    ProductService service(client);
    const Finished<QList<Product>> result = waitFor(service.searchAll());
    QVERIFY(result.finished && !result.error);
    QCOMPARE(result.value.size(), 30);
    QCOMPARE(result.value.first().skus.first().price.currency, u"GBP"_s);
}

void TestProductService::refusesAWrongSecretAsASignatureError()
{
    SandboxFixture sandbox;
    ShopConnection connection = sandbox.connection();
    connection.appSecret = Secret("not-the-app-secret");
    ApiClient client(connection, sandbox.clock());
    ProductService service(client);

    const Finished<QList<Product>> result = waitFor(service.searchAll());
    QVERIFY(result.finished);
    QVERIFY(result.error.has_value());
    QCOMPARE(result.error->category, ApiErrorCategory::Signature);
    QCOMPARE(result.error->code, 106001);
    QVERIFY(!result.error->requestId.isEmpty());
    QVERIFY(result.value.isEmpty());
}

void TestProductService::cancelStopsBeforeTheLastPage()
{
    SandboxFixture sandbox;
    ApiClient client(sandbox.connection(), sandbox.clock());
    ProductService service(client);
    Reply<QList<Product>> *reply = service.searchAll();
    QObject context;
    connect(reply, &ApiReply::progress, &context, [reply](qint64 done, qint64) {
        if (done >= 100)
            reply->cancel();
    });
    const Finished<QList<Product>> result = waitFor(reply);
    QVERIFY(result.finished);
    QCOMPARE(result.error->category, ApiErrorCategory::Cancelled);
    QVERIFY(result.value.isEmpty());

    // A later call on the same connection is answered after anything the cancelled fetch could
    // still have sent, so the count below is final.
    AuthService auth(client);
    QVERIFY(waitFor(auth.authorizedShops()).finished);
    const QJsonObject requests = sandbox.server().stats().value(u"requests"_s).toObject();
    QCOMPARE(requests.value(u"POST /product/{version}/products/search"_s).toInt(), 1);
}

void TestProductService::listsTheAuthorizedShops()
{
    SandboxFixture sandbox;
    ApiClient client(sandbox.connection(), sandbox.clock());
    AuthService auth(client);
    const Finished<QList<AuthorizedShop>> result = waitFor(auth.authorizedShops());
    QVERIFY2(result.finished && !result.error, qPrintable(result.error ? result.error->toString() : QString()));
    QCOMPARE(result.value, sandbox.server().shops());
    QCOMPARE(result.value.size(), 2);
    QVERIFY(result.value.at(0).cipher != result.value.at(1).cipher);
}

void TestProductService::readsACatalogueLargerThanOneQueryAnswers()
{
    constexpr int catalogue = 12'000;
    SandboxFixture sandbox(SandboxOptions{.seed = 3, .productsPerShop = catalogue, .queriesPerSecond = 0});
    ApiClient client(sandbox.connection(), sandbox.clock());
    client.setQueriesPerSecond(0);

    // Paged plainly, the search stops at the limit with the API's own error.
    qint64 read = 0;
    const Finished<bool> plain = [&] {
        ApiCall call(EndpointId::ProductsSearch);
        call.query(u"page_size"_s, 100);
        ApiReply *pages = client.sendPaged(call, [&read](const QJsonObject &data) -> Result<qsizetype> {
            const qsizetype count = data.value(u"products"_s).toArray().size();
            read += count;
            return count;
        });
        Finished<bool> finished;
        QSignalSpy done(pages, &ApiReply::finished);
        finished.finished = done.wait(60000);
        finished.error = pages->error();
        return finished;
    }();
    QVERIFY(plain.finished);
    QVERIFY(plain.error);
    QCOMPARE(plain.error->code, productSearchLimitCode);
    QCOMPARE(read, productSearchResultLimit);

    // The service narrows the query by creation time and finds every product once.
    ProductService service(client);
    const Finished<QList<Product>> result = waitFor(service.searchAll(), 120000);
    QVERIFY2(!result.error, qPrintable(result.error ? result.error->toString() : QString()));
    QSet<QString> ids;
    for (const Product &product : result.value)
        ids.insert(product.id);
    QCOMPARE(ids.size(), result.value.size());
    qsizetype listed = 0;
    const SandboxShop shop
        = SeedData::generateShops({3, catalogue, sandbox.clock().nowSecs(), SandboxOptions{}.ordersPerShop}).first();
    for (const Product &product : shop.products) {
        if (product.status != ProductStatus::Deleted) {
            ++listed;
            QVERIFY(ids.contains(product.id));
        }
    }
    QVERIFY(listed > productSearchResultLimit);
    QCOMPARE(result.value.size(), listed);
    QCOMPARE(result.progress.last(), (std::pair<qint64, qint64>(listed, listed)));
}

QTEST_GUILESS_MAIN(TestProductService)
#include "tst_productservice.moc"
