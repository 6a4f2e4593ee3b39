#pragma once

#include "CharterDocument.h"

#include <QStringList>

// Values that try to break out of their place in every output format: script tags, event
// handler attributes, javascript: links, table and Markdown structure, entities.
namespace HostileCorpus {

inline QStringList values() {
    return {
        QStringLiteral("<script>document.title='PWNED'</script>"),
        QStringLiteral("<img src=x onerror=\"document.body.setAttribute('data-pwned','1')\">"),
        QStringLiteral("\" onmouseover=\"document.body.setAttribute('data-pwned','2')\" x=\""),
        QStringLiteral("' onfocus='alert(1)' autofocus='"),
        QStringLiteral("javascript:alert(1)"),
        QStringLiteral(
            "</td></tr></tbody></table><script>document.body.setAttribute('data-pwned','3')</"
            "script><table><tr><td>"),
        QStringLiteral("| injected | cells |\n| --- | --- |"),
        QStringLiteral("[click me](javascript:alert(1)) ![img](https://evil.example/x.png)"),
        QStringLiteral("<a href=\"javascript:alert(1)\">link</a>"),
        QStringLiteral("**bold** _em_ `code` # heading\n- list item\n1. numbered"),
        QStringLiteral("<!-- unclosed comment"),
        QStringLiteral("&amp; &lt;b&gt; &#x3C;script&#x3E;"),
        QStringLiteral("back\\slash \\| \\< and ${template} {{moustache}}"),
        QStringLiteral("<style>body{display:none}</style>"),
        QStringLiteral("<iframe src=\"https://evil.example\"></iframe>"),
    };
}

// A site whose every text field, and one cookie per hostile value with it in every field.
inline Site site() {
    Site site;
    site.name = QStringLiteral("<script>document.title='PWNED'</script>");
    site.url = QStringLiteral("javascript:alert(1)");
    site.contact =
        QStringLiteral("<img src=x onerror=\"document.body.setAttribute('data-pwned','c')\">");
    site.languages = QStringList{QStringLiteral("fr"), QStringLiteral("en")};
    return site;
}

inline QList<Cookie> cookies() {
    QList<Cookie> cookies;
    const QStringList hostile = values();
    const QList<Category> categories = Vocabulary::allCategories();
    for (qsizetype i = 0; i < hostile.size(); ++i) {
        Cookie cookie;
        cookie.id = i + 1;
        cookie.provider = hostile.at(i);
        cookie.service = hostile.at(i);
        cookie.location = QStringLiteral("front (") + hostile.at(i) + QLatin1Char(')');
        cookie.name = QStringLiteral("n%1").arg(i) + hostile.at(i) +
                      (i % 3 == 0 ? QStringLiteral("*") : QString());
        cookie.purposeFr = hostile.at(i);
        cookie.purposeEn = i % 2 ? hostile.at(i) : QString();
        cookie.duration = hostile.at(i);
        cookie.category = categories.at(i % categories.size());
        cookie.party = Party::Third;
        // The store refuses such links; the writers must not trust that.
        cookie.privacyUrl = i % 2 ? QStringLiteral("javascript:alert(1)")
                                  : QStringLiteral("https://example.com/privacy?a=1&b=\"2\"");
        cookies.append(cookie);
    }
    return cookies;
}

inline QList<CharterText> texts(const QString &language) {
    QList<CharterText> texts;
    CharterText text;
    text.language = language;
    text.section = QStringLiteral("introduction");
    text.body = values().join(QStringLiteral("\n\n")) +
                QStringLiteral("\n\n[ok](https://example.com/ok) [bad](javascript:alert(1))");
    text.version = 1;
    texts.append(text);
    return texts;
}

} // namespace HostileCorpus
