#pragma once

#include <QString>
#include <QStringList>

// What changed between two states of a site's registry (publication snapshots, or the working
// registry): cookies added, removed and changed field by field, site fields and charter texts.
// Cookies are matched by (domain, name).
namespace RegistryDiff {

struct Change {
    enum class Kind { Added, Removed, Changed };
    Kind kind = Kind::Changed;
    QString what;        // "cookie _ga (google.com)", "site", "text fr/contact"
    QStringList details; // "purpose: « old » → « new »"
};

// false with a message when a snapshot cannot be read.
bool compare(const QString &before, const QString &after, QList<Change> *changes, QString *error);
QString describe(const QList<Change> &changes);

} // namespace RegistryDiff
