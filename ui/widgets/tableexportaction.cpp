#include "tableexportaction.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QFileDialog>
#include <QMessageBox>
#include <QSaveFile>

#include "io/csvwriter.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

TableExportAction::TableExportAction(QWidget &pane, ViewFinder view, const QString &fileStem)
    : QAction(tr("Export table…"), &pane)
    , m_pane(pane)
    , m_view(std::move(view))
    , m_fileStem(fileStem)
{
    setObjectName(u"exportTable"_s);
    setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    setShortcutContext(Qt::WidgetWithChildrenShortcut);
    pane.addAction(this);
    connect(this, &QAction::triggered, this, &TableExportAction::handleTriggered);
}

TableExportAction::ViewFinder TableExportAction::tableIn(const std::function<QWidget *()> &container)
{
    return [container]() -> QAbstractItemView * {
        QWidget *root = container();
        if (!root)
            return nullptr;
        for (QWidget *focus = QApplication::focusWidget(); focus; focus = focus->parentWidget()) {
            auto *view = qobject_cast<QAbstractItemView *>(focus);
            if (view && root->isAncestorOf(view))
                return view;
        }
        const QList<QAbstractItemView *> views = root->findChildren<QAbstractItemView *>();
        for (QAbstractItemView *view : views) {
            if (view->isVisibleTo(root) && view->model())
                return view;
        }
        return nullptr;
    };
}

std::optional<QString> TableExportAction::write(const QAbstractItemModel &model, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    CsvWriter csv(file, CsvWriter::ByteOrderMark::Write);
    QStringList header;
    for (int column = 0; column < model.columnCount(); ++column)
        header.append(model.headerData(column, Qt::Horizontal).toString());
    csv.writeRow(header);
    for (int row = 0; row < model.rowCount(); ++row) {
        QStringList fields;
        for (int column = 0; column < model.columnCount(); ++column)
            fields.append(model.index(row, column).data().toString());
        csv.writeRow(fields);
    }
    if (!csv.ok() || !file.commit())
        return file.errorString();
    return std::nullopt;
}

void TableExportAction::handleTriggered()
{
    const QAbstractItemView *view = m_view ? m_view() : nullptr;
    if (!view || !view->model())
        return;
    const QString suggested = m_fileStem + u".csv"_s;
    const QString path = m_chooser
        ? m_chooser(suggested)
        : QFileDialog::getSaveFileName(&m_pane, tr("Export table"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (const std::optional<QString> failure = write(*view->model(), path))
        QMessageBox::warning(&m_pane, tr("Export failed"), *failure);
}

} // namespace ShopDesk
