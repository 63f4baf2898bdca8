#include "opencollaborationdialog.h"

#include <QPushButton>

#include "delegates/statuscolours.h"
#include "dialogs/productchoice.h"

#include "ui_opencollaborationdialog.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

OpenCollaborationDialog::OpenCollaborationDialog(const QList<Product> &products, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::OpenCollaborationDialog>())
{
    m_ui->setupUi(this);
    setObjectName(u"openCollaborationDialog"_s);
    ProductChoice::fill(m_ui->openProduct, products);
    m_ui->openProblem->setStyleSheet(u"color: %1;"_s.arg(StatusColours::text(StatusTone::Bad, palette()).name()));
    m_ui->openProblem->hide();
    connect(m_ui->openButtons, &QDialogButtonBox::accepted, this, &OpenCollaborationDialog::accept);
    connect(m_ui->openButtons, &QDialogButtonBox::rejected, this, &OpenCollaborationDialog::reject);
    connect(m_ui->openProduct, &QComboBox::currentTextChanged, m_ui->openProblem, &QLabel::hide);
}

OpenCollaborationDialog::~OpenCollaborationDialog() = default;

QString OpenCollaborationDialog::productId() const
{
    return ProductChoice::chosenId(m_ui->openProduct);
}

CommissionRate OpenCollaborationDialog::commission() const
{
    return m_ui->openCommission->rate();
}

QString OpenCollaborationDialog::problem() const
{
    if (m_ui->openProduct->count() == 0)
        return tr("The shop has no active product to offer yet.");
    if (productId().isEmpty())
        return tr("Choose a product from the list.");
    if (!m_ui->openCommission->hasAcceptableInput())
        return tr("Enter a commission between 1.00 % and 80.00 %.");
    return {};
}

void OpenCollaborationDialog::accept()
{
    m_ui->openCommission->interpretText();
    const QString text = problem();
    if (!text.isEmpty()) {
        m_ui->openProblem->setText(text);
        m_ui->openProblem->show();
        return;
    }
    QDialog::accept();
}

} // namespace ShopDesk
