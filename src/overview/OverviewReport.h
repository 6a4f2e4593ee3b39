#pragma once

#include "Overview.h"
#include "Problem.h"
#include "RuleSwitch.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

// `cookie-charter report`: the overview for a manager, as a PDF or an HTML page: the summary,
// every chart with its table, the rules switched off with their reasons, and the problems,
// rule by rule, naming the cookies.
namespace OverviewReport {

struct Input {
    Overview::Data data;
    QList<Overview::SiteFindings> sites;
    QString generatedAt; // shown under the title
};

constexpr int cookiesListedPerRule = 20;

QByteArray html(const Input &input);
QByteArray pdf(const Input &input);
// The summary line (the numbers of cookies, errors, warnings...).
QString summaryLine(const Input &input);

} // namespace OverviewReport
