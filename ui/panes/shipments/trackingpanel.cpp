#include "trackingpanel.h"

#include <QLabel>
#include <QListView>
#include <QVBoxLayout>

#include "delegates/timelinedelegate.h"
#include "models/packagetablemodel.h"
#include "models/trackingtimelinemodel.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

TrackingPanel::TrackingPanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_details(new QLabel(this))
    , m_warning(new QLabel(this))
    , m_note(new QLabel(this))
    , m_list(new QListView(this))
    , m_timeline(new TrackingTimelineModel(this))
{
    m_title->setObjectName(u"trackingTitle"_s);
    m_details->setObjectName(u"trackingDetails"_s);
    m_warning->setObjectName(u"trackingStuckWarning"_s);
    m_note->setObjectName(u"trackingNote"_s);
    m_list->setObjectName(u"trackingTimeline"_s);
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_title->setFont(bold);
    for (QLabel *label : {m_title, m_details, m_warning, m_note}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_details->setTextFormat(Qt::PlainText);
    // The same warm tint as the stuck rows of the table.
    m_warning->setStyleSheet(u"QLabel { background: rgba(230, 150, 30, 45); border: 1px solid rgba(230, 150, 30, 160); "
                             "border-radius: 4px; padding: 6px; }"_s);
    m_list->setModel(m_timeline);
    m_list->setItemDelegate(new TimelineDelegate(m_list));
    m_list->setResizeMode(QListView::Adjust);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_details);
    layout->addWidget(m_warning);
    layout->addSpacing(6);
    layout->addWidget(m_note);
    layout->addWidget(m_list, 1);
    setMinimumWidth(300);
    showNothing();
}

void TrackingPanel::showNothing()
{
    m_title->setText(tr("Tracking"));
    m_details->clear();
    m_details->hide();
    m_warning->hide();
    m_timeline->clear();
    m_note->setText(tr("Select a package to see its carrier scans."));
    m_note->show();
}

void TrackingPanel::showPackage(const Package &package, int quietDays)
{
    m_title->setText(tr("Package %1 · %2").arg(package.id, PackageTableModel::statusText(package.status)));
    const QString none = tr("not yet");
    m_details->setText(
        tr("Carrier: %1\nTracking number: %2\nOrders: %3")
            .arg(package.shippingProviderName.isEmpty() ? none : package.shippingProviderName,
                package.trackingNumber.isEmpty() ? none : package.trackingNumber, package.orderIds.join(u", "_s)));
    m_details->show();
    m_warning->setText(tr("No carrier scan for %n day(s). The parcel may be held up or lost: check with the carrier.",
        nullptr, quietDays));
    m_warning->setVisible(quietDays > 0);
}

void TrackingPanel::showLoading()
{
    m_timeline->clear();
    m_note->setText(tr("Loading the carrier scans…"));
    m_note->show();
}

void TrackingPanel::showEvents(const QList<TrackingEvent> &events, const QString &note)
{
    m_timeline->setEvents(events);
    m_note->setText(note.isEmpty() ? tr("No carrier scans yet: the parcel has not been handed over.") : note);
    m_note->setVisible(events.isEmpty() || !note.isEmpty());
}

void TrackingPanel::showError(const QString &text)
{
    m_timeline->clear();
    m_note->setText(text);
    m_note->show();
}

} // namespace ShopDesk
