#pragma once

#include "ImportRecord.h"

#include <QList>

// A RecordSource over rows already in memory (a parsed JSON file, the default seed).
class RecordListSource : public RecordSource {
public:
    explicit RecordListSource(QList<ImportRecord> records = {});
    bool next(ImportRecord *record) override;
    void rewind() override { m_index = 0; }
    double progress() const override;
    const QList<ImportRecord> &records() const { return m_records; }

private:
    QList<ImportRecord> m_records;
    qsizetype m_index = 0;
};
