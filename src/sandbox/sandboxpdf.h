#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace ShopDesk {

/// Hand-built one-page PDF files for the sandbox's shipping documents: a title and lines of text in
/// Helvetica on an A6 page, the size of a parcel label. No Gui classes are needed (DESIGN.md), and
/// every viewer opens the result: it has a correct cross-reference table.
class SandboxPdf final
{
public:
    /// Lines beyond what fits are left out, long ones cut short; characters WinAnsi lacks become '?'.
    static QByteArray onePage(const QString &title, const QStringList &lines);
};

} // namespace ShopDesk
