#include "Publication.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

QString Publication::sha256(const QByteArray &bytes) {
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString Publication::switchesText(const QList<RuleSwitch> &switches) {
    if (switches.isEmpty())
        return QString();
    QJsonArray list;
    for (const RuleSwitch &entry : switches)
        list.append(entry.toJson());
    return QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact));
}

QList<RuleSwitch> Publication::switchesFrom(const QString &text) {
    QList<RuleSwitch> switches;
    const QJsonArray list = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue &value : list)
        switches.append(RuleSwitch::fromJson(value.toObject()));
    return switches;
}

QString Publication::computeHash() const {
    QList<const PublicationFile *> sorted;
    for (const PublicationFile &file : files)
        sorted.append(&file);
    std::sort(sorted.begin(), sorted.end(),
              [](const PublicationFile *a, const PublicationFile *b) { return a->name < b->name; });
    QByteArray material;
    const auto line = [&material](const QString &text) {
        material += text.toUtf8();
        material += '\n';
    };
    line(QStringLiteral("cookie-charter publication 1"));
    line(previousHash);
    line(site);
    line(QString::number(seq));
    line(publishedAt);
    line(author);
    line(note);
    line(registrySha256);
    line(QString::number(cookieCount));
    line(QString::number(fileCount));
    for (const PublicationFile *file : sorted)
        line(file->name + QLatin1Char(' ') + file->language + QLatin1Char(' ') + file->format +
             QLatin1Char(' ') + file->sha256);
    // Only publications with switches have this line: older hashes stay as they were.
    if (!ruleSwitches.isEmpty())
        line(QStringLiteral("rule switches ") + switchesText(ruleSwitches));
    // Likewise for the approval.
    if (!approval.isEmpty())
        line(QStringLiteral("approval ") + approval.toText());
    return sha256(material);
}
