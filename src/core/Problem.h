#pragma once

#include <QString>

// One finding of the validation rules about a cookie (or the registry as a whole).
struct Problem {
    enum class Severity { Error, Warning };
    Severity severity = Severity::Error;
    qint64 cookieId = 0;
    QString field; // CookieField key, empty for the whole row
    QString message;

    bool isError() const { return severity == Severity::Error; }
};
