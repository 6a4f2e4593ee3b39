#include "CharterFiles.h"

#include <QDir>
#include <QFile>
#include <QPdfWriter>
#include <QRegularExpression>
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

QTEST_MAIN(TestCharterFiles)
#include "tst_charterfiles.moc"
