#include "changehistorydialog.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

#include "core/clock.h"
#include "sync/shopoutbox.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

/// The range shown first: the last 30 days.
constexpr int defaultDays = 30;

} // namespace

ChangeHistoryDialog::ChangeHistoryDialog(ShopOutbox &outbox, QWidget *parent)
    : QDialog(parent)
    , m_outbox(outbox)
    , m_from(new QDateEdit(outbox.clock().now().toLocalTime().date().addDays(-defaultDays), this))
    , m_until(new QDateEdit(outbox.clock().now().toLocalTime().date(), this))
    , m_table(new QTableWidget(this))
    , m_summary(new QLabel(this))
{
    setObjectName(u"changeHistoryDialog"_s);
    setWindowTitle(tr("Change history"));
    resize(1000, 480);
    m_from->setCalendarPopup(true);
    m_until->setCalendarPopup(true);
    m_table->setObjectName(u"changeHistoryTable"_s);
    m_table->setColumnCount(7);
    m_table->setHorizontalHeaderLabels(
        {tr("Time"), tr("Object"), tr("Field"), tr("Before"), tr("After"), tr("Result"), tr("Request ID")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSortingEnabled(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(5, QHeaderView::Stretch);

    auto *range = new QHBoxLayout;
    range->addWidget(new QLabel(tr("From:"), this));
    range->addWidget(m_from);
    range->addWidget(new QLabel(tr("To:"), this));
    range->addWidget(m_until);
    range->addStretch();
    range->addWidget(m_summary);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *exportButton = buttons->addButton(tr("Export CSV…"), QDialogButtonBox::ActionRole);
    exportButton->setToolTip(tr("Save the changes shown as a CSV file (Ctrl+E)"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(range);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(exportButton, &QPushButton::clicked, this, &ChangeHistoryDialog::exportWithDialog);
    connect(m_from, &QDateEdit::dateChanged, this, &ChangeHistoryDialog::reload);
    connect(m_until, &QDateEdit::dateChanged, this, &ChangeHistoryDialog::reload);
    auto *exportShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_E), this);
    connect(exportShortcut, &QShortcut::activated, this, &ChangeHistoryDialog::exportWithDialog);
    reload();
}

void ChangeHistoryDialog::reload()
{
    AuditQuery query;
    query.shopId = m_outbox.shopId();
    query.from = m_from->date().startOfDay().toSecsSinceEpoch();
    query.until = m_until->date().endOfDay().toSecsSinceEpoch();
    auto found = m_outbox.auditLog().query(query);
    m_entries = found ? found.value() : QList<AuditEntry>();
    m_table->setSortingEnabled(false);
    m_table->setRowCount(int(m_entries.size()));
    const QLocale locale;
    for (int row = 0; row < m_entries.size(); ++row) {
        const AuditEntry &entry = m_entries.at(row);
        const QStringList cells{
            locale.toString(QDateTime::fromSecsSinceEpoch(entry.at).toLocalTime(), QLocale::ShortFormat),
            entry.objectId, entry.field, entry.before, entry.after, entry.result, entry.requestId};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_table->setSortingEnabled(true);
    m_summary->setText(found ? tr("%n change(s)", nullptr, int(m_entries.size()))
                             : tr("The change history could not be read: %1").arg(found.error().message));
}

QString ChangeHistoryDialog::exportTo(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return tr("The file could not be created: %1").arg(file.errorString());
    if (auto error = AuditLog::exportCsv(m_entries, file))
        return error->message;
    return {};
}

void ChangeHistoryDialog::exportWithDialog()
{
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
        + u"/shopdesk-changes-%1.csv"_s.arg(QDate::currentDate().toString(Qt::ISODate));
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Export change history"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (const QString error = exportTo(path); !error.isEmpty())
        QMessageBox::warning(this, tr("Export failed"), error);
}

} // namespace ShopDesk
