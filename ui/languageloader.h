#pragma once

#include <QLocale>

class QCoreApplication;

namespace ShopDesk {

/// Installs ShopDesk's translation and Qt's own (so standard dialogs speak the same language).
class LanguageLoader final
{
public:
    /// Replaces the translations installed before, so the language can change while ShopDesk runs.
    /// Returns false when ShopDesk has no translation for the locale; English is used then.
    static bool install(QCoreApplication &app, const QLocale &locale);
    /// The locale for a language preference: empty follows the system.
    static QLocale localeFor(const QString &language);
};

} // namespace ShopDesk
