#include "OverviewReport.h"

#include "OverviewCharts.h"
#include "Rules.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImage>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>
#include <QTextDocument>
#include <QUrl>

#include <map>

namespace {

QString esc(const QString &text) {
    return text.toHtmlEscaped();
}

constexpr QSize chartSize(680, 340);
constexpr QSize printedSize(500, 250); // an A4 page's text area: 180 mm, about 510 points

QString tableHtml(const OverviewCharts::Table &table) {
    QString html = QStringLiteral("<table class=\"numbers\" border=\"1\" cellspacing=\"0\" "
                                  "cellpadding=\"4\"><thead><tr>");
    for (const QString &header : table.headers)
        html += QStringLiteral("<th>%1</th>").arg(esc(header));
    html += QStringLiteral("</tr></thead><tbody>");
    for (const QStringList &row : table.rows) {
        html += QStringLiteral("<tr>");
        for (qsizetype i = 0; i < row.size(); ++i)
            html += (i == 0 ? QStringLiteral("<td>%1</td>")
                            : QStringLiteral("<td align=\"right\">%1</td>"))
                        .arg(esc(row.at(i)));
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</tbody></table>");
}

// The rules switched off and the problems, site by site, rule by rule.
QString problemsHtml(const OverviewReport::Input &input) {
    QString html = QStringLiteral("<h2>%1</h2>")
                       .arg(esc(QCoreApplication::translate("OverviewReport", "Problems")));
    const QLocale locale;
    bool any = false;
    for (const Overview::SiteFindings &site : input.sites) {
        // rule id -> its findings, in the catalogue's order (errors first within it).
        std::map<qsizetype, QList<const Problem *>> byRule;
        for (const Problem &problem : site.problems) {
            if (problem.switchedOff)
                continue;
            byRule[Rules::ids().indexOf(problem.rule)].append(&problem);
        }
        if (byRule.empty() && site.switches.isEmpty())
            continue;
        any = true;
        if (input.sites.size() > 1)
            html += QStringLiteral("<h3>%1</h3>").arg(esc(site.site));
        if (!site.switches.isEmpty()) {
            html +=
                QStringLiteral("<p><b>%1</b></p><ul>")
                    .arg(esc(QCoreApplication::translate("OverviewReport", "Rules switched off")));
            for (const RuleSwitch &off : site.switches)
                html += QStringLiteral("<li>%1</li>")
                            .arg(esc(
                                QCoreApplication::translate("OverviewReport", "%1, by %2 on %3: %4")
                                    .arg(off.rule, off.switchedBy, off.switchedAt.left(10),
                                         off.reason)));
            html += QStringLiteral("</ul>");
        }
        for (const auto &[index, problems] : byRule) {
            const Rule *rule = index >= 0 ? &Rules::all().at(index) : nullptr;
            const QString id = problems.constFirst()->rule;
            html += QStringLiteral("<p><b>%1</b> (%2, %3): %4</p><ul>")
                        .arg(esc(id), esc(Rules::severityLabel(problems.constFirst()->severity)),
                             esc(QCoreApplication::translate("OverviewReport", "%n finding(s)",
                                                             nullptr, int(problems.size()))),
                             esc(rule ? rule->translatedSummary() : QString()));
            for (qsizetype i = 0; i < problems.size() && i < OverviewReport::cookiesListedPerRule;
                 ++i) {
                const Problem &problem = *problems.at(i);
                const QString who = problem.cookieId == 0
                                        ? QCoreApplication::translate("OverviewReport", "the site")
                                        : site.cookieNames.value(problem.cookieId);
                html +=
                    QStringLiteral("<li><b>%1</b>: %2</li>").arg(esc(who), esc(problem.message));
            }
            if (problems.size() > OverviewReport::cookiesListedPerRule)
                html +=
                    QStringLiteral("<li>%1</li>")
                        .arg(esc(QCoreApplication::translate("OverviewReport", "and %1 more")
                                     .arg(locale.toString(int(problems.size()) -
                                                          OverviewReport::cookiesListedPerRule))));
            html += QStringLiteral("</ul>");
        }
    }
    if (!any)
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(QCoreApplication::translate("OverviewReport",
                                                         "No problem: every rule is met.")));
    return html;
}

QString header(const OverviewReport::Input &input) {
    return QStringLiteral("<h1>%1</h1><p>%2</p><p class=\"summary\"><b>%3</b></p>")
        .arg(esc(QCoreApplication::translate("OverviewReport", "Cookie registry overview: %1")
                     .arg(input.data.scope)),
             esc(QCoreApplication::translate("OverviewReport", "Made by Cookie Charter on %1")
                     .arg(input.generatedAt)),
             esc(OverviewCharts::summary(input.data)));
}

} // namespace

namespace OverviewReport {

QString summaryLine(const Input &input) {
    return OverviewCharts::summary(input.data);
}

QByteArray html(const Input &input) {
    QString page =
        QStringLiteral(
            "<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\"><title>%2</title>"
            "<style>body{font-family:sans-serif;max-width:60em;margin:2em auto;padding:0 1em;"
            "color:#222}table{border-collapse:collapse;margin:.5em 0 1.5em}th,td{border:1px solid "
            "#bbb;padding:.25em .6em}th{background:#eee;text-align:left}figure{margin:1.5em 0 0}"
            "svg{max-width:100%;height:auto}.summary{font-size:1.15em}</style></head><body>\n")
            .arg(QLocale().name().left(2),
                 esc(QCoreApplication::translate("OverviewReport", "Cookie registry overview: %1")
                         .arg(input.data.scope)));
    page += header(input);
    for (OverviewCharts::Chart chart : OverviewCharts::all()) {
        page += QStringLiteral("<figure><figcaption><h2>%1</h2></figcaption>\n")
                    .arg(esc(OverviewCharts::title(chart)));
        QBuffer svg;
        svg.open(QIODevice::WriteOnly);
        {
            QSvgGenerator generator;
            generator.setOutputDevice(&svg);
            generator.setSize(chartSize);
            generator.setViewBox(QRect(QPoint(0, 0), chartSize));
            generator.setTitle(OverviewCharts::title(chart));
            QPainter painter(&generator);
            OverviewCharts::paint(painter, QRectF(QPointF(0, 0), chartSize), input.data, chart,
                                  chartSize, false);
        }
        // The chart is a picture; the table below says the same in words.
        QByteArray bytes = svg.data();
        const qsizetype start = bytes.indexOf("<svg");
        page += QStringLiteral("<div role=\"img\" aria-label=\"%1\">")
                    .arg(esc(OverviewCharts::title(chart)));
        page += QString::fromUtf8(start >= 0 ? bytes.mid(start) : bytes);
        page += QStringLiteral("</div></figure>\n");
        page += tableHtml(OverviewCharts::table(input.data, chart)) + QLatin1Char('\n');
    }
    page += problemsHtml(input);
    page += QStringLiteral("\n</body></html>\n");
    return page.toUtf8();
}

QByteArray pdf(const Input &input) {
    QTextDocument document;
    document.setDefaultStyleSheet(QStringLiteral(
        "h1{font-size:18pt} h2{font-size:13pt;margin-top:14pt} table{margin-bottom:10pt} "
        "th{background:#eeeeee}"));
    QString body = header(input);
    int n = 0;
    for (OverviewCharts::Chart chart : OverviewCharts::all()) {
        QImage image(chartSize * 2, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            OverviewCharts::paint(painter, QRectF(QPointF(0, 0), chartSize * 2), input.data, chart,
                                  chartSize, false);
        }
        const QUrl name(QStringLiteral("chart:%1").arg(n++));
        document.addResource(QTextDocument::ImageResource, name, image);
        // One chart to a page, above its table, the page's width: no heading apart from its
        // chart.
        body += QStringLiteral("<h2%1>%2</h2><p><img src=\"%3\" width=\"%4\" height=\"%5\"></p>")
                    .arg(n > 1 ? QStringLiteral(" style=\"page-break-before: always\"") : QString(),
                         esc(OverviewCharts::title(chart)), name.toString())
                    .arg(printedSize.width())
                    .arg(printedSize.height());
        body += tableHtml(OverviewCharts::table(input.data, chart));
    }
    body += QStringLiteral("<div style=\"page-break-before: always\"></div>") + problemsHtml(input);
    document.setHtml(body);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(
            QCoreApplication::translate("OverviewReport", "Cookie registry overview: %1")
                .arg(input.data.scope));
        writer.setCreator(QStringLiteral("Cookie Charter"));
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setResolution(150);
        document.print(&writer);
    }
    return buffer.data();
}

} // namespace OverviewReport
