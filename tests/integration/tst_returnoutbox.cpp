#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "api/orderservice.h"
#include "api/returnservice.h"
#include "api/shopsession.h"
#include "replywaiter.h"
#include "sandbox/aftersaleseed.h"
#include "shopoutboxfixture.h"
#include "store/auditlog.h"
#include "store/cachedatabase.h"
#include "store/outbox.h"
#include "sync/aftersalecommandhandler.h"
#include "sync/outboxprocessor.h"
#include "sync/shopoutbox.h"

using namespace Qt::StringLiterals;
using namespace ShopDesk;

namespace {

const QString approveRoute = u"POST /return_refund/{version}/returns/{return_id}/approve"_s;

/// A session, a cache file and the shop's outbox on the sandbox.
class ReturnRig : public ShopOutboxFixture
{
public:
    ReturnRig()
        : ShopOutboxFixture(SandboxOptions{.seed = 5, .productsPerShop = 30, .ordersPerShop = 600})
    { }

    QList<ReturnRequest> waitingReturns()
    {
        QList<ReturnRequest> waiting;
        for (const ReturnRequest &request : waitFor(session.returns().searchReturns({})).value) {
            if (request.awaitsSeller())
                waiting.append(request);
        }
        return waiting;
    }

    ReturnRequest serverReturn(const QString &id)
    {
        AftersaleQuery query;
        query.ids = {id};
        const QList<ReturnRequest> found = waitFor(session.returns().searchReturns(query)).value;
        return found.isEmpty() ? ReturnRequest{} : found.first();
    }

    /// The command stored for a decision on `objectId`.
    OutboxCommand commandFor(const QString &objectId)
    {
        const QList<OutboxCommand> stored = outbox->outbox().load(sandbox.connection().shopId).value();
        for (const OutboxCommand &command : stored) {
            if (command.objectId == objectId)
                return command;
        }
        return {};
    }

    /// The next approve call gets `fault`.
    void setApproveFault(const QString &fault) { setFault(approveRoute, fault); }
    int approveRequests() { return requestsOf(approveRoute); }
};

} // namespace

/// Decisions on returns and cancellations through the outbox against the sandbox: each taken
/// exactly once, through lost answers, refusals and restarts, because the command's client id
/// travels as the idempotency key and unclear sends are checked on the server first.
class TestReturnOutbox final : public QObject
{
    Q_OBJECT

private slots:
    void approvesEachRequestOnce();
    void survivesFaultsWithoutDecidingTwice_data();
    void survivesFaultsWithoutDecidingTwice();
    void aResendAfterALostAnswerIsAnsweredNotRepeated();
    void rejectsACancellationWithAReason();
    void keepsTheServersRefusal();
    void reconcilesADecisionLeftInFlightByAnEarlierRun();
};

void TestReturnOutbox::approvesEachRequestOnce()
{
    ReturnRig rig;
    const QList<ReturnRequest> waiting = rig.waitingReturns().mid(0, 3);
    QCOMPARE(waiting.size(), 3);
    QList<AftersaleDecision> decisions;
    for (const ReturnRequest &request : waiting)
        decisions.append(*AftersaleCommandHandler::approve(request));
    const Result<QString> batch = rig.outbox->submitAftersaleDecisions(decisions);
    QVERIFY(batch.ok());
    QVERIFY(!batch.value().isEmpty());
    QCOMPARE(rig.runToEnd(), QString());
    for (const ReturnRequest &request : waiting) {
        const OutboxCommand command = rig.commandFor(request.id);
        QCOMPARE(command.kind, CommandKind::ApproveReturn);
        QCOMPARE(command.state, OutboxState::Done);
        QCOMPARE(command.batchId, batch.value());
        QCOMPARE(rig.writesOf(request.id), 1);
        QCOMPARE(rig.serverReturn(request.id).status, returnStatusAfter(*request.approveDecision()));
        // The audit log says what changed.
        const QList<AuditEntry> audit
            = rig.outbox->auditLog().query({rig.sandbox.connection().shopId, 0, 0, request.id}).value();
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.first().field, u"return"_s);
        QCOMPARE(audit.first().before, u"RETURN_OR_REFUND_REQUEST_PENDING"_s);
        QCOMPARE(audit.first().result, u"done"_s);
    }
}

void TestReturnOutbox::survivesFaultsWithoutDecidingTwice_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<int>("approveRequests");

    // The answer is lost after the return was approved: checking the server finds it done, no resend.
    QTest::newRow("answer truncated after the approval") << u"truncate"_s << 1;
    QTest::newRow("answer garbled after the approval") << u"malformed"_s << 1;
    // Refused before it took effect: the server shows it still pending, so it is sent again.
    QTest::newRow("server error before the approval") << u"500"_s << 2;
    QTest::newRow("connection dropped before the approval") << u"drop"_s << 2;
    QTest::newRow("rate limited") << u"429"_s << -1;
}

void TestReturnOutbox::survivesFaultsWithoutDecidingTwice()
{
    QFETCH(QString, fault);
    QFETCH(int, approveRequests);
    ReturnRig rig;
    const ReturnRequest request = rig.waitingReturns().first();
    rig.setApproveFault(fault);
    QVERIFY(rig.outbox->submitAftersaleDecisions({*AftersaleCommandHandler::approve(request)}).ok());
    QCOMPARE(rig.runToEnd(), QString());
    const OutboxCommand command = rig.commandFor(request.id);
    QVERIFY2(command.state == OutboxState::Done, qPrintable(outboxStateName(command.state) + u' ' + command.lastError));
    QCOMPARE(rig.writesOf(request.id), 1);
    QCOMPARE(rig.serverReturn(request.id).status, returnStatusAfter(*request.approveDecision()));
    if (approveRequests > 0)
        QCOMPARE(rig.approveRequests(), approveRequests);
}

void TestReturnOutbox::aResendAfterALostAnswerIsAnsweredNotRepeated()
{
    ReturnRig rig;
    const ReturnRequest request = rig.waitingReturns().first();
    QVERIFY(rig.outbox->submitAftersaleDecisions({*AftersaleCommandHandler::approve(request)}).ok());
    QCOMPARE(rig.runToEnd(), QString());
    const OutboxCommand sent = rig.commandFor(request.id);
    QCOMPARE(sent.state, OutboxState::Done);

    // The same command sent again, as a run that never saw the answer would: same key, same answer.
    AftersaleCommandHandler handler(rig.session.returns(), CommandKind::ApproveReturn);
    const Finished<QList<CommandResult>> again = waitFor(handler.send({sent}));
    QVERIFY(!again.error);
    QCOMPARE(again.value.size(), 1);
    QCOMPARE(again.value.first().outcome, CommandResult::Outcome::Applied);
    QCOMPARE(rig.approveRequests(), 2);
    QCOMPARE(rig.writesOf(request.id), 1);
    // And checking it finds it applied.
    const Finished<QList<ReconcileResult>> checked = waitFor(handler.reconcile({sent}));
    QCOMPARE(checked.value.first().verdict, ReconcileResult::Verdict::Applied);
}

void TestReturnOutbox::rejectsACancellationWithAReason()
{
    ReturnRig rig;
    Cancellation pending;
    for (const Cancellation &cancellation : waitFor(rig.session.returns().searchCancellations({})).value) {
        if (cancellation.awaitsSeller())
            pending = cancellation;
    }
    QVERIFY(!pending.id.isEmpty());
    const RejectReason reason = waitFor(rig.session.returns().rejectReasons(pending.id)).value.value(1);
    QVERIFY(!reason.name.isEmpty());
    const std::optional<AftersaleDecision> decision
        = AftersaleCommandHandler::reject(pending, reason, u"Already packed"_s);
    QVERIFY(decision);
    QCOMPARE(decision->kind, CommandKind::RejectCancellation);
    QVERIFY(rig.outbox->submitAftersaleDecisions({*decision}).ok());
    QCOMPARE(rig.runToEnd(), QString());
    QCOMPARE(rig.commandFor(pending.id).state, OutboxState::Done);
    QCOMPARE(rig.writesOf(pending.id), 1);
    const QList<Order> orders = waitFor(rig.session.orders().getOrders({pending.orderId})).value;
    QCOMPARE(orders.size(), 1);
    QCOMPARE(orders.first().status, OrderStatus::AwaitingShipment);
    QVERIFY(!orders.first().isBuyerRequestCancel);
    const QList<AuditEntry> audit
        = rig.outbox->auditLog().query({rig.sandbox.connection().shopId, 0, 0, pending.id}).value();
    QCOMPARE(audit.size(), 1);
    QVERIFY2(audit.first().after.contains(reason.text), qPrintable(audit.first().after));
}

void TestReturnOutbox::keepsTheServersRefusal()
{
    ReturnRig rig;
    const ReturnRequest request = rig.waitingReturns().first();
    // Someone else decided meanwhile (the web Seller Center, say).
    const Finished<QList<RejectReason>> reasons = waitFor(rig.session.returns().rejectReasons(request.id));
    ApiReply *elsewhere = rig.session.returns().rejectReturn(
        request.id, *request.rejectDecision(), {reasons.value.first().name, {}}, u"seller-center"_s);
    QSignalSpy elsewhereDone(elsewhere, &ApiReply::finished);
    QVERIFY(elsewhereDone.wait());

    QVERIFY(rig.outbox->submitAftersaleDecisions({*AftersaleCommandHandler::approve(request)}).ok());
    QCOMPARE(rig.runToEnd(), QString());
    const OutboxCommand command = rig.commandFor(request.id);
    QCOMPARE(command.state, OutboxState::Failed);
    QVERIFY2(command.lastError.contains(u"not allowed"_s), qPrintable(command.lastError));
    QCOMPARE(rig.approveRequests(), 1);
    QCOMPARE(rig.writesOf(request.id), 1); // the rejection only
}

void TestReturnOutbox::reconcilesADecisionLeftInFlightByAnEarlierRun()
{
    ReturnRig rig;
    const QList<ReturnRequest> waiting = rig.waitingReturns();
    QVERIFY(waiting.size() >= 2);
    // Two commands an earlier run left in "sending": the first reached the server, the second did not.
    QList<OutboxCommand> leftovers;
    for (const ReturnRequest &request : waiting.mid(0, 2)) {
        const AftersaleDecision decision = *AftersaleCommandHandler::approve(request);
        OutboxCommand command = rig.outbox->processor().newCommand(decision.kind, decision.objectId, decision.payload);
        command.state = OutboxState::Sending;
        command.attempts = 1;
        leftovers.append(command);
    }
    QVERIFY(!rig.outbox->outbox().enqueue(leftovers));
    ApiReply *reached = rig.session.returns().approveReturn(
        waiting.first().id, *waiting.first().approveDecision(), leftovers.first().clientId);
    QSignalSpy reachedDone(reached, &ApiReply::finished);
    QVERIFY(reachedDone.wait());
    QCOMPARE(rig.approveRequests(), 1);

    // The next run checks both on the server: the first is done, the second is sent once.
    rig.outbox.reset();
    rig.outbox = std::make_unique<ShopOutbox>(rig.session, *rig.cache, rig.sandbox.clock());
    QCOMPARE(rig.runToEnd(), QString());
    for (const ReturnRequest &request : waiting.mid(0, 2)) {
        QCOMPARE(rig.commandFor(request.id).state, OutboxState::Done);
        QCOMPARE(rig.writesOf(request.id), 1);
    }
    QCOMPARE(rig.approveRequests(), 2);
}

QTEST_GUILESS_MAIN(TestReturnOutbox)
#include "tst_returnoutbox.moc"
