#pragma once

#include <QHash>
#include <QList>

#include "domain/order.h"
#include "domain/package.h"
#include "domain/shipping.h"

namespace ShopDesk {

/// One package as the sandbox keeps it: what the API shows, plus its carrier history and whether
/// the platform froze it (such packages refuse to ship with 10007014).
struct SandboxPackage
{
    Package package;
    /// Row of its order in the shop's order list.
    int orderRow = -1;
    bool frozen = false;
    /// Oldest first.
    QList<TrackingEvent> tracking;
};

/// The packages of one sandbox shop with an index by id, and the orders on their way to delivery.
/// It starts empty and is loaded from the shop's orders on first use (see SandboxShipping), so a
/// shop nobody ships from costs nothing.
class SandboxPackageStore final
{
public:
    bool isLoaded() const { return m_loaded; }
    /// Takes the packages of `orders`, which must be the shop's order list.
    void load(QList<SandboxPackage> packages, const QList<Order> &orders);

    const QList<SandboxPackage> &packages() const { return m_packages; }
    SandboxPackage *find(const QString &id);
    const SandboxPackage *find(const QString &id) const;
    /// Row of the order in the shop's order list; -1 for an id the shop does not have.
    int orderRow(const QString &orderId) const { return m_orderRows.value(orderId, -1); }
    /// Adds a package; pointers from find() do not survive this.
    SandboxPackage &add(SandboxPackage package);
    /// A fresh id for a package split off another.
    QString nextSplitId();

    /// Changes whenever a package changes, and differs between loads, so that cached searches
    /// can tell a stale result from a current one.
    quint64 version() const { return m_generation * 1'000'000'000ULL + m_revision; }
    void touch() { ++m_revision; }

    /// Orders whose last package shipped through the API, by order row, with that time; they
    /// move on as the sandbox clock advances.
    QHash<int, qint64> &inFlight() { return m_inFlight; }

private:
    QList<SandboxPackage> m_packages;
    QHash<QString, int> m_index;
    QHash<QString, int> m_orderRows;
    QHash<int, qint64> m_inFlight;
    quint64 m_generation = 0;
    quint64 m_revision = 0;
    quint64 m_splits = 0;
    bool m_loaded = false;
};

} // namespace ShopDesk
