#include "cachemigrations.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

// Version 1: the catalogue and the orders, and where each sync left off.
QStringList version1()
{
    return {
        u"CREATE TABLE products (shop_id TEXT NOT NULL, id TEXT NOT NULL, title TEXT NOT NULL, status INTEGER NOT "
        u"NULL, "
        "audit_status TEXT, create_time INTEGER, update_time INTEGER, PRIMARY KEY (shop_id, id))"_s,
        u"CREATE TABLE skus (shop_id TEXT NOT NULL, product_id TEXT NOT NULL, id TEXT NOT NULL, position INTEGER, "
        "seller_sku TEXT, price_minor INTEGER NOT NULL, currency TEXT NOT NULL, PRIMARY KEY (shop_id, id), "
        "FOREIGN KEY (shop_id, product_id) REFERENCES products (shop_id, id) ON DELETE CASCADE)"_s,
        u"CREATE INDEX skus_by_product ON skus (shop_id, product_id)"_s,
        u"CREATE TABLE inventory (shop_id TEXT NOT NULL, sku_id TEXT NOT NULL, warehouse_id TEXT NOT NULL, "
        "position INTEGER, quantity INTEGER NOT NULL, PRIMARY KEY (shop_id, sku_id, warehouse_id), "
        "FOREIGN KEY (shop_id, sku_id) REFERENCES skus (shop_id, id) ON DELETE CASCADE)"_s,
        u"CREATE TABLE orders (shop_id TEXT NOT NULL, id TEXT NOT NULL, status INTEGER NOT NULL, "
        "create_time INTEGER, update_time INTEGER, body BLOB, PRIMARY KEY (shop_id, id))"_s,
        u"CREATE INDEX orders_by_update ON orders (shop_id, update_time)"_s,
        u"CREATE TABLE sync_cursors (shop_id TEXT NOT NULL, area TEXT NOT NULL, cursor TEXT, synced_at INTEGER, "
        "PRIMARY KEY (shop_id, area))"_s,
    };
}

// Version 2: the durable outbox of writes and the audit log of every user change.
QStringList version2()
{
    return {
        u"CREATE TABLE outbox (client_id TEXT PRIMARY KEY, shop_id TEXT NOT NULL, kind TEXT NOT NULL, "
        "object_id TEXT NOT NULL, payload BLOB NOT NULL, state TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, "
        "last_error TEXT, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL)"_s,
        u"CREATE INDEX outbox_by_state ON outbox (shop_id, state)"_s,
        u"CREATE TABLE audit_log (id INTEGER PRIMARY KEY AUTOINCREMENT, at INTEGER NOT NULL, shop_id TEXT NOT NULL, "
        "object_id TEXT NOT NULL, field TEXT NOT NULL, before TEXT, after TEXT, request_id TEXT, result TEXT)"_s,
    };
}

// Version 3: bulk edits and batch ships group their commands (for progress and undo); audit rows
// point at the command they came from.
QStringList version3()
{
    return {
        u"ALTER TABLE outbox ADD COLUMN batch_id TEXT"_s,
        u"ALTER TABLE outbox ADD COLUMN request_id TEXT"_s,
        u"CREATE INDEX outbox_by_batch ON outbox (batch_id)"_s,
        u"ALTER TABLE audit_log ADD COLUMN client_id TEXT"_s,
        u"CREATE INDEX audit_log_by_time ON audit_log (shop_id, at)"_s,
    };
}

// Version 4: analytics, so that the Analytics pane opens with the last figures and works offline.
// Intervals are keyed by their shop-local days; a daily series is the rows one day long.
QStringList version4()
{
    return {
        u"CREATE TABLE performance_intervals (shop_id TEXT NOT NULL, series TEXT NOT NULL, start_date TEXT NOT NULL, "
        "end_date TEXT NOT NULL, day_count INTEGER NOT NULL, currency TEXT NOT NULL, gmv_minor INTEGER NOT NULL, "
        "live_gmv_minor INTEGER NOT NULL, video_gmv_minor INTEGER NOT NULL, product_card_gmv_minor INTEGER NOT NULL, "
        "orders INTEGER NOT NULL, sku_orders INTEGER NOT NULL, units_sold INTEGER NOT NULL, buyers INTEGER NOT NULL, "
        "avg_order_value_minor INTEGER NOT NULL, product_impressions INTEGER NOT NULL, "
        "product_page_views INTEGER NOT NULL, avg_product_page_visitors INTEGER NOT NULL, "
        "refunds_minor INTEGER NOT NULL, cancellations_and_returns INTEGER NOT NULL, "
        "PRIMARY KEY (shop_id, series, start_date, end_date))"_s,
        u"CREATE INDEX performance_days ON performance_intervals (shop_id, series, day_count, start_date)"_s,
        u"CREATE TABLE product_rankings (shop_id TEXT NOT NULL, start_date TEXT NOT NULL, end_date TEXT NOT NULL, "
        "rank INTEGER NOT NULL, product_id TEXT NOT NULL, currency TEXT NOT NULL, gmv_minor INTEGER NOT NULL, "
        "orders INTEGER NOT NULL, units_sold INTEGER NOT NULL, click_through_bp INTEGER NOT NULL, "
        "PRIMARY KEY (shop_id, start_date, end_date, rank))"_s,
        u"CREATE TABLE live_viewer_days (shop_id TEXT NOT NULL, day TEXT NOT NULL, sessions INTEGER NOT NULL, "
        "viewers INTEGER NOT NULL, PRIMARY KEY (shop_id, day))"_s,
    };
}

/// Tables of whole API objects (the API's JSON) with the columns that lists and syncs need; see
/// JsonRowTable. The statements for each are the same.
QStringList jsonRowTables(std::initializer_list<QString> tables)
{
    QStringList statements;
    for (const QString &table : tables) {
        statements.append(u"CREATE TABLE %1 (shop_id TEXT NOT NULL, id TEXT NOT NULL, order_id TEXT, status TEXT NOT "
                          "NULL, update_time INTEGER, body BLOB NOT NULL, PRIMARY KEY (shop_id, id))"_s.arg(table));
        statements.append(u"CREATE INDEX %1_by_update ON %1 (shop_id, update_time)"_s.arg(table));
        statements.append(u"CREATE INDEX %1_by_order ON %1 (shop_id, order_id)"_s.arg(table));
    }
    return statements;
}

// Version 5: packages, returns and cancellations; the Shipments pane opens with them offline.
QStringList version5()
{
    return jsonRowTables({u"packages"_s, u"returns"_s, u"cancellations"_s});
}

// Version 6: the orders newest first without sorting the table, so that the Orders pane shows its
// first screen while the rest of a large cache is still loading.
QStringList version6()
{
    return {u"CREATE INDEX orders_by_create ON orders (shop_id, create_time)"_s};
}

// Version 7: the affiliate program, LIVE and the carriers' scans, so that the Affiliates and LIVE
// panes open with the last figures and tracking reads offline: creators seen in marketplace
// searches, both kinds of collaboration, affiliate orders, LIVE sessions, and each order's tracking
// events as last read.
QStringList version7()
{
    return jsonRowTables({u"creators"_s, u"open_collaborations"_s, u"target_collaborations"_s, u"affiliate_orders"_s,
        u"live_sessions"_s, u"tracking_events"_s});
}

} // namespace

QStringList CacheMigrations::statementsFor(int version)
{
    switch (version) {
    case 1:
        return version1();
    case 2:
        return version2();
    case 3:
        return version3();
    case 4:
        return version4();
    case 5:
        return version5();
    case 6:
        return version6();
    case 7:
        return version7();
    default:
        return {};
    }
}

} // namespace ShopDesk
