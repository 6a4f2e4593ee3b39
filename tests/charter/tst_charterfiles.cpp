#include "CharterFiles.h"

#include <QDir>
#include <QFile>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

CharterDocument documentWith(int cookies) {
    Site site;
    site.name = QStringLiteral("exemple.fr");
    site.url = QStringLiteral("https://exemple.fr");
    QList<Cookie> list;
    for (int i = 0; i < cookies; ++i) {
        Cookie cookie;
        cookie.provider = QStringLiteral("Fournisseur %1").arg(i % 17);
        cookie.service = QStringLiteral("Service « %1 »").arg(i % 9);
        cookie.location = QStringLiteral("front office");
        cookie.name = QStringLiteral("_cookie_%1").arg(i);
        cookie.purposeFr = QStringLiteral("Mémoriser les choix d'affichage du visiteur (langue, "
                                          "thème, carte), pour une durée limitée. (réf. %1)")
                               .arg(i);
        cookie.category = Vocabulary::allCategories().at(i % 4);
        cookie.duration = QStringLiteral("13 mois");
        list.append(cookie);
    }
    return CharterDocument::build(site, list, {}, QStringLiteral("fr"), QDate(2026, 11, 29));
}

CharterDocument documentNamed(const QStringList &names) {
    Site site;
    site.name = QStringLiteral("opendata.clermont-ferrand.fr");
    QList<Cookie> list;
    for (const QString &name : names) {
        Cookie cookie;
        cookie.provider = QStringLiteral("Opendatasoft");
        cookie.service = QStringLiteral("Choix concernant les cookies");
        cookie.location = QStringLiteral("front et back office");
        cookie.name = name;
        cookie.purposeFr = QStringLiteral("Se souvenir du choix opéré par le visiteur concernant "
                                          "le dépôt des cookies sur son terminal");
        cookie.category = Category::Necessary;
        list.append(cookie);
    }
    return CharterDocument::build(site, list, {}, QStringLiteral("fr"), QDate(2026, 12, 1));
}

// The PDF's text as pdftotext (poppler-utils) reads it: what a search in a viewer finds.
QString pdfText(const QByteArray &pdf, const QString &folder) {
    const QString file = folder + QStringLiteral("/c.pdf");
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(pdf) != pdf.size())
        return QString();
    out.close();
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {file, QStringLiteral("-")});
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return QString();
    return QString::fromUtf8(process.readAllStandardOutput());
}

int pdfPages(const QByteArray &pdf) {
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page[^s]"));
    return int(QString::fromLatin1(pdf).count(page));
}

} // namespace

class TestCharterFiles : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void formatsByNameAndSuffix();
    void pdfIsA4WithTitleAndBreaksAcrossPages();
    void filesAreWrittenAtomically();
    void namesAreNeverBrokenInThePdf_data();
    void namesAreNeverBrokenInThePdf();
};

void TestCharterFiles::formatsByNameAndSuffix() {
    QCOMPARE(CharterFiles::formatFromName(QStringLiteral("html-fragment")),
             CharterFiles::Format::HtmlFragment);
    QCOMPARE(CharterFiles::formatFromName(QStringLiteral("MD")), CharterFiles::Format::Markdown);
    QVERIFY(!CharterFiles::formatFromName(QStringLiteral("docx")));
    QCOMPARE(CharterFiles::formatForPath(QStringLiteral("/x/charte.PDF")),
             CharterFiles::Format::Pdf);
    QCOMPARE(CharterFiles::formatForPath(QStringLiteral("charte.htm")), CharterFiles::Format::Html);
    QVERIFY(!CharterFiles::formatForPath(QStringLiteral("registry.csv")));
}

void TestCharterFiles::pdfIsA4WithTitleAndBreaksAcrossPages() {
    const QByteArray small = CharterFiles::render(documentWith(4), CharterFiles::Format::Pdf);
    QVERIFY(small.startsWith("%PDF-"));
    QVERIFY(small.trimmed().endsWith("%%EOF"));
    QVERIFY(small.contains("/MediaBox [0 0 595")); // A4: 595 x 842 points
    QVERIFY(small.contains("/Title"));             // the document title in the metadata
    const int smallPages = pdfPages(small);
    QVERIFY(smallPages >= 2);

    const QByteArray large = CharterFiles::render(documentWith(400), CharterFiles::Format::Pdf);
    const int largePages = pdfPages(large);
    QVERIFY2(largePages > smallPages + 10, qPrintable(QString::number(largePages)));
}

void TestCharterFiles::filesAreWrittenAtomically() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("charte.md"));
    QString error;
    QVERIFY(CharterFiles::writeFile(documentWith(3), CharterFiles::Format::Markdown, path, &error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().startsWith("# Charte cookies"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1);
    QVERIFY(!CharterFiles::writeFile(documentWith(3), CharterFiles::Format::Markdown,
                                     dir.filePath(QStringLiteral("no/such/dir/x.md")), &error));
    QVERIFY(error.contains(QLatin1String("cannot write")));
}

// A cookie name never breaks inside the word, so that searching the PDF for it finds it: the name
// column is as wide as its longest name; only a name wider than half the page may break, and
// then after _ - or . only.
void TestCharterFiles::namesAreNeverBrokenInThePdf_data() {
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QStringList>("pieces"); // of names that may break, found whole each
    QTest::newRow("reference charter")
        << QStringList{QStringLiteral("sessionid"), QStringLiteral("django_language"),
                       QStringLiteral("csrftoken"), QStringLiteral("cookies_preferences")}
        << QStringList();
    QStringList forty;
    for (int i = 0; i < 6; ++i)
        forty << QStringLiteral("consent_mode-v%1.preferences_analytics_x").arg(i).left(40)
              << QStringLiteral("abcdefghijklmnopqrstuvwxyzabcdefghijklm%1").arg(i);
    QTest::newRow("40-character names") << forty << QStringList();
    QTest::newRow("a name longer than half the page")
        << QStringList{QStringLiteral("sessionid"),
                       QStringLiteral("very_long_prefix_of_a_tag_manager_container."
                                      "experiment-assignment_for_the_summer_campaign")}
        << QStringList{QStringLiteral("very_"), QStringLiteral("container."),
                       QStringLiteral("experiment"), QStringLiteral("assignment_"),
                       QStringLiteral("campaign")};
}

void TestCharterFiles::namesAreNeverBrokenInThePdf() {
    QFETCH(QStringList, names);
    QFETCH(QStringList, pieces);
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
             "pdftotext is needed (Debian's poppler-utils; scripts/test installs it)");
    QTemporaryDir dir;
    const QString text =
        pdfText(CharterFiles::render(documentNamed(names), CharterFiles::Format::Pdf), dir.path());
    QVERIFY(!text.isEmpty());
    for (const QString &name : names) {
        if (name.size() > 60) {
            for (const QString &piece : pieces)
                QVERIFY2(text.contains(piece), qPrintable(piece));
            continue;
        }
        QVERIFY2(text.contains(name), qPrintable(name + QStringLiteral(" is broken in:\n") + text));
    }
}

QTEST_MAIN(TestCharterFiles)
#include "tst_charterfiles.moc"
