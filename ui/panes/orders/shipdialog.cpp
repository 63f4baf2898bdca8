#include "shipdialog.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "api/fulfillmentservice.h"
#include "io/csvreader.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

enum Column { OrderColumn, PackageColumn, ShippingColumn, CarrierColumn, TrackingColumn, ProblemColumn };

} // namespace

ShipDialog::ShipDialog(FulfillmentService &fulfillment, QList<Order> orders, QWidget *parent)
    : QDialog(parent)
    , m_fulfillment(fulfillment)
    , m_orders(std::move(orders))
    , m_handover(new QComboBox(this))
    , m_carrier(new QComboBox(this))
    , m_table(new QTableWidget(this))
    , m_status(new QLabel(tr("Loading the packages…"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"shipDialog"_s);
    setWindowTitle(tr("Ship %n order(s)", nullptr, int(m_orders.size())));
    resize(960, 560);

    m_handover->setObjectName(u"shipHandover"_s);
    m_handover->addItem(tr("Carrier picks up"), int(HandoverMethod::Pickup));
    m_handover->addItem(tr("I drop off at the carrier"), int(HandoverMethod::DropOff));
    m_carrier->setObjectName(u"shipCarrier"_s);
    m_carrier->setEnabled(false);
    m_table->setObjectName(u"shipTable"_s);
    m_table->setColumnCount(ProblemColumn + 1);
    m_table->setHorizontalHeaderLabels({tr("Order"), tr("Package"), tr("Shipping"), tr("Carrier"),
        tr("Tracking number"), tr("Cannot be shipped because")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(ProblemColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->resizeSection(OrderColumn, 160);
    m_table->horizontalHeader()->resizeSection(PackageColumn, 160);
    m_table->horizontalHeader()->resizeSection(TrackingColumn, 170);

    auto *paste = new QPushButton(tr("Paste tracking numbers"), this);
    paste->setObjectName(u"shipPaste"_s);
    paste->setToolTip(tr("One per line, in the order of the seller-shipped rows"));
    auto *import = new QPushButton(tr("Import CSV…"), this);
    import->setObjectName(u"shipImport"_s);
    import->setToolTip(tr("A file with order_id and tracking_number columns (carrier optional)"));
    auto *form = new QFormLayout;
    form->addRow(tr("TikTok Shop shipping:"), m_handover);
    form->addRow(tr("Seller shipping carrier:"), m_carrier);
    auto *tools = new QHBoxLayout;
    tools->addWidget(paste);
    tools->addWidget(import);
    tools->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(tools);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    m_buttons->button(QDialogButtonBox::Ok)->setDefault(true);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_handover, &QComboBox::currentIndexChanged, this, [this] {
        if (m_plan)
            m_plan->setHandoverMethod(HandoverMethod(m_handover->currentData().toInt()));
    });
    connect(m_carrier, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating && m_plan)
            setCarrier(m_carrier->currentData().toString());
    });
    connect(paste, &QPushButton::clicked, this, [this] { pasteTrackingNumbers(QApplication::clipboard()->text()); });
    connect(import, &QPushButton::clicked, this, &ShipDialog::chooseCsvFile);
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_updating || !m_plan || item->column() != TrackingColumn)
            return;
        m_plan->setTrackingNumber(item->row(), item->text());
        refreshRows();
    });
    loadPackages();
}

ShipDialog::~ShipDialog() = default;

void ShipDialog::loadPackages()
{
    PackageQuery waiting;
    waiting.status = PackageStatus::Processing;
    Reply<QList<Package>> *reply = m_fulfillment.searchPackages(waiting);
    connect(reply, &ApiReply::progress, this, [this](qint64 done, qint64 total) {
        m_status->setText(tr("Loading the packages… %1 of %2").arg(done).arg(total));
    });
    connect(reply, &ApiReply::finished, this, [this, reply] {
        if (reply->hasError()) {
            m_status->setText(tr("The packages could not be loaded: %1").arg(reply->error()->message));
            return;
        }
        for (const Package &package : reply->value())
            m_packages.insert(package.id, package);
        m_plan.emplace(m_orders, m_packages);
        loadDetails(m_plan->packagesNeedingDetail());
    });
}

void ShipDialog::loadDetails(QStringList packageIds)
{
    if (packageIds.isEmpty()) {
        loadCarriers(m_plan->deliveryOptionIds());
        return;
    }
    m_status->setText(tr("Loading the delivery options… %n left", nullptr, int(packageIds.size())));
    const QString id = packageIds.takeFirst();
    Reply<Package> *reply = m_fulfillment.getPackage(id);
    connect(reply, &ApiReply::finished, this, [this, reply, packageIds] {
        if (!reply->hasError())
            m_plan->setPackageDetail(reply->value());
        loadDetails(packageIds);
    });
}

void ShipDialog::loadCarriers(QStringList deliveryOptionIds)
{
    if (deliveryOptionIds.isEmpty()) {
        showPlan();
        return;
    }
    const QString option = deliveryOptionIds.takeFirst();
    Reply<QList<ShippingProvider>> *reply = m_fulfillment.shippingProviders(option);
    connect(reply, &ApiReply::finished, this, [this, reply, option, deliveryOptionIds] {
        if (!reply->hasError())
            m_plan->setProviders(option, reply->value());
        loadCarriers(deliveryOptionIds);
    });
}

void ShipDialog::showPlan()
{
    m_updating = true;
    m_carrier->clear();
    m_carrier->addItem(tr("Choose a carrier…"), QString());
    for (const ShippingProvider &provider : m_plan->providerChoices())
        m_carrier->addItem(provider.name, provider.id);
    m_carrier->setEnabled(m_plan->hasSellerShipping());
    m_updating = false;
    refreshRows();
    emit ready();
}

void ShipDialog::refreshRows()
{
    m_updating = true;
    const QList<ShipPlanRow> &rows = m_plan->rows();
    m_table->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        const ShipPlanRow &row = rows.at(i);
        const QStringList cells{row.orderId, row.packageId, row.sellerShipping ? tr("Seller") : tr("TikTok Shop"),
            row.sellerShipping ? row.providerName : QString(), row.trackingNumber, row.problem};
        for (int column = 0; column < cells.size(); ++column) {
            QTableWidgetItem *item = m_table->item(i, column);
            if (!item) {
                item = new QTableWidgetItem;
                m_table->setItem(i, column, item);
            }
            item->setText(cells.at(column));
            Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
            if (column == TrackingColumn && row.sellerShipping && !row.packageId.isEmpty())
                flags |= Qt::ItemIsEditable;
            item->setFlags(flags);
            item->setForeground(row.isValid() ? palette().text() : QBrush(QColor(200, 60, 50)));
        }
    }
    m_updating = false;
    const int valid = m_plan->validCount();
    const int blocked = int(rows.size()) - valid;
    m_status->setText(blocked == 0
            ? tr("%n package(s) ready to ship.", nullptr, valid)
            : tr("%n package(s) ready to ship; %1 cannot be shipped and will be left out.", nullptr, valid)
                  .arg(blocked));
    QPushButton *ship = m_buttons->button(QDialogButtonBox::Ok);
    ship->setText(tr("Ship %n package(s)", nullptr, valid));
    ship->setEnabled(valid > 0);
}

void ShipDialog::setCarrier(const QString &providerId)
{
    if (!m_plan)
        return;
    m_plan->setProvider(providerId);
    m_updating = true;
    m_carrier->setCurrentIndex(std::max(0, m_carrier->findData(providerId)));
    m_updating = false;
    refreshRows();
}

void ShipDialog::pasteTrackingNumbers(const QString &text)
{
    if (!m_plan)
        return;
    m_plan->pasteTrackingNumbers(text);
    refreshRows();
}

QStringList ShipDialog::importCsvFile(const QString &path)
{
    if (!m_plan)
        return {};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {tr("The file could not be opened: %1").arg(file.errorString())};
    const auto table = CsvReader::parse(file.readAll());
    if (!table)
        return {table.error().toString()};
    const QStringList problems = m_plan->importCsv(table.value());
    refreshRows();
    return problems;
}

void ShipDialog::chooseCsvFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import tracking numbers"), {}, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const QStringList problems = importCsvFile(path);
    if (!problems.isEmpty())
        QMessageBox::warning(this, tr("Some lines were not used"), problems.mid(0, 20).join(u'\n'));
}

} // namespace ShopDesk
