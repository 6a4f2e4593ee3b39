#include "Cookie.h"

#include "Duration.h"

QString Cookie::patternPrefix() const {
    QString prefix = name;
    while (prefix.endsWith(QLatin1Char('*')))
        prefix.chop(1);
    return prefix;
}

QString Cookie::purpose(const QString &language) const {
    return language == QLatin1String("en") ? purposeEn : purposeFr;
}

void Cookie::setPurpose(const QString &language, const QString &text) {
    if (language == QLatin1String("en"))
        purposeEn = text;
    else
        purposeFr = text;
}

std::optional<double> Cookie::durationDays() const {
    return Duration::parseDays(duration);
}

bool Cookie::defaultConsentExempt(Category category) {
    return category == Category::Necessary;
}

bool Cookie::consentExempt() const {
    return consentExemptOverride.value_or(defaultConsentExempt(category));
}

bool Cookie::sameContent(const Cookie &other) const {
    return provider == other.provider && service == other.service && location == other.location &&
           name == other.name && purposeFr == other.purposeFr && purposeEn == other.purposeEn &&
           category == other.category && party == other.party && domain == other.domain &&
           duration == other.duration && storage == other.storage &&
           privacyUrl == other.privacyUrl && consentExemptOverride == other.consentExemptOverride &&
           notes == other.notes;
}
