#include "languageloader.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include "core/logging.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

bool LanguageLoader::install(QCoreApplication &app, const QLocale &locale)
{
    QLocale::setDefault(locale);
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    else
        qCDebug(lcUi) << "no Qt translation for" << locale.name();

    auto *translator = new QTranslator(&app);
    if (!translator->load(locale, u"shopdesk"_s, u"_"_s, u":/i18n"_s)) {
        qCDebug(lcUi) << "no ShopDesk translation for" << locale.name();
        return false;
    }
    QCoreApplication::installTranslator(translator);
    return true;
}

} // namespace ShopDesk
