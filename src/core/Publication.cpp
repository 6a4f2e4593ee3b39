#include "Publication.h"

#include <QCryptographicHash>

#include <algorithm>

QString Publication::sha256(const QByteArray &bytes) {
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
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
    return sha256(material);
}
