#pragma once

#include <QString>

namespace ShopDesk {

/// A listing's description between what the seller types and the HTML the API takes (reference
/// section 5.1: `<p>`, `<ul>`, `<li>`, `<br>`, … only).
class DescriptionHtml final
{
public:
    /// Paragraphs are separated by blank lines; lines starting with "- " or "• " become a list.
    static QString fromPlainText(const QString &text);
};

} // namespace ShopDesk
