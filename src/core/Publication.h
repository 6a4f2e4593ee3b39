#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include "Review.h"
#include "RuleSwitch.h"

// One file of a publication: a policy file in one language, or the registry as CSV/JSON.
struct PublicationFile {
    QString name;     // "charte-cookies.fr.html"
    QString language; // empty for language-free files (registry CSV/JSON)
    QString format;   // html, html-fragment, md, pdf, csv, json
    QByteArray content;
    QString sha256; // hex
};

// An immutable, published state of one site's registry and charter. Each publication's hash
// covers its metadata, its registry snapshot, every file's SHA-256 and the previous
// publication's hash, so changing anything already published breaks the chain.
struct Publication {
    qint64 id = 0;
    QString site;
    int seq = 0; // 1, 2, 3... per site
    QString publishedAt;
    QString author;
    QString note;
    QString registryJson; // the site's registry and texts at that moment (RegistryJson)
    QString registrySha256;
    int cookieCount = 0;
    int fileCount = 0;
    QString previousHash; // empty for the first publication of a site
    QString hash;
    // The rules the site had switched off, with their reasons (also in the snapshot); covered by
    // the hash when there are any.
    QList<RuleSwitch> ruleSwitches;
    // The approval it was published with (a site with a review policy always has one): who
    // approved which state, when, with the comments. Covered by the hash when there is one.
    Approval approval;
    // The switches and the approval as the store holds them: verify checks that they are exactly
    // what was written (the hash covers them as read back).
    QString storedSwitches;
    QString storedApproval;
    QList<PublicationFile> files; // loaded on demand

    static QString sha256(const QByteArray &bytes);
    // The switches as the store keeps them (compact JSON; empty when none) and back.
    static QString switchesText(const QList<RuleSwitch> &switches);
    static QList<RuleSwitch> switchesFrom(const QString &text);
    QString computeHash() const; // from the fields above and files' sha256 (sorted by name)
};
