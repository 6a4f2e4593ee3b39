#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace Translations {

namespace {

const auto organisation = QStringLiteral("cookie-charter");
const auto key = QStringLiteral("interface/language");

} // namespace

QString chosenLanguage() {
    const QString language = QSettings(organisation, organisation).value(key).toString();
    return language == QLatin1String("fr") || language == QLatin1String("en") ? language
                                                                              : QString();
}

void setChosenLanguage(const QString &language) {
    QSettings(organisation, organisation).setValue(key, language);
}

void install(QCoreApplication &application) {
    // The interface language chosen in the preferences, else the system's.
    const QString chosen = chosenLanguage();
    const QLocale locale = chosen == QLatin1String("fr")   ? QLocale(QLocale::French)
                           : chosen == QLatin1String("en") ? QLocale(QLocale::English)
                                                           : QLocale();
    auto *ours = new QTranslator(&application);
    if (ours->load(locale, QStringLiteral("cookie-charter"), QStringLiteral("_"),
                   QStringLiteral(":/i18n")) ||
        ours->load(QStringLiteral(":/i18n/cookie-charter_en.qm")))
        QCoreApplication::installTranslator(ours);
    auto *qt = new QTranslator(&application);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

} // namespace Translations
