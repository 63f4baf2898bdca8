#pragma once

#include <QLocale>

class QCoreApplication;

namespace ShopDesk {

/// Installs ShopDesk's translation and Qt's own (so standard dialogs speak the same language).
class LanguageLoader final
{
public:
    /// Returns false when ShopDesk has no translation for the locale; English is used then.
    static bool install(QCoreApplication &app, const QLocale &locale);
};

} // namespace ShopDesk
