#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "api/affiliateservice.h"
#include "api/productservice.h"
#include "api/shopsession.h"
#include "replywaiter.h"
#include "shopoutboxfixture.h"
#include "store/auditlog.h"
#include "store/outbox.h"
#include "sync/outboxprocessor.h"
#include "sync/shopoutbox.h"

using namespace Qt::StringLiterals;
using namespace ShopDesk;

namespace {

const QString openRoute = u"POST /affiliate_seller/{version}/open_collaborations"_s;
const QString targetRoute = u"POST /affiliate_seller/{version}/target_collaborations"_s;

/// The shop's outbox on the sandbox, and the shop's products and creators to collaborate on.
class CollaborationRig : public ShopOutboxFixture
{
public:
    /// The id of an active product with SKUs, `index` in the search's order.
    QString sellableProduct(int index)
    {
        int seen = 0;
        for (const Product &product : waitFor(session.products().searchAll()).value) {
            if (product.status == ProductStatus::Activate && !product.skus.isEmpty() && seen++ == index)
                return product.id;
        }
        return {};
    }

    TargetCollaboration target()
    {
        TargetCollaboration target;
        target.name = u"Winter warmers"_s;
        target.endTime = sandbox.clock().nowSecs() + 30 * 86400;
        target.products = {{sellableProduct(0), 1500}, {sellableProduct(1), 1200}};
        for (const Creator &creator :
            waitFor(session.affiliates().searchCreators({}, CreatorPageSize::Small)).value.creators)
            target.creatorOpenIds.append(creator.openId);
        target.freeSampleRule = {true, false};
        target.message = u"Samples ship within two days."_s;
        return target;
    }
};

} // namespace

/// Open and target collaborations created through the outbox against the sandbox: stored first,
/// sent once, and never created twice when an answer is lost.
class TestCollaborationOutbox final : public QObject
{
    Q_OBJECT

private slots:
    void createsAnOpenCollaborationAndAuditsIt();
    void createsAnOpenCollaborationOnceWhenTheAnswerIsLost();
    void sendsAgainWhenTheCreateNeverTookEffect();
    void createsATargetCollaborationOnceWhenTheAnswerIsLost();
};

void TestCollaborationOutbox::createsAnOpenCollaborationAndAuditsIt()
{
    CollaborationRig rig;
    const QString product = rig.sellableProduct(3);
    const Result<QString> clientId = rig.outbox->submitOpenCollaboration(product, 1250, u"Yoga Mat"_s);
    QVERIFY(clientId.ok());
    QCOMPARE(rig.stored(clientId.value()).kind, CommandKind::CreateOpenCollaboration);
    QCOMPARE(rig.runToEnd(), QString());

    const OutboxCommand done = rig.stored(clientId.value());
    QCOMPARE(done.state, OutboxState::Done);
    const QList<OpenCollaboration> onServer = waitFor(rig.session.affiliates().searchOpenCollaborations()).value;
    const auto created = std::find_if(onServer.cbegin(), onServer.cend(),
        [&product](const OpenCollaboration &open) { return open.productId == product; });
    QVERIFY(created != onServer.cend());
    QCOMPARE(created->commissionRate, 1250);
    QCOMPARE(done.objectId, created->id);
    QCOMPARE(rig.writesOf(product), 1);

    const QList<AuditEntry> audit = rig.outbox->auditLog().query(AuditQuery{rig.outbox->shopId(), 0, 0, {}}).value();
    QVERIFY(std::any_of(audit.cbegin(), audit.cend(), [](const AuditEntry &entry) {
        return entry.field == u"open_collaboration"_s && entry.after.startsWith(u"Yoga Mat at 1250"_s);
    }));
}

void TestCollaborationOutbox::createsAnOpenCollaborationOnceWhenTheAnswerIsLost()
{
    CollaborationRig rig;
    const QString product = rig.sellableProduct(4);
    rig.setFault(openRoute, u"truncate"_s); // created on the server, its answer arrives broken
    const Result<QString> clientId = rig.outbox->submitOpenCollaboration(product, 900, u"Lamp"_s);
    QVERIFY(clientId.ok());
    QCOMPARE(rig.runToEnd(), QString());

    const OutboxCommand done = rig.stored(clientId.value());
    QCOMPARE(done.state, OutboxState::Done);
    QCOMPARE(done.attempts, 1);
    QCOMPARE(rig.requestsOf(openRoute), 1);
    QCOMPARE(rig.writesOf(product), 1);
    QVERIFY(!done.objectId.isEmpty() && done.objectId != product);
}

void TestCollaborationOutbox::sendsAgainWhenTheCreateNeverTookEffect()
{
    CollaborationRig rig;
    const QString product = rig.sellableProduct(5);
    rig.setFault(openRoute, u"500"_s); // refused before it took effect; the client cannot know that
    const Result<QString> clientId = rig.outbox->submitOpenCollaboration(product, 1000, u"Kettle"_s);
    QVERIFY(clientId.ok());
    QCOMPARE(rig.runToEnd(), QString());

    // The reconcile found nothing on the server, so the same run sent it again.
    const OutboxCommand done = rig.stored(clientId.value());
    QCOMPARE(done.state, OutboxState::Done);
    QCOMPARE(done.attempts, 2);
    QCOMPARE(rig.requestsOf(openRoute), 2);
    QCOMPARE(rig.writesOf(product), 1);
}

void TestCollaborationOutbox::createsATargetCollaborationOnceWhenTheAnswerIsLost()
{
    CollaborationRig rig;
    const TargetCollaboration target = rig.target();
    QVERIFY(!target.creatorOpenIds.isEmpty());
    rig.setFault(targetRoute, u"truncate"_s);
    const Result<QString> clientId = rig.outbox->submitTargetCollaboration(target);
    QVERIFY(clientId.ok());
    QCOMPARE(rig.runToEnd(), QString());

    const OutboxCommand done = rig.stored(clientId.value());
    QCOMPARE(done.state, OutboxState::Done);
    QCOMPARE(rig.requestsOf(targetRoute), 1);
    QCOMPARE(rig.writesOf(target.name), 1);
    const QList<TargetCollaboration> onServer = waitFor(rig.session.affiliates().searchTargetCollaborations()).value;
    const auto created = std::find_if(onServer.cbegin(), onServer.cend(),
        [&target](const TargetCollaboration &found) { return found.name == target.name; });
    QVERIFY(created != onServer.cend());
    QCOMPARE(done.objectId, created->id);
    QCOMPARE(created->creatorInvitedCount, target.creatorOpenIds.size());
}

QTEST_GUILESS_MAIN(TestCollaborationOutbox)
#include "tst_collaborationoutbox.moc"
