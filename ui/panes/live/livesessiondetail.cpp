#include "livesessiondetail.h"

#include <QDateTime>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include "api/analyticsservice.h"
#include "models/displayformat.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

QDate localDate(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs).toLocalTime().date();
}

} // namespace

LiveSessionDetail::LiveSessionDetail(AnalyticsService &service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_productNote(new QLabel(this))
    , m_products(new QTableWidget(0, 4, this))
{
    m_title->setObjectName(u"liveDetailTitle"_s);
    m_productNote->setObjectName(u"liveProductNote"_s);
    m_products->setObjectName(u"liveProducts"_s);
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    m_subtitle->setWordWrap(true);
    m_productNote->setWordWrap(true);

    auto *sales = new QGroupBox(tr("Sales"), this);
    auto *salesForm = new QFormLayout(sales);
    addFigure(salesForm, u"gmv"_s, tr("GMV"));
    addFigure(salesForm, u"skuOrders"_s, tr("SKU orders"));
    addFigure(salesForm, u"units"_s, tr("Units sold"));
    addFigure(salesForm, u"customers"_s, tr("Customers"));
    addFigure(salesForm, u"avgPrice"_s, tr("Average price"));
    addFigure(salesForm, u"productsAdded"_s, tr("Products added"));
    addFigure(salesForm, u"productsSold"_s, tr("Different products sold"));
    addFigure(salesForm, u"clickToOrder"_s, tr("Click-to-order rate"));
    auto *interaction = new QGroupBox(tr("Interaction"), this);
    auto *interactionForm = new QFormLayout(interaction);
    addFigure(interactionForm, u"viewers"_s, tr("Viewers"));
    addFigure(interactionForm, u"views"_s, tr("Views"));
    addFigure(interactionForm, u"acu"_s, tr("Average concurrent viewers"));
    addFigure(interactionForm, u"pcu"_s, tr("Peak concurrent viewers"));
    addFigure(interactionForm, u"watchTime"_s, tr("Average viewing time"));
    addFigure(interactionForm, u"comments"_s, tr("Comments"));
    addFigure(interactionForm, u"likes"_s, tr("Likes"));
    addFigure(interactionForm, u"shares"_s, tr("Shares"));
    addFigure(interactionForm, u"followers"_s, tr("New followers"));
    addFigure(interactionForm, u"ctr"_s, tr("Product click-through rate"));

    m_products->setHorizontalHeaderLabels({tr("Product"), tr("GMV"), tr("Orders"), tr("Units")});
    m_products->verticalHeader()->hide();
    m_products->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_products->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_products->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_products->setMinimumHeight(120);

    auto *products = new QVBoxLayout;
    products->addWidget(m_productNote);
    products->addWidget(m_products, 1);
    auto *figures = new QHBoxLayout;
    figures->addWidget(sales, 2, Qt::AlignTop);
    figures->addWidget(interaction, 2, Qt::AlignTop);
    figures->addLayout(products, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addLayout(figures, 1);
    setSession(std::nullopt);
}

void LiveSessionDetail::addFigure(QFormLayout *form, const QString &key, const QString &label)
{
    auto *value = new QLabel(this);
    value->setObjectName(u"liveFigure_"_s + key);
    value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(label, value);
    m_figures.insert(key, value);
}

void LiveSessionDetail::setFigure(const QString &key, const QString &text)
{
    m_figures.value(key)->setText(text);
}

QString LiveSessionDetail::figure(const QString &key) const
{
    const QLabel *label = m_figures.value(key);
    return label ? label->text() : QString();
}

void LiveSessionDetail::setSession(const std::optional<LiveSession> &session)
{
    if (m_pending)
        m_pending->cancel();
    m_products->setRowCount(0);
    if (!session) {
        m_title->setText(tr("Select a LIVE session to see its figures."));
        m_subtitle->clear();
        m_productNote->clear();
        for (QLabel *label : std::as_const(m_figures))
            label->setText(DisplayFormat::none());
        return;
    }
    const LiveSession &live = *session;
    m_title->setText(live.title);
    m_subtitle->setText(live.isOnAir()
            ? tr("@%1 · on air since %2").arg(live.username, DisplayFormat::dateTime(live.startTime))
            : tr("@%1 · %2 to %3")
                  .arg(live.username, DisplayFormat::dateTime(live.startTime), DisplayFormat::dateTime(live.endTime)));
    setFigure(u"gmv"_s, DisplayFormat::money(live.gmv));
    setFigure(u"skuOrders"_s, DisplayFormat::count(live.skuOrders));
    setFigure(u"units"_s, DisplayFormat::count(live.unitsSold));
    setFigure(u"customers"_s, DisplayFormat::count(live.customers));
    setFigure(u"avgPrice"_s, DisplayFormat::money(live.avgPrice));
    setFigure(u"productsAdded"_s, DisplayFormat::count(live.productsAdded));
    setFigure(u"productsSold"_s, DisplayFormat::count(live.differentProductsSold));
    setFigure(u"clickToOrder"_s, DisplayFormat::rate(live.clickToOrderRate));
    setFigure(u"viewers"_s, DisplayFormat::count(live.viewers));
    setFigure(u"views"_s, DisplayFormat::count(live.views));
    setFigure(u"acu"_s, DisplayFormat::count(live.acu));
    setFigure(u"pcu"_s, DisplayFormat::count(live.pcu));
    setFigure(u"watchTime"_s, tr("%n s", "seconds", int(live.avgViewingDuration)));
    setFigure(u"comments"_s, DisplayFormat::count(live.comments));
    setFigure(u"likes"_s, DisplayFormat::count(live.likes));
    setFigure(u"shares"_s, DisplayFormat::count(live.shares));
    setFigure(u"followers"_s, DisplayFormat::count(live.newFollowers));
    setFigure(u"ctr"_s, DisplayFormat::rate(live.clickThroughRate));
    loadProducts(live);
}

void LiveSessionDetail::loadProducts(const LiveSession &session)
{
    const QDate first = localDate(session.startTime);
    const QDate last = session.isOnAir() ? first : localDate(session.endTime);
    m_productNote->setText(tr("TikTok Shop has no per-LIVE product figures; these are the shop's best sellers over "
                              "the session's days (%1), from shop analytics.")
                               .arg(first == last ? QLocale().toString(first, QLocale::ShortFormat)
                                                  : tr("%1 to %2")
                                                        .arg(QLocale().toString(first, QLocale::ShortFormat),
                                                            QLocale().toString(last, QLocale::ShortFormat))));
    Reply<QList<ProductPerformance>> *reply
        = m_service.topProducts({first, last.addDays(1)}, AnalyticsService::ProductSort::Gmv, productCount);
    m_pending = reply;
    connect(reply, &ApiReply::finished, this, [this, reply] { handleProducts(reply); });
}

void LiveSessionDetail::handleProducts(Reply<QList<ProductPerformance>> *reply)
{
    if (reply->hasError()) {
        if (reply->error()->category != ApiErrorCategory::Cancelled)
            m_productNote->setText(tr("The products could not be loaded: %1").arg(reply->error()->message));
        return;
    }
    QList<ProductPerformance> products = reply->value();
    products.removeIf([](const ProductPerformance &product) { return product.gmv.minor == 0; });
    if (products.isEmpty()) {
        // Analytics lag a day: a session of today has no product figures yet.
        m_productNote->setText(m_productNote->text() + u'\n' + tr("No product figures for these days yet."));
        return;
    }
    m_products->setRowCount(static_cast<int>(products.size()));
    for (int row = 0; row < products.size(); ++row) {
        const ProductPerformance &product = products.at(row);
        const QStringList cells{m_productTitles.value(product.productId, product.productId),
            DisplayFormat::money(product.gmv), DisplayFormat::count(product.orders),
            DisplayFormat::count(product.unitsSold)};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_products->setItem(row, column, item);
        }
    }
}

} // namespace ShopDesk
