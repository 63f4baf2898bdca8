#include "orderdetailpanel.h"

#include <QDateTime>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include "api/fulfillmentservice.h"
#include "errorpresenter.h"
#include "models/displayformat.h"
#include "models/orderattention.h"
#include "models/orderdetail.h"
#include "models/ordertablemodel.h"
#include "sync/trackingcatalog.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

QLabel *sectionLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setContentsMargins(0, 8, 0, 0);
    return label;
}

/// Tables in the panel show every row; the panel itself scrolls.
void fitHeight(QTableWidget *table)
{
    int height = table->horizontalHeader()->sizeHint().height() + 2 * table->frameWidth();
    for (int row = 0; row < table->rowCount(); ++row)
        height += table->rowHeight(row);
    table->setFixedHeight(height);
}

QTableWidget *detailTable(const QString &name, const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->setFocusPolicy(Qt::NoFocus);
    // Long product names wrap rather than hide behind an ellipsis in the narrow panel.
    table->setWordWrap(true);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Rows grow as the panel narrows and names wrap: the table grows with them.
    QObject::connect(table->verticalHeader(), &QHeaderView::sectionResized, table, [table] { fitHeight(table); });
    return table;
}

void setRow(QTableWidget *table, int row, const QStringList &cells, Qt::Alignment rightFrom = {})
{
    for (int column = 0; column < cells.size(); ++column) {
        auto *item = new QTableWidgetItem(cells.at(column));
        item->setToolTip(cells.at(column));
        if (rightFrom && column > 1)
            item->setTextAlignment(rightFrom);
        table->setItem(row, column, item);
    }
}

QString timeText(qint64 epochSeconds)
{
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(epochSeconds).toLocalTime(), QLocale::ShortFormat);
}

bool hasShipped(const Order &order)
{
    return order.status == OrderStatus::AwaitingCollection || order.status == OrderStatus::InTransit
        || order.status == OrderStatus::Delivered || order.status == OrderStatus::Completed
        || !order.trackingNumber.isEmpty();
}

} // namespace

OrderDetailPanel::OrderDetailPanel(TrackingCatalog &tracking, QWidget *parent)
    : QWidget(parent)
    , m_tracking(tracking)
    , m_trackingDelay(new QTimer(this))
    , m_message(new QLabel(this))
    , m_content(new QWidget(this))
    , m_title(new QLabel(m_content))
    , m_status(new QLabel(m_content))
    , m_items(detailTable(u"orderDetailItems"_s, {tr("Product"), tr("SKU"), tr("Qty"), tr("Price")}, m_content))
    , m_payment(new QFormLayout)
    , m_address(new QLabel(m_content))
    , m_packages(new QLabel(m_content))
    , m_timeline(new QLabel(m_content))
{
    setObjectName(u"orderDetailPanel"_s);
    m_trackingDelay->setSingleShot(true);
    m_trackingDelay->setInterval(250);
    connect(m_trackingDelay, &QTimer::timeout, this, &OrderDetailPanel::loadTracking);
    buildLayout();
    showNothing();
}

OrderDetailPanel::~OrderDetailPanel() = default;

void OrderDetailPanel::buildLayout()
{
    m_message->setObjectName(u"orderDetailMessage"_s);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_title->setObjectName(u"orderDetailTitle"_s);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_status->setObjectName(u"orderDetailStatus"_s);
    m_status->setWordWrap(true);
    m_address->setObjectName(u"orderDetailAddress"_s);
    m_address->setWordWrap(true);
    m_address->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_packages->setObjectName(u"orderDetailPackages"_s);
    m_packages->setWordWrap(true);
    m_packages->setTextFormat(Qt::RichText);
    m_packages->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_timeline->setObjectName(u"orderDetailTimeline"_s);
    m_timeline->setWordWrap(true);
    m_timeline->setTextFormat(Qt::RichText);
    m_payment->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_payment->setLabelAlignment(Qt::AlignLeft);

    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->addWidget(m_title);
    contentLayout->addWidget(m_status);
    contentLayout->addWidget(sectionLabel(tr("Items"), m_content));
    contentLayout->addWidget(m_items);
    contentLayout->addWidget(sectionLabel(tr("Payment"), m_content));
    contentLayout->addLayout(m_payment);
    contentLayout->addWidget(sectionLabel(tr("Ship to"), m_content));
    contentLayout->addWidget(m_address);
    contentLayout->addWidget(sectionLabel(tr("Packages"), m_content));
    contentLayout->addWidget(m_packages);
    contentLayout->addWidget(sectionLabel(tr("Timeline"), m_content));
    contentLayout->addWidget(m_timeline);
    contentLayout->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_message);
    layout->addWidget(scroll, 1);
}

void OrderDetailPanel::showNothing()
{
    m_trackingDelay->stop();
    if (m_pending)
        m_pending->cancel();
    m_order = {};
    m_message->setText(tr("Select an order to see its items, payment, address, packages and timeline."));
    m_message->show();
    m_content->hide();
}

void OrderDetailPanel::showOrder(const Order &order, const OrderAttention &attention)
{
    const bool sameOrder = order.id == m_order.id;
    m_order = order;
    m_now = attention.now();
    m_message->hide();
    m_content->show();
    fillHeading(attention);
    fillItems();
    fillPayment();
    fillAddress();
    fillPackages();
    if (!sameOrder || m_scansOf != order.id) {
        if (m_pending)
            m_pending->cancel();
        m_scans.clear();
        m_scansOf.clear();
        m_scanNote
            = hasShipped(order) ? tr("Reading the carrier's scans…") : tr("No carrier scans before the order ships.");
        if (hasShipped(order))
            m_trackingDelay->start();
    }
    fillTimeline(m_now);
}

void OrderDetailPanel::fillHeading(const OrderAttention &attention)
{
    m_title->setText(tr("Order %1").arg(m_order.id));
    QString status = OrderTableModel::statusText(m_order.status);
    if (const QString reasons = OrderAttention::text(attention.reasonsFor(m_order)); !reasons.isEmpty())
        status = tr("%1 · needs action: %2", "status · reasons").arg(status, reasons);
    m_status->setText(status);
}

void OrderDetailPanel::fillItems()
{
    const QList<OrderDetail::Line> lines = OrderDetail::linesOf(m_order);
    const QLocale locale;
    m_items->setRowCount(int(lines.size()));
    for (int row = 0; row < lines.size(); ++row) {
        const OrderDetail::Line &line = lines.at(row);
        const QString product = line.skuName.isEmpty() ? line.productName : line.productName + u" · "_s + line.skuName;
        setRow(m_items, row, {product, line.sellerSku, locale.toString(line.quantity), line.unitPrice.format(locale)},
            Qt::AlignRight | Qt::AlignVCenter);
    }
    fitHeight(m_items);
}

void OrderDetailPanel::fillPayment()
{
    while (m_payment->rowCount() > 0)
        m_payment->removeRow(0);
    const QLocale locale;
    const OrderPayment &payment = m_order.payment;
    auto add = [this, &locale](const QString &label, const Money &amount, bool negative = false) {
        auto *value
            = new QLabel((negative && amount.minor != 0 ? u"−"_s : QString()) + amount.format(locale), m_content);
        value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_payment->addRow(label, value);
        return value;
    };
    // The API's sub_total already has the discounts taken off (reference section 5.2).
    if (payment.sellerDiscount.minor != 0)
        add(tr("Seller discount"), payment.sellerDiscount, true);
    if (payment.platformDiscount.minor != 0)
        add(tr("Platform discount"), payment.platformDiscount, true);
    add(tr("Subtotal (after discounts)"), payment.subTotal);
    add(tr("Shipping fee"), payment.shippingFee);
    add(tr("Tax"), payment.tax);
    QLabel *total = add(tr("Total"), payment.totalAmount);
    QFont bold = total->font();
    bold.setBold(true);
    total->setFont(bold);
}

void OrderDetailPanel::fillAddress()
{
    if (!m_order.recipientAddress) {
        m_address->setText(tr("No address yet: the API leaves it out while an order is unpaid or on hold."));
        return;
    }
    const RecipientAddress &address = *m_order.recipientAddress;
    QStringList lines{address.name, address.phoneNumber, address.fullAddress};
    lines.removeAll(QString());
    m_address->setText(lines.join(u'\n'));
}

void OrderDetailPanel::fillPackages()
{
    // A label rather than a table: package ids and tracking numbers are long, the panel narrow.
    QStringList blocks;
    for (const OrderDetail::Parcel &parcel : OrderDetail::parcelsOf(m_order)) {
        QString block = u"<b>"_s
            + (parcel.packageId.isEmpty() ? tr("Not in a package yet") : tr("Package %1").arg(parcel.packageId))
                  .toHtmlEscaped()
            + u"</b>"_s;
        if (const QString status = OrderDetail::packageStatusText(parcel.status); !status.isEmpty())
            block += u" · "_s + status.toHtmlEscaped();
        if (!parcel.trackingNumber.isEmpty())
            block += u"<br>"_s
                + tr("%1, tracking number %2", "carrier, tracking number")
                      .arg(parcel.carrier.isEmpty() ? tr("Carrier unknown") : parcel.carrier, parcel.trackingNumber)
                      .toHtmlEscaped();
        blocks.append(block);
    }
    m_packages->setText(blocks.isEmpty() ? tr("No package yet.") : blocks.join(u"<br>"_s));
}

void OrderDetailPanel::fillTimeline(qint64 now)
{
    QString html = u"<table cellspacing=\"0\" cellpadding=\"2\">"_s;
    auto row = [&html](qint64 time, const QString &text, bool upcoming) {
        const QString when = timeText(time).toHtmlEscaped();
        html += u"<tr><td style=\"white-space:nowrap; padding-right:10px\">"_s
            + (upcoming ? u"<i>"_s + when + u"</i>"_s : when) + u"</td><td>"_s
            + (upcoming ? u"<i>"_s + text.toHtmlEscaped() + u"</i>"_s : text.toHtmlEscaped()) + u"</td></tr>"_s;
    };
    for (const OrderDetail::Milestone &milestone : OrderDetail::milestonesOf(m_order, now))
        row(milestone.time, milestone.text, milestone.upcoming);
    for (const TrackingEvent &scan : std::as_const(m_scans))
        row(scan.timeMs / 1000, tr("Carrier: %1").arg(scan.description), false);
    html += u"</table><p><small>"_s
        + tr("The API keeps no history of status changes: these are the order's own times, its deadlines "
             "(in italics while ahead) and the carrier's scans.")
              .toHtmlEscaped();
    if (!m_scanNote.isEmpty())
        html += u"<br>"_s + m_scanNote.toHtmlEscaped();
    html += u"</small></p>"_s;
    m_timeline->setText(html);
}

void OrderDetailPanel::loadTracking()
{
    Reply<QList<TrackingEvent>> *reply = m_tracking.fetch(m_order.id);
    m_pending = reply;
    connect(reply, &ApiReply::finished, this, [this, reply, id = m_order.id] { handleTracking(reply, id); });
}

void OrderDetailPanel::handleTracking(Reply<QList<TrackingEvent>> *reply, const QString &orderId)
{
    if (orderId != m_order.id || (reply->hasError() && reply->error()->category == ApiErrorCategory::Cancelled))
        return;
    m_scansOf = orderId;
    const std::optional<TrackingCatalog::Saved> saved = reply->hasError() ? m_tracking.saved(orderId) : std::nullopt;
    if (saved) {
        m_scans = saved->events;
        m_scanNote = tr("Offline: the carrier's scans as read on %1.").arg(DisplayFormat::dateTime(saved->savedAt));
    } else if (reply->hasError()) {
        m_scanNote = tr("The carrier's scans could not be read: %1").arg(ErrorPresenter::present(*reply->error()).text);
    } else {
        m_scans = reply->value();
        std::sort(m_scans.begin(), m_scans.end(),
            [](const TrackingEvent &a, const TrackingEvent &b) { return a.timeMs < b.timeMs; });
        m_scanNote = m_scans.isEmpty() ? tr("The carrier has not scanned it yet.") : QString();
    }
    fillTimeline(m_now);
    emit trackingLoaded(orderId);
}

} // namespace ShopDesk
