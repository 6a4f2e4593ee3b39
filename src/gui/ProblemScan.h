#pragma once

#include "Problem.h"
#include "Validator.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <memory>

class RegistryModel;

// Runs the validation rules over the registry table's cookies for the problems panel: a pause
// after the last change, then the scan in slices, one per turn of the event loop, so that the
// window stays responsive on a 100,000-cookie registry. A change during a scan starts it again.
class ProblemScan : public QObject {
    Q_OBJECT
public:
    explicit ProblemScan(QObject *parent = nullptr);

    void setModel(RegistryModel *model); // the rows to scan (not owned); null: nothing
    void schedule();                     // after a pause (the cookies have changed)
    void stop();
    void runNow(); // the whole scan at once (tests, benchmark)

Q_SIGNALS:
    // `names`: cookie id -> name, for the panel's cookie column.
    void finished(QList<Problem> problems, QHash<qint64, QString> names);

private:
    void begin();
    bool step(); // one slice; true when the scan is done

    RegistryModel *m_model = nullptr;
    QTimer m_pause;  // a pause after the last change, then a scan
    QTimer m_slices; // the scan, one slice of cookies per event loop turn
    std::unique_ptr<Validator::RegistryChecker> m_checker;
    QHash<qint64, QString> m_names;
    int m_next = 0;
};
