#pragma once

#include <QJsonObject>
#include <QString>

// A rule a site has switched off, with the reason recorded: its findings no longer count (they
// do not block publishing) and the problems panel, `validate` and the publication record say
// that the rule is off, by whom, since when and why.
struct RuleSwitch {
    qint64 siteId = 0;
    QString rule;   // the rule's stable id (Rules.h)
    QString reason; // never empty
    QString switchedAt;
    QString switchedBy;
    qint64 version = 0; // 0: not stored yet

    // {"rule", "reason", "by", "at"}: how validate, a publication and its snapshot write it.
    QJsonObject toJson() const;
    static RuleSwitch fromJson(const QJsonObject &object);
};
