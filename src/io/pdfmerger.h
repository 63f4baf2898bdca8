#pragma once

#include <QByteArray>
#include <QList>

#include "core/result.h"

namespace ShopDesk {

/// Joins PDF files (shipping labels, packing slips) into one, pages in the order given, so that a
/// batch prints in one go. Built on qpdf, which reads what carriers produce (object streams,
/// compressed cross-reference tables) rather than only simple files.
class PdfMerger final
{
public:
    static Result<QByteArray> merge(const QList<QByteArray> &documents);
    static Result<int> pageCount(const QByteArray &document);
};

} // namespace ShopDesk
