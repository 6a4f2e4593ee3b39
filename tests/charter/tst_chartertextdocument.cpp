#include "CharterTextDocument.h"

#include "HostileCorpus.h"

#include <QRandomGenerator>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextList>
#include <QTextTable>

namespace {

CharterDocument documentWith(QList<Cookie> cookies) {
    Site site;
    site.name = QStringLiteral("exemple.fr");
    site.url = QStringLiteral("https://exemple.fr");
    return CharterDocument::build(site, cookies, {}, QStringLiteral("fr"), QDate(2026, 11, 29));
}

Cookie cookie(int i) {
    Cookie c;
    c.id = i;
    c.provider = QStringLiteral("Prestataire %1").arg(i % 5);
    c.service = QStringLiteral("Service %1").arg(i % 3);
    c.name = QStringLiteral("c%1").arg(i, 4, 10, QLatin1Char('0'));
    c.purposeFr = QStringLiteral("Finalité %1").arg(i);
    c.category = i % 7 == 0 ? Category::Statistics : Category::Necessary;
    return c;
}

// Everything a reader sees, table cells included, in order; where chunks of a table meet
// (an empty hairline paragraph) does not show.
QString visibleText(const QTextDocument &document) {
    QStringList lines = document.toPlainText().split(QLatin1Char('\n'));
    lines.removeAll(QString());
    return lines.join(QLatin1Char('\n'));
}

QStringList anchors(const QTextDocument &document) {
    QStringList found;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (format.isAnchor())
                found.append(format.anchorHref());
        }
    }
    return found;
}

} // namespace

class TestCharterTextDocument : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void patchedEqualsRebuilt_data();
    void patchedEqualsRebuilt();
    void textChangesRebuild();
    void hostileTextStaysText();
    void listItemsAreListed();
};

void TestCharterTextDocument::patchedEqualsRebuilt_data() {
    QTest::addColumn<int>("chunkRows");
    QTest::newRow("one table per category") << 0;
    QTest::newRow("chunks of 40 (preview)") << 40;
    QTest::newRow("chunks of 3") << 3;
}

void TestCharterTextDocument::patchedEqualsRebuilt() {
    QFETCH(int, chunkRows);
    QList<Cookie> cookies;
    for (int i = 1; i <= 130; ++i)
        cookies.append(cookie(i));
    CharterDocument shown = documentWith(cookies);
    QTextDocument patched;
    CharterTextDocument::build(&patched, shown, chunkRows);
    int nextId = 1000;
    QRandomGenerator random(42);
    int patches = 0;
    for (int step = 0; step < 60; ++step) {
        const int action = random.bounded(3);
        const int at = random.bounded(int(cookies.size()));
        if (action == 0) {
            cookies[at].purposeFr = QStringLiteral("Modifiée %1").arg(step);
        } else if (action == 1) {
            Cookie added = cookie(nextId++);
            cookies.insert(at, added);
        } else if (cookies.size() > 10) {
            cookies.removeAt(at);
        }
        const CharterDocument next = documentWith(cookies);
        patches += CharterTextDocument::update(&patched, shown, next, chunkRows) ? 1 : 0;
        shown = next;
        QTextDocument rebuilt;
        CharterTextDocument::build(&rebuilt, shown, chunkRows);
        QCOMPARE(visibleText(patched), visibleText(rebuilt));
    }
    QVERIFY2(patches > 40, qPrintable(QString::number(patches))); // most edits did not rebuild
}

void TestCharterTextDocument::textChangesRebuild() {
    QList<Cookie> cookies{cookie(1), cookie(2)};
    const CharterDocument before = documentWith(cookies);
    QTextDocument text;
    CharterTextDocument::build(&text, before, 40);
    cookies[0].category = Category::Marketing; // a new table appears
    const CharterDocument after = documentWith(cookies);
    QVERIFY(!CharterTextDocument::update(&text, before, after, 40));
    QVERIFY(visibleText(text).contains(QLatin1String("Cookies marketing et publicitaires")));
}

void TestCharterTextDocument::hostileTextStaysText() {
    const CharterDocument document = CharterDocument::build(
        HostileCorpus::site(), HostileCorpus::cookies(), HostileCorpus::texts(QStringLiteral("fr")),
        QStringLiteral("fr"), QDate(2026, 1, 1));
    QTextDocument text;
    CharterTextDocument::build(&text, document);
    const QString plain = visibleText(text);
    for (const QString &value : HostileCorpus::values().mid(0, 6))
        QVERIFY2(plain.contains(value.simplified().left(30)), qPrintable(value));
    for (const QString &href : anchors(text))
        QVERIFY2(href.startsWith(QLatin1String("https://")) ||
                     href.startsWith(QLatin1String("http://")),
                 qPrintable(href));
    QVERIFY(!anchors(text).isEmpty());
    // One table per category present, each with a header and its cookies.
    int rows = 0;
    for (QTextFrame *frame : text.rootFrame()->childFrames()) {
        if (auto *table = qobject_cast<QTextTable *>(frame))
            rows += table->rows() - 1;
    }
    QCOMPARE(rows, HostileCorpus::values().size());
}

void TestCharterTextDocument::listItemsAreListed() {
    QTextDocument text;
    CharterTextDocument::build(&text, documentWith({cookie(1)}));
    // The default "browser" section lists four browsers; each is an item of one list.
    int listed = 0;
    for (QTextBlock block = text.begin(); block.isValid(); block = block.next()) {
        if (block.text().startsWith(QLatin1String("Firefox")) ||
            block.text().startsWith(QLatin1String("Chrome")) ||
            block.text().startsWith(QLatin1String("Edge")) ||
            block.text().startsWith(QLatin1String("Safari"))) {
            QVERIFY2(block.textList(), qPrintable(block.text()));
            QCOMPARE(block.textList()->count(), 4);
            ++listed;
        }
    }
    QCOMPARE(listed, 4);
}

QTEST_MAIN(TestCharterTextDocument)
#include "tst_chartertextdocument.moc"
