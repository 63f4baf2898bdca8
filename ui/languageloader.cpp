#include "languageloader.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include "core/logging.h"

using namespace Qt::StringLiterals;

namespace ShopDesk {

namespace {

const QString translatorName = u"shopdeskTranslator"_s;

} // namespace

bool LanguageLoader::install(QCoreApplication &app, const QLocale &locale)
{
    for (QTranslator *previous : app.findChildren<QTranslator *>(translatorName, Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(previous);
        delete previous;
    }
    QLocale::setDefault(locale);
    auto *qtTranslator = new QTranslator(&app);
    qtTranslator->setObjectName(translatorName);
    if (qtTranslator->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    else
        qCDebug(lcUi) << "no Qt translation for" << locale.name();

    auto *translator = new QTranslator(&app);
    translator->setObjectName(translatorName);
    if (!translator->load(locale, u"shopdesk"_s, u"_"_s, u":/i18n"_s)) {
        qCDebug(lcUi) << "no ShopDesk translation for" << locale.name();
        return false;
    }
    QCoreApplication::installTranslator(translator);
    return true;
}

QLocale LanguageLoader::localeFor(const QString &language)
{
    return language.isEmpty() ? QLocale::system() : QLocale(language);
}

} // namespace ShopDesk
