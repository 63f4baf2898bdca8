#include <QBuffer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "api/apiclient.h"
#include "api/productservice.h"
#include "replywaiter.h"
#include "sandboxfixture.h"
#include "store/auditlog.h"
#include "store/cachedatabase.h"
#include "store/outbox.h"
#include "sync/outboxprocessor.h"
#include "sync/productwritehandler.h"

using namespace Qt::StringLiterals;
using namespace ShopDesk;

namespace {

/// A shop connection, a real cache file and an outbox processor with the product handlers, as the
/// app wires them. `restart()` drops the processor and the client and makes new ones, as a new
/// process after a crash would.
class OutboxRig
{
public:
    OutboxRig()
    {
        auto opened = CacheDatabase::open(m_folder.filePath(u"cache.sqlite"_s));
        if (opened)
            cache = std::move(opened).value();
        outbox = std::make_unique<Outbox>(*cache);
        audit = std::make_unique<AuditLog>(*cache);
        restart();
    }

    void restart()
    {
        processor.reset();
        products.reset();
        client = std::make_unique<ApiClient>(sandbox.connection(), sandbox.clock());
        client->setRetryPolicy({.maxAttempts = 1});
        products = std::make_unique<ProductService>(*client);
        processor = std::make_unique<OutboxProcessor>(*outbox, audit.get(), sandbox.clock(), shopId());
        processor->setHandler(
            CommandKind::SetStock, std::make_unique<ProductWriteHandler>(*products, CommandKind::SetStock));
        processor->setHandler(
            CommandKind::SetPrice, std::make_unique<ProductWriteHandler>(*products, CommandKind::SetPrice));
    }

    QString shopId() { return sandbox.server().shops().first().id; }

    Product product(qsizetype index = 0)
    {
        const Finished<QList<Product>> all = waitFor(products->searchAll());
        return all.value.value(index);
    }

    Product reread(const QString &productId) { return waitFor(products->get(productId)).value; }

    OutboxCommand stockCommand(const Product &product, qsizetype skuIndex, qint64 quantity)
    {
        const Sku &sku = product.skus.at(skuIndex);
        QList<WarehouseStock> after = sku.inventory;
        for (WarehouseStock &stock : after)
            stock.quantity = quantity;
        return processor->newCommand(
            CommandKind::SetStock, sku.id, ProductWriteHandler::stockPayload(product.id, sku.id, after, sku.inventory));
    }

    /// Runs the processor until it stops; returns the error it stopped with.
    QString runToEnd()
    {
        QSignalSpy stopped(processor.get(), &OutboxProcessor::stopped);
        if (!processor->isRunning())
            processor->start();
        if (!stopped.wait(20000))
            return u"did not stop"_s;
        return stopped.first().first().toString();
    }

    Result<QList<AuditEntry>> auditEntries()
    {
        AuditQuery query;
        query.shopId = shopId();
        return audit->query(query);
    }

    int writesOf(const QString &productId)
    {
        return sandbox.server().stats().value(u"writes"_s).toObject().value(productId).toInt();
    }

    OutboxCommand stored(const QString &clientId) { return outbox->find(clientId).value().value_or(OutboxCommand{}); }

    void setFault(const QString &fault, int count)
    {
        sandbox.admin("POST", u"/sandbox/faults"_s,
            {{u"rules"_s,
                QJsonArray{
                    QJsonObject{{u"route"_s, u"POST /product/{version}/products/{product_id}/inventory/update"_s},
                        {u"fault"_s, fault}, {u"count"_s, count}}}}});
    }

    SandboxFixture sandbox;
    std::unique_ptr<CacheDatabase> cache;
    std::unique_ptr<Outbox> outbox;
    std::unique_ptr<AuditLog> audit;
    std::unique_ptr<ApiClient> client;
    std::unique_ptr<ProductService> products;
    std::unique_ptr<OutboxProcessor> processor;

private:
    QTemporaryDir m_folder;
};

} // namespace

/// The durable outbox against the sandbox over real HTTP and a real SQLite file: writes are done
/// exactly once whatever happens between storing and hearing back.
class TestOutbox final : public QObject
{
    Q_OBJECT

private slots:
    void sendsAStockChangeAndAuditsIt();
    void groupsSkusOfOneProductIntoOneRequest();
    void failsRefusedChangesAndRetriesOnRequest();
    void sendsWhatACrashLeftBeforeSending();
    void doesNotResendWhatACrashLeftAfterSending();
    void reconcilesALostAnswerInsteadOfResending();
    void resendsWhenTheServerFailedBeforeWriting();
    void waitsOutARateLimit();
    void stopsWhenTheServerCannotBeAsked();
    void discardsAndExportsTheAuditLog();
};

void TestOutbox::sendsAStockChangeAndAuditsIt()
{
    OutboxRig rig;
    QVERIFY(rig.cache);
    const Product product = rig.product();
    QVERIFY(!product.skus.isEmpty());
    const OutboxCommand command = rig.stockCommand(product, 0, 17);

    QSignalSpy changed(rig.processor.get(), &OutboxProcessor::commandChanged);
    QVERIFY(!rig.processor->submit({command}));
    QCOMPARE(rig.runToEnd(), QString());

    const OutboxCommand done = rig.stored(command.clientId);
    QCOMPARE(outboxStateName(done.state), u"done"_s);
    QCOMPARE(done.attempts, 1);
    QVERIFY(!done.requestId.isEmpty());
    QCOMPARE(rig.writesOf(product.id), 1);
    QCOMPARE(rig.reread(product.id).skus.first().totalStock(), 17 * product.skus.first().inventory.size());
    // pending (submitted), sending, done
    QCOMPARE(changed.size(), 3);

    const auto entries = rig.auditEntries();
    QVERIFY(entries.ok());
    QCOMPARE(entries.value().size(), product.skus.first().inventory.size());
    const AuditEntry &entry = entries.value().first();
    QCOMPARE(entry.objectId, product.skus.first().id);
    QVERIFY(entry.field.startsWith(u"stock@"_s));
    QCOMPARE(entry.after, u"17"_s);
    QCOMPARE(entry.result, u"done"_s);
    QCOMPARE(entry.requestId, done.requestId);
}

void TestOutbox::groupsSkusOfOneProductIntoOneRequest()
{
    OutboxRig rig;
    Product product;
    for (qsizetype i = 0; i < 50 && product.skus.size() < 3; ++i)
        product = rig.product(i);
    QVERIFY(product.skus.size() >= 3);
    QList<OutboxCommand> commands;
    for (qsizetype i = 0; i < 3; ++i)
        commands.append(rig.stockCommand(product, i, 5 + i));
    QVERIFY(!rig.processor->submit(commands));
    QCOMPARE(rig.runToEnd(), QString());
    QCOMPARE(rig.writesOf(product.id), 1);
    const Product after = rig.reread(product.id);
    for (qsizetype i = 0; i < 3; ++i)
        QCOMPARE(after.skus.at(i).inventory.first().quantity, 5 + i);
}

void TestOutbox::failsRefusedChangesAndRetriesOnRequest()
{
    OutboxRig rig;
    const Product product = rig.product();
    OutboxCommand command = rig.stockCommand(product, 0, 100'000); // above the API's bound
    QVERIFY(!rig.processor->submit({command}));
    QCOMPARE(rig.runToEnd(), QString());
    OutboxCommand failed = rig.stored(command.clientId);
    QCOMPARE(failed.state, OutboxState::Failed);
    QVERIFY2(!failed.lastError.isEmpty(), "the server's reason is kept for the seller");
    QCOMPARE(rig.auditEntries().value().first().result.left(6), u"failed"_s);

    // Retrying sends it again; the server refuses it again, and it stays visible as failed.
    QVERIFY(!rig.processor->retry({command.clientId}));
    QCOMPARE(rig.runToEnd(), QString());
    failed = rig.stored(command.clientId);
    QCOMPARE(failed.state, OutboxState::Failed);
    QCOMPARE(failed.attempts, 1);
}

void TestOutbox::sendsWhatACrashLeftBeforeSending()
{
    OutboxRig rig;
    const Product product = rig.product();
    OutboxCommand command = rig.stockCommand(product, 0, 23);
    // The process stored the command as "sending" and died before the request left.
    command.state = OutboxState::Sending;
    command.attempts = 1;
    QVERIFY(!rig.outbox->enqueue({command}));
    rig.restart();
    QCOMPARE(rig.runToEnd(), QString());
    QCOMPARE(rig.stored(command.clientId).state, OutboxState::Done);
    QCOMPARE(rig.writesOf(product.id), 1);
    QCOMPARE(rig.reread(product.id).skus.first().inventory.first().quantity, 23);
}

void TestOutbox::doesNotResendWhatACrashLeftAfterSending()
{
    OutboxRig rig;
    const Product product = rig.product();
    OutboxCommand command = rig.stockCommand(product, 0, 31);
    command.state = OutboxState::Sending;
    command.attempts = 1;
    QVERIFY(!rig.outbox->enqueue({command}));
    // The request reached the server; the process died before it could record the answer.
    const Sku &sku = product.skus.first();
    QList<WarehouseStock> after = sku.inventory;
    for (WarehouseStock &stock : after)
        stock.quantity = 31;
    QVERIFY(waitFor(rig.products->updateInventory(product.id, {{sku.id, after}})).value.allSucceeded());
    QCOMPARE(rig.writesOf(product.id), 1);

    rig.sandbox.clock().advance(5);
    rig.restart();
    QCOMPARE(rig.runToEnd(), QString());
    QCOMPARE(rig.stored(command.clientId).state, OutboxState::Done);
    QCOMPARE(rig.writesOf(product.id), 1);
}

void TestOutbox::reconcilesALostAnswerInsteadOfResending()
{
    OutboxRig rig;
    const Product product = rig.product();
    const OutboxCommand command = rig.stockCommand(product, 0, 44);
    rig.setFault(u"truncate"_s, 1); // the write happens, its answer arrives broken
    QVERIFY(!rig.processor->submit({command}));
    QCOMPARE(rig.runToEnd(), QString());
    const OutboxCommand done = rig.stored(command.clientId);
    QCOMPARE(done.state, OutboxState::Done);
    QCOMPARE(done.attempts, 1);
    QCOMPARE(rig.writesOf(product.id), 1);
}

void TestOutbox::resendsWhenTheServerFailedBeforeWriting()
{
    OutboxRig rig;
    const Product product = rig.product();
    const OutboxCommand command = rig.stockCommand(product, 0, 52);
    rig.setFault(u"500"_s, 1); // refused before it took effect; the client cannot know that
    QVERIFY(!rig.processor->submit({command}));
    QCOMPARE(rig.runToEnd(), QString());
    const OutboxCommand done = rig.stored(command.clientId);
    QCOMPARE(done.state, OutboxState::Done);
    QCOMPARE(done.attempts, 2);
    QCOMPARE(rig.writesOf(product.id), 1);
    QCOMPARE(rig.reread(product.id).skus.first().inventory.first().quantity, 52);
}

void TestOutbox::waitsOutARateLimit()
{
    OutboxRig rig;
    const Product product = rig.product();
    const OutboxCommand command = rig.stockCommand(product, 0, 61);
    rig.setFault(u"429"_s, 2);
    QVERIFY(!rig.processor->submit({command}));
    QCOMPARE(rig.runToEnd(), QString());
    const OutboxCommand done = rig.stored(command.clientId);
    QCOMPARE(done.state, OutboxState::Done);
    QCOMPARE(done.attempts, 3);
    QCOMPARE(rig.writesOf(product.id), 1);
}

void TestOutbox::stopsWhenTheServerCannotBeAsked()
{
    OutboxRig rig;
    const Product product = rig.product();
    OutboxCommand command = rig.stockCommand(product, 0, 70);
    command.state = OutboxState::Sending;
    command.attempts = 1;
    QVERIFY(!rig.outbox->enqueue({command}));
    rig.sandbox.admin("POST", u"/sandbox/faults"_s,
        {{u"rules"_s, QJsonArray{QJsonObject{{u"route"_s, u"*"_s}, {u"fault"_s, u"503"_s}, {u"fraction"_s, 1.0}}}}});
    rig.restart();
    const QString error = rig.runToEnd();
    QVERIFY2(!error.isEmpty(), "the seller is told why nothing was sent");
    // Without the server's word the command is neither resent nor given up.
    QCOMPARE(rig.stored(command.clientId).state, OutboxState::Sending);
    QCOMPARE(rig.writesOf(product.id), 0);
}

void TestOutbox::discardsAndExportsTheAuditLog()
{
    OutboxRig rig;
    const Product product = rig.product();
    const OutboxCommand refused = rig.stockCommand(product, 0, -1);
    const Sku &sku = product.skus.first();
    const Money before = sku.price;
    const OutboxCommand price = rig.processor->newCommand(CommandKind::SetPrice, sku.id,
        ProductWriteHandler::pricePayload(product.id, sku.id, Money{1999, before.currency}, before));
    QVERIFY(!rig.processor->submit({refused, price}));
    QCOMPARE(rig.runToEnd(), QString());
    QCOMPARE(rig.stored(refused.clientId).state, OutboxState::Failed);
    QCOMPARE(rig.stored(price.clientId).state, OutboxState::Done);
    QCOMPARE(rig.reread(product.id).skus.first().price.minor, 1999);

    QVERIFY(!rig.processor->discard({refused.clientId, price.clientId}));
    QCOMPARE(rig.stored(refused.clientId).state, OutboxState::Discarded);
    QCOMPARE(rig.stored(price.clientId).state, OutboxState::Done); // done stays done

    const auto entries = rig.auditEntries();
    QVERIFY(entries.ok());
    QBuffer csv;
    QVERIFY(csv.open(QIODevice::WriteOnly));
    QVERIFY(!AuditLog::exportCsv(entries.value(), csv));
    const QList<QByteArray> lines = csv.data().split('\n');
    QVERIFY(csv.data().startsWith("\xEF\xBB\xBFtime,shop,object,field,before,after,request_id,result\r\n"));
    const QByteArray priceRow = ",price," + before.toDecimal().toUtf8() + ' ' + before.currency.toUtf8() + ",19.99 "
        + before.currency.toUtf8() + ',';
    QVERIFY2(csv.data().contains(priceRow), csv.data().constData());
    QVERIFY(csv.data().contains(",discarded\r\n"));
    QCOMPARE(lines.size() - 2, entries.value().size()); // header, then a final empty piece after CRLF
}

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
