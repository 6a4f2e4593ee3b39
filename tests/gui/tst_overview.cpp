#include "Dialogs.h"
#include "MainWindow.h"
#include "Overview.h"
#include "OverviewDialog.h"
#include "ProblemModel.h"
#include "Publisher.h"
#include "RegistryModel.h"
#include "SiteDialog.h"
#include "Store.h"

#include "GuiTestSupport.h"

#include <QAbstractBarSeries>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

// View > Overview: the numbers against a store built here, the table under every chart, a bar
// clicked that filters the registry table, Save as, and the rules switched off in the problems
// panel. Driven by objectName.
namespace {

Cookie cookie(qint64 siteId, const QString &provider, const QString &name, Category category,
              Party party, const QString &duration) {
    Cookie c;
    c.siteId = siteId;
    c.provider = provider;
    c.service = QStringLiteral("Service");
    c.name = name;
    c.purposeFr = QStringLiteral("Finalité");
    c.purposeEn = QStringLiteral("Purpose");
    c.category = category;
    c.party = party;
    c.duration = duration;
    if (party == Party::Third)
        c.privacyUrl = QStringLiteral("https://example.com/privacy");
    return c;
}

int barCount(const QList<Overview::Bar> &bars, const QString &key) {
    for (const Overview::Bar &bar : bars) {
        if (bar.key == key)
            return bar.count;
    }
    return -1;
}

} // namespace

class TestOverview : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { TestSupport::isolateSettings(); }
    void init();
    void cleanup();
    void theNumbersOfAStoreBuiltHere();
    void everyChartHasItsTable();
    void aBarClickedFiltersTheRegistry();
    void saveAsPngSvgAndPdf();
    void theProblemsPanelSwitchesARuleOffWithAReason();
    void theSiteDialogSetsTheConsentDays();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    qint64 m_a = 0;
    qint64 m_b = 0;
};

// Site a.fr: 3 Matomo statistics (first party, 13 months), 2 Google marketing (third, 2 years,
// one without a privacy link), 1 session cookie, 1 cookie with an unreadable duration; published
// twice (6 then 7 cookies). Site b.fr: 2 cookies, one of them Matomo's _pk_id as marketing.
void TestOverview::init() {
    Dialogs::clearShownMessages();
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<Store>();
    QVERIFY(m_store->create(m_dir->filePath(QStringLiteral("s.cookiestore")), nullptr));
    m_store->setUserName(QStringLiteral("dpo"));
    Site a;
    a.name = QStringLiteral("a.fr");
    a.languages = QStringList{QStringLiteral("fr"), QStringLiteral("en")};
    QVERIFY(m_store->addSite(a).ok());
    Site b;
    b.name = QStringLiteral("b.fr");
    b.languages = QStringList{QStringLiteral("fr"), QStringLiteral("en")};
    QVERIFY(m_store->addSite(b).ok());
    m_a = a.id;
    m_b = b.id;
    QList<Cookie> cookies{
        cookie(m_a, QStringLiteral("Matomo"), QStringLiteral("_pk_id"), Category::Statistics,
               Party::First, QStringLiteral("13 mois")),
        cookie(m_a, QStringLiteral("Matomo"), QStringLiteral("_pk_ses"), Category::Statistics,
               Party::First, QStringLiteral("30 minutes")),
        cookie(m_a, QStringLiteral("Matomo"), QStringLiteral("_pk_ref"), Category::Statistics,
               Party::First, QStringLiteral("6 mois")),
        cookie(m_a, QStringLiteral("Google"), QStringLiteral("IDE"), Category::Marketing,
               Party::Third, QStringLiteral("2 ans")),
        cookie(m_a, QStringLiteral("Google"), QStringLiteral("NID"), Category::Marketing,
               Party::Third, QStringLiteral("2 ans")),
        cookie(m_a, QStringLiteral("Opendatasoft"), QStringLiteral("sessionid"),
               Category::Necessary, Party::First, QStringLiteral("session")),
    };
    cookies[4].privacyUrl.clear(); // third-party-privacy-link
    QVERIFY(m_store->addCookies(cookies).ok());
    Publisher::Options options;
    QCOMPARE(Publisher::publish(*m_store, a, *m_store, options).status,
             Publisher::Outcome::Status::Published);
    Cookie odd = cookie(m_a, QStringLiteral("Opendatasoft"), QStringLiteral("lang"),
                        Category::Preferences, Party::First, QStringLiteral("forever"));
    QVERIFY(m_store->addCookie(odd).ok());
    QCOMPARE(Publisher::publish(*m_store, a, *m_store, options).status,
             Publisher::Outcome::Status::Published);
    QList<Cookie> others{cookie(m_b, QStringLiteral("Matomo"), QStringLiteral("_pk_id"),
                                Category::Marketing, Party::First, QStringLiteral("13 mois")),
                         cookie(m_b, QStringLiteral("Opendatasoft"), QStringLiteral("sessionid"),
                                Category::Necessary, Party::First, QStringLiteral("session"))};
    QVERIFY(m_store->addCookies(others).ok());
}

void TestOverview::cleanup() {
    m_store.reset();
    m_dir.reset();
}

void TestOverview::theNumbersOfAStoreBuiltHere() {
    Overview::Data data;
    QList<Overview::SiteFindings> findings;
    QString error;
    QVERIFY2(Overview::read(*m_store, m_a, &data, &findings, &error), qPrintable(error));
    QCOMPARE(data.scope, QStringLiteral("a.fr"));
    QCOMPARE(data.cookies, 7);
    QCOMPARE(barCount(data.categories, QStringLiteral("statistics")), 3);
    QCOMPARE(barCount(data.categories, QStringLiteral("marketing")), 2);
    QCOMPARE(barCount(data.categories, QStringLiteral("necessary")), 1);
    QCOMPARE(barCount(data.categories, QStringLiteral("preferences")), 1);
    QCOMPARE(barCount(data.categories, QStringLiteral("unclassified")), 0);
    QCOMPARE(barCount(data.parties, QStringLiteral("first")), 5);
    QCOMPARE(barCount(data.parties, QStringLiteral("third")), 2);
    QCOMPARE(data.providers.size(), 3);
    QCOMPARE(data.providers.at(0).label, QStringLiteral("Matomo"));
    QCOMPARE(data.providers.at(0).count, 3);
    QCOMPARE(data.providers.at(1).label, QStringLiteral("Google")); // 2, before Opendatasoft: name
    QCOMPARE(barCount(data.lifetimes, QStringLiteral("session")), 1);
    QCOMPARE(barCount(data.lifetimes, QStringLiteral("day")), 1);       // 30 minutes
    QCOMPARE(barCount(data.lifetimes, QStringLiteral("6-months")), 1);  // 6 mois
    QCOMPARE(barCount(data.lifetimes, QStringLiteral("13-months")), 1); // 13 mois, the limit
    QCOMPARE(barCount(data.lifetimes, QStringLiteral("25-months")), 2); // 2 ans
    QCOMPARE(barCount(data.lifetimes, QStringLiteral("unknown")), 1);   // forever
    QCOMPARE(data.lifetimes.at(data.lifetimeLimitAfter).key, QStringLiteral("13-months"));
    QCOMPARE(barCount(data.rules, QStringLiteral("third-party-privacy-link")), 1);
    QCOMPARE(barCount(data.rules, QStringLiteral("duration-unreadable")), 1);
    QCOMPARE(data.errors, 0);
    QCOMPARE(data.publications.size(), 1);
    QCOMPARE(data.publications.constFirst().points.size(), 2);
    QCOMPARE(data.publications.constFirst().points.at(0).cookies, 6);
    QCOMPARE(data.publications.constFirst().points.at(1).cookies, 7);

    // Every site: the rules across sites too (Matomo's _pk_id is statistics here, marketing
    // there), and a switch counts as switched off, not as findings.
    RuleSwitch off{
        m_a, QStringLiteral("third-party-privacy-link"), QStringLiteral("reason"), {}, {}, 0};
    QVERIFY(m_store->switchRuleOff(off).ok());
    QVERIFY(Overview::read(*m_store, 0, &data, &findings, &error));
    QCOMPARE(data.sites, 2);
    QCOMPARE(data.cookies, 9);
    QCOMPARE(barCount(data.rules, QStringLiteral("cross-site-category")), 1);
    QCOMPARE(barCount(data.rules, QStringLiteral("third-party-privacy-link")), -1);
    QCOMPARE(data.switchedOff, 1);
    QCOMPARE(data.information, 1);
    QCOMPARE(data.providers.at(0).count, 4); // Matomo, on both sites
}

void TestOverview::everyChartHasItsTable() {
    OverviewDialog dialog(m_store.get(), m_a);
    auto *summary = CC_CHILD(QLabel, &dialog, QStringLiteral("overviewSummary"));
    QVERIFY2(summary->text().contains(QLatin1String("7 cookie")), qPrintable(summary->text()));
    for (const char *name : {"category", "party", "provider", "lifetime", "rule", "publications"}) {
        auto *view = CC_CHILD(QChartView, &dialog, QStringLiteral("chart_") + QLatin1String(name));
        QVERIFY(view->chart());
        QVERIFY(!view->accessibleName().isEmpty());
        auto *table =
            CC_CHILD(QTableWidget, &dialog, QStringLiteral("table_") + QLatin1String(name));
        QVERIFY(!table->accessibleName().isEmpty());
        QVERIFY2(table->rowCount() > 0, name);
        QAbstractItemModelTester tester(table->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
    }
    auto *categories = CC_CHILD(QTableWidget, &dialog, QStringLiteral("table_category"));
    QCOMPARE(categories->horizontalHeaderItem(1)->text(), QStringLiteral("Cookies"));
    QCOMPARE(categories->item(2, 0)->text(), QStringLiteral("Statistics"));
    QCOMPARE(categories->item(2, 1)->text(), QStringLiteral("3"));
    auto *lifetimes = CC_CHILD(QTableWidget, &dialog, QStringLiteral("table_lifetime"));
    bool line = false;
    for (int row = 0; row < lifetimes->rowCount(); ++row)
        line = line || lifetimes->item(row, 0)->text().contains(QLatin1String("13 months"));
    QVERIFY(line); // the 13-month line, said in the table too
    auto *publications = CC_CHILD(QTableWidget, &dialog, QStringLiteral("table_publications"));
    QCOMPARE(publications->rowCount(), 2);
    QCOMPARE(publications->item(1, 3)->text(), QStringLiteral("7"));

    // Every site.
    auto *scope = CC_CHILD(QComboBox, &dialog, QStringLiteral("overviewScope"));
    scope->setCurrentIndex(1);
    QVERIFY2(summary->text().contains(QLatin1String("9 cookie")), qPrintable(summary->text()));
}

void TestOverview::aBarClickedFiltersTheRegistry() {
    MainWindow window(m_store.get());
    window.resize(1300, 850);
    window.show();
    window.selectSite(m_a);
    QTRY_VERIFY(!window.registryModel()->isLoading());
    QCOMPARE(window.registryModel()->visibleCount(), 7);
    auto *action = CC_CHILD(QAction, &window, QStringLiteral("overviewAction"));
    action->trigger();
    auto *dialog = window.findChild<OverviewDialog *>(QStringLiteral("overviewDialog"));
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto *view = CC_CHILD(QChartView, dialog, QStringLiteral("chart_category"));
    QTRY_VERIFY(view->isVisible());

    // Click, with the mouse, the middle of the Marketing bar.
    auto *series = qobject_cast<QAbstractBarSeries *>(view->chart()->series().constFirst());
    QVERIFY(series);
    const int categories = int(series->barSets().constFirst()->count());
    const int marketing = 3; // necessary, preferences, statistics, marketing, unclassified
    const QPointF middle = view->chart()->mapToPosition(
        QPointF(1.0, double(categories - 1 - marketing)), series); // horizontal: first on top
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                      view->mapFromScene(view->chart()->mapToScene(middle)));
    auto *chip = CC_CHILD(QToolButton, &window, QStringLiteral("cookieFilterButton"));
    QTRY_COMPARE(window.registryModel()->visibleCount(), 2);
    for (int row = 0; row < 2; ++row)
        QCOMPARE(window.registryModel()->cookieAt(row).category, Category::Marketing);
    QVERIFY(chip->isVisible());
    QVERIFY2(chip->text().contains(QLatin1String("Marketing")), qPrintable(chip->text()));

    // A rule's bar: the cookies with a finding of that rule.
    dialog->activate(OverviewCharts::Chart::Rule, 0);
    QVERIFY(chip->text().contains(QLatin1String("third-party-privacy-link")) ||
            chip->text().contains(QLatin1String("duration-unreadable")));
    QCOMPARE(window.registryModel()->visibleCount(), 1);
    // The lifetime bucket over 13 months: the two Google cookies.
    dialog->activate(OverviewCharts::Chart::Lifetime, 5);
    QCOMPARE(window.registryModel()->visibleCount(), 2);
    QCOMPARE(window.registryModel()->cookieAt(0).provider, QStringLiteral("Google"));

    // The chip shows everything again.
    QTest::mouseClick(chip, Qt::LeftButton);
    QCOMPARE(window.registryModel()->visibleCount(), 7);
    QVERIFY(!chip->isVisible());
}

void TestOverview::saveAsPngSvgAndPdf() {
    OverviewDialog dialog(m_store.get(), m_a);
    QString error;
    const QString png = m_dir->filePath(QStringLiteral("o.png"));
    QVERIFY2(dialog.saveAs(png, &error), qPrintable(error));
    QImage image(png);
    QCOMPARE(image.size(), OverviewCharts::pageSize() * 2);
    const QString svg = m_dir->filePath(QStringLiteral("o.svg"));
    QVERIFY2(dialog.saveAs(svg, &error), qPrintable(error));
    const QString drawing = QString::fromUtf8(TestSupport::readAll(svg));
    QVERIFY(drawing.contains(QLatin1String("<svg")));
    QVERIFY(drawing.contains(QLatin1String("Cookie registry overview: a.fr")));
    const QString pdf = m_dir->filePath(QStringLiteral("o.pdf"));
    QVERIFY2(dialog.saveAs(pdf, &error), qPrintable(error));
    if (!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
        QProcess process;
        process.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(process.waitForFinished(30000));
        const QString text = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(text.contains(QLatin1String("Top providers")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("Matomo")));
    }
    // Any other name: refused, nothing written.
    const QString other = m_dir->filePath(QStringLiteral("o.docx"));
    QVERIFY(!dialog.saveAs(other, &error));
    QVERIFY(error.contains(QLatin1String(".png")));
    QVERIFY(!QFile::exists(other));
}

void TestOverview::theProblemsPanelSwitchesARuleOffWithAReason() {
    MainWindow window(m_store.get());
    window.selectSite(m_a);
    QTRY_VERIFY(!window.registryModel()->isLoading());
    window.updateProblemsNow();
    ProblemModel *problems = window.problemModel();
    auto rowOf = [problems](const QString &rule, bool switchedOff) {
        for (int row = 0; row < problems->rowCount(); ++row) {
            const QModelIndex index = problems->index(row, 0);
            if (index.data(ProblemModel::RuleRole).toString() == rule &&
                index.data(ProblemModel::SwitchedOffRole).toBool() == switchedOff)
                return row;
        }
        return -1;
    };
    QVERIFY(rowOf(QStringLiteral("third-party-privacy-link"), false) >= 0);

    // Cancelled, or no reason: nothing switched off.
    Dialogs::answerNext(QStringLiteral("<cancel>"));
    window.switchRuleOff(QStringLiteral("third-party-privacy-link"));
    QVERIFY(m_store->ruleSwitches(m_a).isEmpty());
    Dialogs::answerNext(QStringLiteral("   "));
    Dialogs::answerNext(QStringLiteral("ok")); // the warning
    window.switchRuleOff(QStringLiteral("third-party-privacy-link"));
    QVERIFY(m_store->ruleSwitches(m_a).isEmpty());
    QVERIFY(Dialogs::shownMessages().constLast().contains(QLatin1String("with a reason")));
    const QString reason = QStringLiteral("Google's policy is linked from the charter's footer");
    Dialogs::answerNext(reason);
    window.switchRuleOff(QStringLiteral("third-party-privacy-link"));
    QCOMPARE(m_store->ruleSwitches(m_a).size(), 1);
    QCOMPARE(m_store->ruleSwitches(m_a).constFirst().reason, reason);
    window.updateProblemsNow();
    QCOMPARE(rowOf(QStringLiteral("third-party-privacy-link"), false), -1);
    const int row = rowOf(QStringLiteral("third-party-privacy-link"), true);
    QVERIFY(row >= 0);
    QVERIFY(problems->index(row, ProblemModel::MessageColumn).data().toString().contains(reason));
    QVERIFY(problems->index(row, ProblemModel::CookieColumn)
                .data()
                .toString()
                .contains(QLatin1String("third-party-privacy-link")));
    // Activating that line (about the site, not a cookie) leaves the table's filters alone.
    auto *search = CC_CHILD(QLineEdit, &window, QStringLiteral("searchEdit"));
    search->setText(QStringLiteral("Google"));
    QCOMPARE(window.registryModel()->visibleCount(), 2);
    auto *view = CC_CHILD(QTreeView, &window, QStringLiteral("problemsView"));
    Q_EMIT view->activated(problems->index(row, 0));
    QCOMPARE(search->text(), QStringLiteral("Google"));
    QCOMPARE(window.registryModel()->visibleCount(), 2);

    // Back on.
    window.switchRuleOn(QStringLiteral("third-party-privacy-link"));
    QVERIFY(m_store->ruleSwitches(m_a).isEmpty());
    window.updateProblemsNow();
    QVERIFY(rowOf(QStringLiteral("third-party-privacy-link"), false) >= 0);
}

void TestOverview::theSiteDialogSetsTheConsentDays() {
    Site site = *m_store->site(m_a);
    SiteDialog dialog(site);
    auto *days = CC_CHILD(QSpinBox, &dialog, QStringLiteral("consentDaysSpin"));
    QCOMPARE(days->value(), 0);
    QVERIFY(days->text().contains(QLatin1String("182"))); // not set: what the banner keeps
    days->setValue(390);
    site = dialog.site();
    QCOMPARE(site.consentDays, 390);
    QVERIFY(m_store->updateSite(site).ok());
    // The problems panel says it, about the site.
    MainWindow window(m_store.get());
    window.selectSite(m_a);
    QTRY_VERIFY(!window.registryModel()->isLoading());
    window.updateProblemsNow();
    bool said = false;
    for (int row = 0; row < window.problemModel()->rowCount(); ++row) {
        const QModelIndex index = window.problemModel()->index(row, ProblemModel::MessageColumn);
        said = said || (index.data(ProblemModel::RuleRole).toString() ==
                            QLatin1String("consent-lifetime") &&
                        index.data().toString().contains(QLatin1String("390 days")));
    }
    QVERIFY(said);
}

QTEST_MAIN(TestOverview)
#include "tst_overview.moc"
