#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "api/listingservice.h"
#include "api/productservice.h"
#include "api/shopsession.h"
#include "replywaiter.h"
#include "sandbox/pngencoder.h"
#include "shopoutboxfixture.h"
#include "store/auditlog.h"
#include "store/cachedatabase.h"
#include "store/outbox.h"
#include "sync/outboxprocessor.h"
#include "sync/shopoutbox.h"

using namespace Qt::StringLiterals;
using namespace ShopDesk;

namespace {

const QString createRoute = u"POST /product/{version}/products"_s;

/// The shop's outbox on the sandbox, with a listing draft and the shop's products at hand.
class OutboxRig : public ShopOutboxFixture
{
public:
    ProductDraft draft()
    {
        const QByteArray picture = PngEncoder::encodeRgb(500, 500, QByteArray(500 * 500 * 3, '\x60'));
        const QString uri
            = waitFor(session.listings().uploadImage(picture, u"lamp.png"_s, ImageUseCase::MainImage)).value.uri;
        const QString warehouse = waitFor(session.listings().warehouses()).value.first().id;
        ProductDraft draft;
        draft.title = u"Clip-on Reading Lamp"_s;
        draft.description = u"<p>Three brightness levels.</p>"_s;
        draft.categoryId = u"601206"_s;
        draft.mainImageUris = {uri};
        draft.productAttributes = {{u"100101"_s, u"Material"_s, {{u"1001015"_s, u"Plastic"_s}}}};
        draft.skus = {DraftSku{u"CRL-WHT"_s, Money{1899, u"USD"_s}, {{warehouse, 40}}, {}}};
        draft.packageWeight = {u"0.3"_s, u"KILOGRAM"_s};
        return draft;
    }

    QList<Product> products() { return waitFor(session.products().searchAll()).value; }

    Product productIn(ProductStatus status)
    {
        for (const Product &product : products()) {
            if (product.status == status)
                return product;
        }
        return {};
    }

    ProductStatus statusOf(const QString &id) { return waitFor(session.products().get(id)).value.status; }
};

} // namespace

/// New listings and status changes through the outbox, against the sandbox: a create is never made
/// twice, whatever happens to its answer.
class TestListingOutbox final : public QObject
{
    Q_OBJECT

private slots:
    void createsAListing();
    void createsExactlyOnceWhenTheAnswerIsLost();
    void sendsAgainWhenTheCreateNeverArrived();
    void failsACreateTheServerRefuses();
    void changesStatusPerProduct();
    void reconcilesALostStatusAnswer();
};

void TestListingOutbox::createsAListing()
{
    OutboxRig rig;
    const Result<QString> clientId = rig.outbox->submitCreateProduct(rig.draft());
    QVERIFY(clientId.ok());
    QCOMPARE(rig.runToEnd(), QString());
    const OutboxCommand done = rig.stored(clientId.value());
    QCOMPARE(done.state, OutboxState::Done);
    QCOMPARE(done.kind, CommandKind::CreateProduct);
    QVERIFY(done.objectId != done.clientId); // the product's id, learnt from the answer
    const ProductDetail detail = waitFor(rig.session.listings().detail(done.objectId)).value;
    QCOMPARE(detail.externalProductId, clientId.value());
    QCOMPARE(detail.product.status, ProductStatus::Pending);

    AuditQuery query;
    query.shopId = rig.session.connection().shopId;
    const auto audit = rig.outbox->auditLog().query(query);
    QVERIFY(audit.ok());
    QCOMPARE(audit.value().size(), 1);
    QCOMPARE(audit.value().first().objectId, done.objectId);
    QVERIFY(audit.value().first().after.contains(u"Clip-on Reading Lamp"_s));
}

void TestListingOutbox::createsExactlyOnceWhenTheAnswerIsLost()
{
    OutboxRig rig;
    const ProductDraft draft = rig.draft();
    rig.setFault(createRoute, u"truncate"_s); // the product is created, its answer arrives broken
    const Result<QString> clientId = rig.outbox->submitCreateProduct(draft);
    QVERIFY(clientId.ok());
    QCOMPARE(rig.runToEnd(), QString());

    const OutboxCommand done = rig.stored(clientId.value());
    QCOMPARE(done.state, OutboxState::Done);
    QCOMPARE(done.attempts, 1);
    QCOMPARE(rig.requestsOf(createRoute), 1);
    const QList<Product> products = rig.products();
    QCOMPARE(products.size(), 251);
    QCOMPARE(products.last().id, done.objectId);
    QCOMPARE(rig.writesOf(done.objectId), 1);
}

void TestListingOutbox::sendsAgainWhenTheCreateNeverArrived()
{
    OutboxRig rig;
    const ProductDraft draft = rig.draft();
    rig.setFault(createRoute, u"500"_s); // refused before it took effect; the client cannot know that
    const Result<QString> clientId = rig.outbox->submitCreateProduct(draft);
    QVERIFY(clientId.ok());
    QCOMPARE(rig.runToEnd(), QString());

    const OutboxCommand done = rig.stored(clientId.value());
    QCOMPARE(done.state, OutboxState::Done);
    QCOMPARE(done.attempts, 2);
    QCOMPARE(rig.requestsOf(createRoute), 2);
    QCOMPARE(rig.products().size(), 251);
}

void TestListingOutbox::failsACreateTheServerRefuses()
{
    OutboxRig rig;
    ProductDraft draft = rig.draft();
    draft.categoryId = u"600202"_s; // not a leaf
    const Result<QString> clientId = rig.outbox->submitCreateProduct(draft);
    QCOMPARE(rig.runToEnd(), QString());
    const OutboxCommand failed = rig.stored(clientId.value());
    QCOMPARE(failed.state, OutboxState::Failed);
    QVERIFY2(failed.lastError.contains(u"leaf"_s), qPrintable(failed.lastError));
    QCOMPARE(rig.products().size(), 250);
}

void TestListingOutbox::changesStatusPerProduct()
{
    OutboxRig rig;
    const Product active = rig.productIn(ProductStatus::Activate);
    const Product frozen = rig.productIn(ProductStatus::Freeze);
    const Result<QString> batch = rig.outbox->submitStatusChange(CommandKind::DeactivateProducts, {active, frozen});
    QVERIFY(batch.ok());
    QCOMPARE(rig.runToEnd(), QString());
    const QList<OutboxCommand> commands = rig.outbox->outbox().batch(batch.value()).value();
    QCOMPARE(commands.size(), 2);
    for (const OutboxCommand &command : commands) {
        if (command.objectId == active.id) {
            QCOMPARE(command.state, OutboxState::Done);
        } else {
            QCOMPARE(command.state, OutboxState::Failed);
            QVERIFY(command.lastError.contains(u"FREEZE"_s));
        }
    }
    // Both went in one request.
    QCOMPARE(rig.requestsOf(u"POST /product/{version}/products/deactivate"_s), 1);
    QCOMPARE(rig.statusOf(active.id), ProductStatus::SellerDeactivated);

    const Result<QString> again = rig.outbox->submitStatusChange(CommandKind::ActivateProducts, {active});
    QCOMPARE(rig.runToEnd(), QString());
    QCOMPARE(rig.outbox->outbox().batch(again.value()).value().first().state, OutboxState::Done);
    QCOMPARE(rig.statusOf(active.id), ProductStatus::Activate);

    const Result<QString> removed = rig.outbox->submitStatusChange(CommandKind::DeleteProducts, {active});
    QCOMPARE(rig.runToEnd(), QString());
    QCOMPARE(rig.outbox->outbox().batch(removed.value()).value().first().state, OutboxState::Done);
    QCOMPARE(rig.statusOf(active.id), ProductStatus::Deleted);
}

void TestListingOutbox::reconcilesALostStatusAnswer()
{
    OutboxRig rig;
    const Product active = rig.productIn(ProductStatus::Activate);
    rig.setFault(u"POST /product/{version}/products/deactivate"_s, u"truncate"_s);
    const Result<QString> batch = rig.outbox->submitStatusChange(CommandKind::DeactivateProducts, {active});
    QCOMPARE(rig.runToEnd(), QString());
    const OutboxCommand done = rig.outbox->outbox().batch(batch.value()).value().first();
    QCOMPARE(done.state, OutboxState::Done);
    QCOMPARE(done.attempts, 1);
    QCOMPARE(rig.writesOf(active.id), 1);
    QCOMPARE(rig.statusOf(active.id), ProductStatus::SellerDeactivated);
}

QTEST_GUILESS_MAIN(TestListingOutbox)
#include "tst_listingoutbox.moc"
