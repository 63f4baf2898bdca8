#pragma once

#include <QSet>
#include <QString>

namespace ShopDesk {

/// Makes equal texts share one copy: 100,000 orders then hold a few hundred product names and
/// currencies instead of one copy each. Only worth it for texts that repeat; a lookup costs more
/// than it saves for a text seen once.
class StringPool final
{
public:
    /// Replaces `text` with the pool's copy of it, which it becomes if there is none yet.
    void intern(QString &text);
    qsizetype size() const { return m_strings.size(); }

private:
    QSet<QString> m_strings;
};

} // namespace ShopDesk
