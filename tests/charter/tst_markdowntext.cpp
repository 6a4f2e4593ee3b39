#include "MarkdownText.h"

#include <QTest>

namespace {

// A compact picture of parsed blocks: "h2:Title|p:Text E(em) S(strong) [link->url]|ul:a;b".
QString describeSpans(const CharterSpans &spans) {
    QString out;
    for (const CharterInline &span : spans) {
        switch (span.kind) {
        case CharterInline::Kind::Text:
            out += span.text;
            break;
        case CharterInline::Kind::Strong:
            out += QStringLiteral("S(") + span.text + QLatin1Char(')');
            break;
        case CharterInline::Kind::Emphasis:
            out += QStringLiteral("E(") + span.text + QLatin1Char(')');
            break;
        case CharterInline::Kind::Code:
            out += QStringLiteral("C(") + span.text + QLatin1Char(')');
            break;
        case CharterInline::Kind::Link:
            out +=
                QLatin1Char('[') + span.text + QStringLiteral("->") + span.url + QLatin1Char(']');
            break;
        }
    }
    return out;
}

QString describe(const QList<CharterBlock> &blocks) {
    QStringList parts;
    for (const CharterBlock &block : blocks) {
        switch (block.kind) {
        case CharterBlock::Kind::Heading:
            parts.append(QStringLiteral("h%1:").arg(block.level) +
                         describeSpans(block.items.value(0)));
            break;
        case CharterBlock::Kind::Paragraph:
            parts.append(QStringLiteral("p:") + describeSpans(block.items.value(0)));
            break;
        case CharterBlock::Kind::List: {
            QStringList items;
            for (const CharterSpans &item : block.items)
                items.append(describeSpans(item));
            parts.append(QStringLiteral("ul:") + items.join(QLatin1Char(';')));
            break;
        }
        case CharterBlock::Kind::CookieTable:
            parts.append(QStringLiteral("table"));
            break;
        }
    }
    return parts.join(QLatin1Char('|'));
}

} // namespace

class TestMarkdownText : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
};

void TestMarkdownText::parse_data() {
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("expected");

    QTest::newRow("paragraph joins lines") << "one\ntwo"
                                           << "p:one two";
    QTest::newRow("two paragraphs") << "one\n\ntwo"
                                    << "p:one|p:two";
    QTest::newRow("heading levels") << "# A\n## B\n### C\n#### D\n##### E"
                                    << "h2:A|h2:B|h3:C|h4:D|h4:E";
    QTest::newRow("hash without space is text") << "#hashtag"
                                                << "p:#hashtag";
    QTest::newRow("list") << "Intro:\n\n- a\n- b\n  continued\n\nEnd"
                          << "p:Intro:|ul:a;b continued|p:End";
    QTest::newRow("star list") << "* a\n* b"
                               << "ul:a;b";
    QTest::newRow("strong and emphasis") << "**gras** et *italique* et _aussi_"
                                         << "p:S(gras) et E(italique) et E(aussi)";
    QTest::newRow("code") << "le cookie `_ga`"
                          << "p:le cookie C(_ga)";
    QTest::newRow("safe link") << "[CNIL](https://www.cnil.fr/fr/cookies)"
                               << "p:[CNIL->https://www.cnil.fr/fr/cookies]";
    QTest::newRow("javascript link loses its target") << "[clic](javascript:alert(1))"
                                                      << "p:clic";
    QTest::newRow("data link loses its target") << "[x](data:text/html,<b>)"
                                                << "p:x";
    QTest::newRow("relative link loses its target") << "[x](/page)"
                                                    << "p:x";
    QTest::newRow("escapes") << "\\*pas d'italique\\* \\[pas\\](de lien)"
                             << "p:*pas d'italique* [pas](de lien)";
    QTest::newRow("raw HTML stays text") << "<script>alert(1)</script>"
                                         << "p:<script>alert(1)</script>";
    QTest::newRow("unclosed markers stay") << "a * b ** c [d"
                                           << "p:a * b ** c [d";
    QTest::newRow("placeholder") << "Site {site}, contact {contact}."
                                 << "p:Site exemple.fr, contact **x**.";
    QTest::newRow("placeholder cannot inject") << "{contact}"
                                               << "p:**x**";
    QTest::newRow("CRLF") << "a\r\nb\r\n\r\nc"
                          << "p:a b|p:c";
}

void TestMarkdownText::parse() {
    QFETCH(QString, markdown);
    QFETCH(QString, expected);
    // The contact holds Markdown syntax: it must come out as literal text.
    const QHash<QString, QString> placeholders{
        {QStringLiteral("site"), QStringLiteral("exemple.fr")},
        {QStringLiteral("contact"), QStringLiteral("**x**")}};
    QCOMPARE(describe(MarkdownText::parse(markdown, placeholders)), expected);
}

QTEST_GUILESS_MAIN(TestMarkdownText)
#include "tst_markdowntext.moc"
