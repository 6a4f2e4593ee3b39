#pragma once

#include "Cookie.h"
#include "CookieField.h"
#include "CsvReader.h"
#include "ImportRecord.h"

#include <QFile>
#include <QList>
#include <QStringList>

#include <optional>

// The registry as CSV: header-driven on the way in (any column order, French and English
// headers, the Open Cookie Database's headers, the reference's "Service et emplacement"), one
// fixed header on the way out.
class RegistryCsvReader : public RecordSource {
public:
    bool openFile(const QString &path, QString *error);
    bool openData(const QByteArray &data, QString *error);

    QStringList unknownColumns() const { return m_unknown; }
    bool hasSiteColumn() const;

    bool next(ImportRecord *record) override;
    void rewind() override;
    double progress() const override { return m_reader.progress(); }

private:
    struct Column {
        enum class Role { Ignore, Site, Field, ServiceAndLocation, Pattern } role = Role::Ignore;
        CookieField field = CookieField::Notes;
    };
    bool readHeader(QString *error);

    QFile m_file;
    QByteArray m_data;
    CsvReader m_reader;
    QList<Column> m_columns;
    QStringList m_unknown;
    QStringList m_fields;
};

namespace RegistryCsv {

QStringList header();
void appendHeader(QByteArray &out);
void appendCookie(QByteArray &out, const QString &siteName, const Cookie &cookie);

} // namespace RegistryCsv
