#include "sandboxpdf.h"

#include <QList>

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

// A6 in points.
constexpr int pageWidth = 298;
constexpr int pageHeight = 420;
constexpr int margin = 20;
constexpr int titleSize = 14;
constexpr int textSize = 9;
constexpr int leading = 12;
constexpr qsizetype maxLines = 28;
constexpr qsizetype maxLineLength = 58;

/// A PDF literal string in WinAnsiEncoding, which matches Latin-1 from 0xA0 on.
QByteArray literal(const QString &text)
{
    QString line = text;
    if (line.size() > maxLineLength)
        line = line.left(maxLineLength - 3) + u"...";
    QByteArray out = "(";
    for (QChar c : line) {
        const char16_t u = c.unicode();
        if (u == u'\\' || u == u'(' || u == u')')
            out += '\\';
        if (u == u'\u2013' || u == u'\u2014')
            out += '-';
        else if ((u >= 0x20 && u < 0x7F) || (u >= 0xA0 && u <= 0xFF))
            out += static_cast<char>(u);
        else
            out += '?';
    }
    return out + ')';
}

QByteArray contentStream(const QString &title, const QStringList &lines)
{
    QByteArray stream = "BT\n/F1 " + QByteArray::number(titleSize) + " Tf\n" + QByteArray::number(margin) + ' '
        + QByteArray::number(pageHeight - margin - titleSize) + " Td\n" + literal(title) + " Tj\n/F1 "
        + QByteArray::number(textSize) + " Tf\n" + QByteArray::number(leading) + " TL\nT* T*\n";
    for (const QString &line : lines.mid(0, maxLines))
        stream += literal(line) + " Tj T*\n";
    return stream + "ET\n";
}

} // namespace

QByteArray SandboxPdf::onePage(const QString &title, const QStringList &lines)
{
    const QByteArray stream = contentStream(title, lines);
    const QList<QByteArray> objects{
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + QByteArray::number(pageWidth) + ' '
            + QByteArray::number(pageHeight) + "] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        "<< /Length " + QByteArray::number(stream.size()) + " >>\nstream\n" + stream + "endstream",
        "<< /Title " + literal(title) + " /Producer (ShopDesk sandbox) >>",
    };
    // The binary comment line tells transfer tools that the file is not plain text.
    QByteArray pdf = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    // Every entry is exactly 20 bytes, as the format requires.
    for (qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R /Info "
        + QByteArray::number(objects.size()) + " 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

} // namespace ShopDesk
