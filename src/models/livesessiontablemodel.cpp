#include "livesessiontablemodel.h"

#include "models/displayformat.h"

namespace ShopDesk {

LiveSessionTableModel::LiveSessionTableModel(QObject *parent)
    : RecordTableModel<LiveSession>(parent)
{ }

void LiveSessionTableModel::setNow(qint64 epochSeconds)
{
    m_now = epochSeconds;
    columnChanged(DurationColumn);
}

qint64 LiveSessionTableModel::durationOf(const LiveSession &session) const
{
    const qint64 end = session.isOnAir() ? m_now : session.endTime;
    return qMax<qint64>(0, end - session.startTime);
}

QString LiveSessionTableModel::columnTitle(int column) const
{
    switch (column) {
    case TitleColumn:
        return tr("Title");
    case AccountColumn:
        return tr("Account");
    case StartColumn:
        return tr("Started");
    case EndColumn:
        return tr("Ended");
    case DurationColumn:
        return tr("Duration");
    case GmvColumn:
        return tr("GMV");
    case OrdersColumn:
        return tr("SKU orders");
    case UnitsColumn:
        return tr("Units");
    case ViewersColumn:
        return tr("Viewers");
    case PeakViewersColumn:
        return tr("Peak viewers");
    case ClickThroughColumn:
        return tr("CTR", "click-through rate");
    default:
        return {};
    }
}

QVariant LiveSessionTableModel::display(const LiveSession &session, int column) const
{
    switch (column) {
    case TitleColumn:
        return session.title;
    case AccountColumn:
        return QString(u'@' + session.username);
    case StartColumn:
        return DisplayFormat::dateTime(session.startTime);
    case EndColumn:
        return session.isOnAir() ? tr("On air") : DisplayFormat::dateTime(session.endTime);
    case DurationColumn:
        return DisplayFormat::duration(durationOf(session));
    case GmvColumn:
        return DisplayFormat::money(session.gmv);
    case OrdersColumn:
        return DisplayFormat::count(session.skuOrders);
    case UnitsColumn:
        return DisplayFormat::count(session.unitsSold);
    case ViewersColumn:
        return DisplayFormat::count(session.viewers);
    case PeakViewersColumn:
        return DisplayFormat::count(session.pcu);
    case ClickThroughColumn:
        return DisplayFormat::rate(session.clickThroughRate);
    default:
        return {};
    }
}

QVariant LiveSessionTableModel::sortKey(const LiveSession &session, int column) const
{
    switch (column) {
    case StartColumn:
        return session.startTime;
    case EndColumn:
        // Sessions on air sort after every ended one.
        return session.isOnAir() ? std::numeric_limits<qint64>::max() : session.endTime;
    case DurationColumn:
        return durationOf(session);
    case GmvColumn:
        return session.gmv.minor;
    case OrdersColumn:
        return session.skuOrders;
    case UnitsColumn:
        return session.unitsSold;
    case ViewersColumn:
        return session.viewers;
    case PeakViewersColumn:
        return session.pcu;
    case ClickThroughColumn:
        return session.clickThroughRate;
    default:
        return display(session, column);
    }
}

QVariant LiveSessionTableModel::extraData(const LiveSession &session, int /*column*/, int role) const
{
    if (role == OnAirRole)
        return session.isOnAir();
    return {};
}

} // namespace ShopDesk
