#include "RecordListSource.h"

RecordListSource::RecordListSource(QList<ImportRecord> records)
    : m_records(std::move(records)) {}

bool RecordListSource::next(ImportRecord *record) {
    if (m_index >= m_records.size())
        return false;
    *record = m_records.at(m_index++);
    return true;
}

double RecordListSource::progress() const {
    return m_records.isEmpty() ? 1.0 : double(m_index) / double(m_records.size());
}
