#include "targetcollaborationdialog.h"

#include <QHeaderView>

#include "core/clock.h"
#include "delegates/statuscolours.h"
#include "dialogs/productchoice.h"
#include "models/displayformat.h"

#include "ui_targetcollaborationdialog.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

constexpr qint64 defaultLengthDays = 30;
constexpr int productIdRole = Qt::UserRole;
constexpr int rateRole = Qt::UserRole + 1;

} // namespace

TargetCollaborationDialog::TargetCollaborationDialog(const QList<Product> &products, const QList<Creator> &creators,
    const QStringList &checkedCreatorIds, const Clock &clock, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::TargetCollaborationDialog>())
    , m_clock(clock)
{
    m_ui->setupUi(this);
    setObjectName(u"targetCollaborationDialog"_s);
    ProductChoice::fill(m_ui->targetProductPicker, products);
    for (const Product &product : products)
        m_productLabels.insert(product.id, ProductChoice::labelOf(product));
    const QDateTime now = clock.now().toLocalTime();
    m_ui->targetEnd->setMinimumDateTime(now);
    m_ui->targetEnd->setDateTime(now.addDays(defaultLengthDays));
    m_ui->targetProducts->setColumnCount(2);
    m_ui->targetProducts->setHorizontalHeaderLabels({tr("Product"), tr("Commission")});
    m_ui->targetProducts->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_ui->targetProducts->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    for (const Creator &creator : creators) {
        const QString label = creator.nickname.isEmpty()
            ? u"@"_s + creator.username
            : tr("%1 (@%2)", "creator: nickname (@username)").arg(creator.nickname, creator.username);
        auto *item = new QListWidgetItem(label, m_ui->targetCreators);
        item->setData(Qt::UserRole, creator.openId);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(checkedCreatorIds.contains(creator.openId) ? Qt::Checked : Qt::Unchecked);
    }
    m_ui->targetSampleExempt->setEnabled(false);
    m_ui->targetProblem->setStyleSheet(u"color: %1;"_s.arg(StatusColours::text(StatusTone::Bad, palette()).name()));
    m_ui->targetProblem->hide();
    updateCreatorCount();

    connect(m_ui->targetAddProduct, &QPushButton::clicked, this, &TargetCollaborationDialog::handleAddProduct);
    connect(m_ui->targetRemoveProduct, &QPushButton::clicked, this, &TargetCollaborationDialog::handleRemoveProduct);
    connect(m_ui->targetCreators, &QListWidget::itemChanged, this, &TargetCollaborationDialog::updateCreatorCount);
    connect(m_ui->targetFreeSample, &QCheckBox::toggled, m_ui->targetSampleExempt, [this](bool on) {
        m_ui->targetSampleExempt->setEnabled(on);
        if (!on)
            m_ui->targetSampleExempt->setChecked(false);
    });
    connect(m_ui->targetButtons, &QDialogButtonBox::accepted, this, &TargetCollaborationDialog::accept);
    connect(m_ui->targetButtons, &QDialogButtonBox::rejected, this, &TargetCollaborationDialog::reject);
}

TargetCollaborationDialog::~TargetCollaborationDialog() = default;

void TargetCollaborationDialog::addProduct(const QString &productId, CommissionRate commission)
{
    QTableWidget *table = m_ui->targetProducts;
    int row = 0;
    while (row < table->rowCount() && table->item(row, 0)->data(productIdRole).toString() != productId)
        ++row;
    if (row == table->rowCount()) {
        table->insertRow(row);
        auto *product = new QTableWidgetItem(m_productLabels.value(productId, productId));
        product->setData(productIdRole, productId);
        table->setItem(row, 0, product);
        table->setItem(row, 1, new QTableWidgetItem);
    }
    QTableWidgetItem *rate = table->item(row, 1);
    rate->setText(DisplayFormat::commission(commission));
    rate->setData(rateRole, commission);
    rate->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_ui->targetProblem->hide();
}

void TargetCollaborationDialog::handleAddProduct()
{
    m_ui->targetProductCommission->interpretText();
    const QString id = ProductChoice::chosenId(m_ui->targetProductPicker);
    if (id.isEmpty()) {
        m_ui->targetProblem->setText(tr("Choose a product from the list, then add it."));
        m_ui->targetProblem->show();
        return;
    }
    addProduct(id, m_ui->targetProductCommission->rate());
}

void TargetCollaborationDialog::handleRemoveProduct()
{
    const QModelIndexList rows = m_ui->targetProducts->selectionModel()->selectedRows();
    for (auto it = rows.crbegin(); it != rows.crend(); ++it)
        m_ui->targetProducts->removeRow(it->row());
}

void TargetCollaborationDialog::updateCreatorCount()
{
    int checked = 0;
    for (int row = 0; row < m_ui->targetCreators->count(); ++row)
        checked += m_ui->targetCreators->item(row)->checkState() == Qt::Checked ? 1 : 0;
    m_ui->targetCreatorCount->setText(
        tr("%1 of at most %2 selected").arg(checked).arg(TargetCollaboration::maxCreators));
}

TargetCollaboration TargetCollaborationDialog::collaboration() const
{
    TargetCollaboration target;
    target.name = m_ui->targetName->text().trimmed();
    target.endTime = m_ui->targetEnd->dateTime().toSecsSinceEpoch();
    for (int row = 0; row < m_ui->targetProducts->rowCount(); ++row)
        target.products.append({m_ui->targetProducts->item(row, 0)->data(productIdRole).toString(),
            m_ui->targetProducts->item(row, 1)->data(rateRole).toLongLong()});
    for (int row = 0; row < m_ui->targetCreators->count(); ++row) {
        const QListWidgetItem *item = m_ui->targetCreators->item(row);
        if (item->checkState() == Qt::Checked)
            target.creatorOpenIds.append(item->data(Qt::UserRole).toString());
    }
    target.freeSampleRule = {m_ui->targetFreeSample->isChecked(), m_ui->targetSampleExempt->isChecked()};
    target.message = m_ui->targetMessage->toPlainText().trimmed();
    return target;
}

QString TargetCollaborationDialog::problem() const
{
    const TargetCollaboration target = collaboration();
    if (target.name.isEmpty())
        return tr("Give the collaboration a name.");
    if (target.endTime <= m_clock.nowSecs())
        return tr("Choose an end time in the future.");
    if (target.products.isEmpty())
        return tr("Add at least one product with its commission.");
    if (target.products.size() > TargetCollaboration::maxProducts)
        return tr("A target collaboration holds at most %1 products; remove %2.")
            .arg(TargetCollaboration::maxProducts)
            .arg(target.products.size() - TargetCollaboration::maxProducts);
    for (const TargetProduct &product : target.products) {
        if (product.commissionRate < minCommissionRate || product.commissionRate > maxCommissionRate)
            return tr("Each commission must be between 1.00 % and 80.00 %.");
    }
    if (target.creatorOpenIds.isEmpty())
        return tr("Tick at least one creator to invite.");
    if (target.creatorOpenIds.size() > TargetCollaboration::maxCreators)
        return tr("You can invite at most %1 creators at once; %2 are ticked.")
            .arg(TargetCollaboration::maxCreators)
            .arg(target.creatorOpenIds.size());
    if (target.message.size() > maxMessageLength)
        return tr("The message is too long: at most %1 characters, it has %2.")
            .arg(maxMessageLength)
            .arg(target.message.size());
    return {};
}

void TargetCollaborationDialog::accept()
{
    const QString text = problem();
    if (!text.isEmpty()) {
        m_ui->targetProblem->setText(text);
        m_ui->targetProblem->show();
        return;
    }
    QDialog::accept();
}

} // namespace ShopDesk
