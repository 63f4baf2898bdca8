#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "api/listingservice.h"
#include "api/productservice.h"
#include "api/shopsession.h"
#include "replywaiter.h"
#include "sandboxfixture.h"
#include "store/cachedatabase.h"
#include "sync/productcatalog.h"

using namespace Qt::StringLiterals;
using namespace ShopDesk;

namespace {

const QString searchRoute = u"POST /product/{version}/products/search"_s;

/// A product catalog on a real cache file and the sandbox's first shop.
class CatalogRig
{
public:
    CatalogRig()
        : session(sandbox.connection(), sandbox.clock())
    {
        cache = std::move(CacheDatabase::open(folder.filePath(u"cache.sqlite"_s))).value();
        catalog = std::make_unique<ProductCatalog>(
            session.products(), cache.get(), session.connection().shopId, sandbox.clock());
    }

    /// Refreshes and returns what the server-side emission held; the number of signals is kept.
    QList<Product> refresh()
    {
        QSignalSpy loaded(catalog.get(), &ProductCatalog::productsLoaded);
        catalog->refresh();
        while (
            loaded.isEmpty() || loaded.last().at(1).value<ProductCatalog::Source>() != ProductCatalog::Source::Server) {
            if (!loaded.wait(20000))
                return {};
        }
        emissions = int(loaded.size());
        return loaded.last().first().value<QList<Product>>();
    }

    int searches() { return sandbox.server().stats().value(u"requests"_s).toObject().value(searchRoute).toInt(); }

    SandboxFixture sandbox;
    ShopSession session;
    QTemporaryDir folder;
    std::unique_ptr<CacheDatabase> cache;
    std::unique_ptr<ProductCatalog> catalog;
    int emissions = 0;
};

const Product *find(const QList<Product> &products, const QString &id)
{
    const auto found
        = std::find_if(products.cbegin(), products.cend(), [&id](const Product &product) { return product.id == id; });
    return found == products.cend() ? nullptr : &*found;
}

} // namespace

/// The products cache: a full sync first, then only what changed (deletions included), and a
/// full one again once a day.
class TestProductCatalog final : public QObject
{
    Q_OBJECT

private slots:
    void syncsOnlyWhatChanged();
};

void TestProductCatalog::syncsOnlyWhatChanged()
{
    CatalogRig rig;
    const QList<Product> first = rig.refresh();
    QCOMPARE(first.size(), 250);
    QCOMPARE(rig.emissions, 1); // nothing cached yet
    QCOMPARE(rig.searches(), 3); // 100 a page

    // One product's stock changes and another is deleted on the server.
    rig.sandbox.clock().advance(600);
    const Product &changed = first.at(10);
    const QString gone = first.at(20).id;
    ProductService::SkuStock stock{changed.skus.first().id, changed.skus.first().inventory};
    stock.inventory.first().quantity = 4242;
    QVERIFY(!waitFor(rig.session.products().updateInventory(changed.id, {stock})).error);
    QVERIFY(!waitFor(rig.session.listings().remove({gone})).error);

    rig.sandbox.clock().advance(60);
    const QList<Product> second = rig.refresh();
    QCOMPARE(rig.emissions, 2); // the cache first, then the server's changes on top of it
    QCOMPARE(rig.searches(), 3 + 2); // what changed, then what was deleted: one page each
    QCOMPARE(second.size(), 249);
    QVERIFY(!find(second, gone));
    const Product *updated = find(second, changed.id);
    QVERIFY(updated);
    QCOMPARE(updated->skus.first().inventory.first().quantity, 4242);
    // What the cache holds is what a new catalog shows offline.
    ProductCatalog reopened(
        rig.session.products(), rig.cache.get(), rig.session.connection().shopId, rig.sandbox.clock());
    QSignalSpy cached(&reopened, &ProductCatalog::productsLoaded);
    reopened.refresh();
    QVERIFY(!cached.isEmpty());
    QCOMPARE(cached.first().first().value<QList<Product>>().size(), 249);

    // A day later the whole catalogue is read again.
    QVERIFY(cached.wait(20000));
    rig.sandbox.clock().advance(ProductCatalog::fullSyncEverySeconds);
    const int before = rig.searches();
    QCOMPARE(rig.refresh().size(), 249);
    QCOMPARE(rig.searches(), before + 3);
}

QTEST_GUILESS_MAIN(TestProductCatalog)
#include "tst_productcatalog.moc"
