#include "sandboxpackagestore.h"

#include <atomic>

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

std::atomic<quint64> loads{0};

}

void SandboxPackageStore::load(QList<SandboxPackage> packages, const QList<Order> &orders)
{
    m_orderRows.clear();
    m_orderRows.reserve(orders.size());
    for (qsizetype i = 0; i < orders.size(); ++i)
        m_orderRows.insert(orders.at(i).id, static_cast<int>(i));
    m_packages = std::move(packages);
    m_index.clear();
    m_index.reserve(m_packages.size());
    for (qsizetype i = 0; i < m_packages.size(); ++i)
        m_index.insert(m_packages.at(i).package.id, static_cast<int>(i));
    m_inFlight.clear();
    m_generation = ++loads;
    m_revision = 0;
    m_loaded = true;
}

SandboxPackage *SandboxPackageStore::find(const QString &id)
{
    const auto it = m_index.constFind(id);
    return it == m_index.constEnd() ? nullptr : &m_packages[*it];
}

const SandboxPackage *SandboxPackageStore::find(const QString &id) const
{
    const auto it = m_index.constFind(id);
    return it == m_index.constEnd() ? nullptr : &m_packages.at(*it);
}

SandboxPackage &SandboxPackageStore::add(SandboxPackage package)
{
    m_index.insert(package.package.id, static_cast<int>(m_packages.size()));
    m_packages.append(std::move(package));
    touch();
    return m_packages.last();
}

QString SandboxPackageStore::nextSplitId()
{
    // Seeded package ids start with 115; split-off ones with 116, so they never collide.
    return u"116"_s + QString::number(++m_splits).rightJustified(16, u'0');
}

} // namespace ShopDesk
