#pragma once

#include "Audit.h"

#include <QByteArray>
#include <QStringList>

// What `discover` and `audit` write: for people (the window, a table) and for machines (CSV,
// JSON, and JUnit XML for a web team's CI).
namespace AuditReport {

QByteArray observedCsv(const QList<ObservedCookie> &observed);
QByteArray observedJson(const QList<ObservedCookie> &observed);

QByteArray json(const AuditResult &result, const QString &site, const QStringList &captures);
QByteArray junit(const AuditResult &result, const QString &site);
// A page a reviewer reads; every value escaped, as the charter's are.
QByteArray html(const AuditResult &result, const QString &site, const QStringList &captures);

} // namespace AuditReport
