#pragma once

#include <optional>

#include <QCoreApplication>
#include <QString>

class QAbstractItemModel;
class QWidget;

namespace ShopDesk {

/// Saves what a table shows as a CSV file (TableCsv: UTF-8 with a byte order mark), written aside
/// and renamed into place so that a failed export never leaves half a file.
class TableExport final
{
    Q_DECLARE_TR_FUNCTIONS(TableExport)

public:
    /// The reason on failure.
    static std::optional<QString> save(const QAbstractItemModel &model, const QString &path);
    /// Asks where to save (suggesting `baseName` plus today's date) and saves; shows the reason in
    /// a message box on failure. Returns the path written, empty when the seller cancelled or it failed.
    static QString saveInteractively(const QAbstractItemModel &model, const QString &baseName, QWidget *parent);
};

} // namespace ShopDesk
