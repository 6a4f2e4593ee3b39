#include "RegistryCsv.h"

#include "CsvWriter.h"
#include "ServiceLocation.h"
#include "TextFold.h"
#include "Vocabulary.h"

#include <QCoreApplication>

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("RegistryCsv", text);
}

// "Nom du cookies", "Cookie / Data Key name", "purpose_en" as plain words.
QString foldHeader(const QString &text) {
    QString out = foldCaseAndAccents(text);
    for (QChar &ch : out) {
        if (!ch.isLetterOrNumber())
            ch = QLatin1Char(' ');
    }
    return out.simplified();
}

const QList<CookieField> exportFields{
    CookieField::Provider,      CookieField::Service,   CookieField::Location,
    CookieField::Name,          CookieField::PurposeFr, CookieField::Category,
    CookieField::Party,         CookieField::Domain,    CookieField::Duration,
    CookieField::Type,          CookieField::PurposeEn, CookieField::PrivacyUrl,
    CookieField::ConsentExempt, CookieField::Notes};

} // namespace

bool RegistryCsvReader::openFile(const QString &path, QString *error) {
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("cannot read %1: %2").arg(path, m_file.errorString());
        return false;
    }
    QByteArray data;
    if (m_file.size() > 0) {
        uchar *mapped = m_file.map(0, m_file.size());
        if (mapped)
            data = QByteArray::fromRawData(reinterpret_cast<const char *>(mapped), m_file.size());
        else
            data = m_file.readAll();
    }
    return openData(data, error);
}

bool RegistryCsvReader::openData(const QByteArray &data, QString *error) {
    m_data = data;
    m_reader.setData(m_data);
    m_reader.setSeparator(CsvReader::detectSeparator(m_data));
    return readHeader(error);
}

bool RegistryCsvReader::readHeader(QString *error) {
    m_columns.clear();
    m_unknown.clear();
    QStringList names;
    if (!m_reader.readRecord(&names)) {
        if (error)
            *error = tr("the file is empty: a header line is needed");
        return false;
    }
    if (!m_reader.recordError().isEmpty()) {
        if (error)
            *error = tr("line %1: %2").arg(m_reader.recordLine()).arg(m_reader.recordError());
        return false;
    }
    bool hasName = false, hasProvider = false, hasPurpose = false;
    for (const QString &name : names) {
        Column column;
        const QString folded = foldHeader(name);
        auto field = [&column](CookieField f) {
            column.role = Column::Role::Field;
            column.field = f;
        };
        if (folded == QLatin1String("site") || folded == QLatin1String("website") ||
            folded == QLatin1String("site web")) {
            column.role = Column::Role::Site;
        } else if (folded == QLatin1String("service et emplacement") ||
                   folded == QLatin1String("service and location")) {
            column.role = Column::Role::ServiceAndLocation;
        } else if (folded == QLatin1String("pattern") ||
                   folded == QLatin1String("wildcard match") || folded == QLatin1String("motif")) {
            column.role = Column::Role::Pattern;
        } else if (folded == QLatin1String("nom du prestataire") ||
                   folded == QLatin1String("prestataire") ||
                   folded == QLatin1String("fournisseur") || folded == QLatin1String("platform")) {
            field(CookieField::Provider);
        } else if (folded == QLatin1String("nom du cookies") ||
                   folded == QLatin1String("nom du cookie") || folded == QLatin1String("nom") ||
                   folded == QLatin1String("cookie data key name") ||
                   folded == QLatin1String("cookie name") || folded == QLatin1String("cookie")) {
            field(CookieField::Name);
        } else if (folded == QLatin1String("finalites") || folded == QLatin1String("finalite") ||
                   folded == QLatin1String("purpose fr")) {
            field(CookieField::PurposeFr);
        } else if (folded == QLatin1String("description")) {
            field(CookieField::PurposeEn);
        } else if (folded == QLatin1String("emplacement")) {
            field(CookieField::Location);
        } else if (folded == QLatin1String("categorie")) {
            field(CookieField::Category);
        } else if (folded == QLatin1String("domaine")) {
            field(CookieField::Domain);
        } else if (folded == QLatin1String("duree") ||
                   folded == QLatin1String("retention period") ||
                   folded == QLatin1String("duree de conservation")) {
            field(CookieField::Duration);
        } else if (folded == QLatin1String("user privacy gdpr rights portals")) {
            field(CookieField::PrivacyUrl);
        } else if (const std::optional<CookieField> known = CookieFields::fromKey(folded)) {
            field(*known);
        } else {
            m_unknown.append(name.trimmed());
        }
        if (column.role == Column::Role::Field) {
            hasName |= column.field == CookieField::Name;
            hasProvider |= column.field == CookieField::Provider;
            hasPurpose |=
                column.field == CookieField::PurposeFr || column.field == CookieField::PurposeEn;
        }
        m_columns.append(column);
    }
    QStringList missing;
    if (!hasProvider)
        missing.append(QStringLiteral("provider"));
    if (!hasName)
        missing.append(QStringLiteral("name"));
    if (!hasPurpose)
        missing.append(QStringLiteral("purpose"));
    if (!missing.isEmpty()) {
        if (error)
            *error = tr("line 1: the header has no %1 column (found: %2)")
                         .arg(missing.join(QStringLiteral(", ")), names.join(QStringLiteral(", ")));
        return false;
    }
    return true;
}

void RegistryCsvReader::rewind() {
    m_reader.rewind();
    QStringList header;
    m_reader.readRecord(&header);
}

bool RegistryCsvReader::next(ImportRecord *record) {
    if (!m_reader.readRecord(&m_fields))
        return false;
    *record = ImportRecord();
    record->line = m_reader.recordLine();
    if (!m_reader.recordError().isEmpty()) {
        record->errors.append(m_reader.recordError());
        return true;
    }
    if (m_fields.size() > m_columns.size())
        record->errors.append(tr("%1 fields, but the header has %2 columns")
                                  .arg(m_fields.size())
                                  .arg(m_columns.size()));
    bool pattern = false;
    const qsizetype count = qMin(m_fields.size(), m_columns.size());
    for (qsizetype i = 0; i < count; ++i) {
        const Column &column = m_columns.at(i);
        const QString value = CsvWriter::unneutralise(m_fields.at(i));
        switch (column.role) {
        case Column::Role::Ignore:
            break;
        case Column::Role::Site:
            record->siteName = value.trimmed();
            break;
        case Column::Role::ServiceAndLocation: {
            const auto parts = ServiceLocation::split(value);
            record->cookie.service = parts.first;
            record->cookie.location = parts.second;
            break;
        }
        case Column::Role::Pattern:
            pattern = Vocabulary::parseYesNo(value).value_or(false);
            break;
        case Column::Role::Field: {
            QString error;
            if (!CookieFields::setValue(record->cookie, column.field, value, &error))
                record->errors.append(CookieFields::key(column.field) + QStringLiteral(": ") +
                                      error);
            break;
        }
        }
    }
    if (pattern && !record->cookie.name.isEmpty() && !record->cookie.isPattern())
        record->cookie.name += QLatin1Char('*');
    return true;
}

namespace RegistryCsv {

QStringList header() {
    QStringList names{QStringLiteral("site")};
    for (CookieField field : exportFields)
        names.append(CookieFields::key(field));
    return names;
}

void appendHeader(QByteArray &out) {
    CsvWriter::appendRecord(out, header());
}

void appendCookie(QByteArray &out, const QString &siteName, const Cookie &cookie) {
    CsvWriter::appendField(out, siteName, true);
    for (CookieField field : exportFields)
        CsvWriter::appendField(out, CookieFields::value(cookie, field), false);
    out.append("\r\n");
}

} // namespace RegistryCsv

bool RegistryCsvReader::hasSiteColumn() const {
    return std::any_of(m_columns.begin(), m_columns.end(),
                       [](const Column &column) { return column.role == Column::Role::Site; });
}
