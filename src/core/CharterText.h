#pragma once

#include <QString>

// A site's own wording of one charter section in one language, replacing the default text.
struct CharterText {
    qint64 siteId = 0;
    QString language;   // fr, en
    QString section;    // see CharterDefaults::sections()
    QString body;       // Markdown
    qint64 version = 0; // 0: not stored yet (the default text is in use)
    QString updatedAt;
    QString updatedBy;
};
