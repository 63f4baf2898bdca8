#include "pdfmerger.h"

#include <memory>

// ShopDesk uses qpdf's std::shared_ptr API only (qpdf/PointerHolder.hh).
#define POINTERHOLDER_TRANSITION 4

#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFWriter.hh>

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

std::unique_ptr<QPDF> open(const QByteArray &document, int index)
{
    auto pdf = std::make_unique<QPDF>();
    pdf->setSuppressWarnings(true);
    const std::string name = "document " + std::to_string(index + 1);
    pdf->processMemoryFile(name.c_str(), document.constData(), size_t(document.size()));
    return pdf;
}

} // namespace

Result<QByteArray> PdfMerger::merge(const QList<QByteArray> &documents)
{
    if (documents.isEmpty())
        return Error{u"there is nothing to merge"_s, u"pdf"_s};
    // qpdf reports damaged input with exceptions; each becomes an error naming the document.
    int current = 0;
    try {
        QPDF merged;
        merged.emptyPDF();
        QPDFPageDocumentHelper target(merged);
        // The sources must live until the merged file is written: their pages are copied lazily.
        std::vector<std::unique_ptr<QPDF>> sources;
        for (current = 0; current < documents.size(); ++current) {
            sources.push_back(open(documents.at(current), current));
            for (QPDFPageObjectHelper &page : QPDFPageDocumentHelper(*sources.back()).getAllPages())
                target.addPage(page, false);
        }
        current = -1;
        QPDFWriter writer(merged);
        writer.setOutputMemory();
        writer.write();
        const std::shared_ptr<Buffer> buffer = writer.getBufferSharedPointer();
        return QByteArray(reinterpret_cast<const char *>(buffer->getBuffer()), qsizetype(buffer->getSize()));
    } catch (const std::exception &error) {
        const QString where = current >= 0 ? u"document %1"_s.arg(current + 1) : u"pdf"_s;
        return Error{u"not a readable PDF: %1"_s.arg(QString::fromUtf8(error.what())), where};
    }
}

Result<int> PdfMerger::pageCount(const QByteArray &document)
{
    try {
        return int(QPDFPageDocumentHelper(*open(document, 0)).getAllPages().size());
    } catch (const std::exception &error) {
        return Error{u"not a readable PDF: %1"_s.arg(QString::fromUtf8(error.what())), u"pdf"_s};
    }
}

} // namespace ShopDesk
