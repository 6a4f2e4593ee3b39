#pragma once

#include <QString>

// One finding of the validation rules about a cookie (or the registry as a whole).
struct Problem {
    enum class Severity { Error, Warning, Info };
    Severity severity = Severity::Error;
    qint64 cookieId = 0;
    QString field; // CookieField key, empty for the whole row
    QString message;
    QString rule; // the rule's stable id (Rules.h): "cnil-exempt-lifetime"
    // The site has switched the rule off: this finding (severity Info, cookie 0) stands for all
    // of the rule's findings, which no longer count, and its message gives the recorded reason.
    bool switchedOff = false;

    bool isError() const { return severity == Severity::Error; }
    bool isWarning() const { return severity == Severity::Warning; }
};
