#pragma once

#include "Problem.h"

#include <QList>
#include <QString>
#include <QStringList>

// The registry's rules, each with a stable id (scripts and switches name it), a severity, a
// summary in French and English (translated), and the text it comes from: the CNIL's
// guidelines and recommendation on cookies (deliberations 2020-091 and 2020-092), or our own
// reasoning where no text applies. Validator applies them; `validate --rules` lists them.
struct Rule {
    const char *id;
    Problem::Severity severity;
    const char *summary; // QT_TRANSLATE_NOOP("Rules", ...)
    const char *source;  // QT_TRANSLATE_NOOP("Rules", ...)

    QString translatedSummary() const;
    QString translatedSource() const;
};

namespace Rules {

const QList<Rule> &all();
const Rule *find(const QString &id);
// The ids as strings, in the order of all(); and where an id stands there (-1: nowhere).
const QStringList &ids();
qsizetype indexOf(const char *id);
QString severityKey(Problem::Severity severity);   // "error", "warning", "information"
QString severityLabel(Problem::Severity severity); // translated

} // namespace Rules
