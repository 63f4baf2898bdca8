#include "stringpool.h"

namespace ShopDesk {

void StringPool::intern(QString &text)
{
    if (text.isEmpty())
        return;
    const auto pooled = m_strings.constFind(text);
    if (pooled == m_strings.cend())
        m_strings.insert(text);
    else
        text = *pooled; // the caller's copy goes, the shared one stays
}

} // namespace ShopDesk
