#include "ProblemScan.h"

#include "RegistryModel.h"

ProblemScan::ProblemScan(QObject *parent)
    : QObject(parent) {
    m_pause.setSingleShot(true);
    m_pause.setInterval(300);
    connect(&m_pause, &QTimer::timeout, this, [this] {
        begin();
        m_slices.start();
    });
    m_slices.setSingleShot(true);
    m_slices.setInterval(0);
    connect(&m_slices, &QTimer::timeout, this, [this] {
        if (!step())
            m_slices.start();
    });
}

void ProblemScan::setModel(RegistryModel *model) {
    stop();
    m_model = model;
}

void ProblemScan::schedule() {
    m_slices.stop(); // the rows it was reading have changed
    m_pause.start();
}

void ProblemScan::stop() {
    m_pause.stop();
    m_slices.stop();
    m_checker.reset();
}

void ProblemScan::runNow() {
    stop();
    begin();
    while (!step()) {
    }
}

void ProblemScan::begin() {
    m_pause.stop();
    m_checker = std::make_unique<Validator::RegistryChecker>(m_model ? m_model->site().languages
                                                                     : QStringList());
    m_names.clear();
    m_next = 0;
}

bool ProblemScan::step() {
    // About 10 ms of rules per slice.
    constexpr int slice = 3000;
    const int stored = m_model ? m_model->storedRows() : 0;
    const int end = std::min(m_next + slice, stored);
    if (m_model) {
        m_model->forEachCookieIn(m_next, end, [this](const Cookie &cookie) {
            m_checker->add(cookie);
            m_names.insert(cookie.id, cookie.name);
        });
    }
    m_next = end;
    if (end < stored)
        return false;
    QList<Problem> problems =
        m_model && m_model->site().id > 0 ? m_checker->takeProblems() : QList<Problem>();
    m_checker.reset();
    Q_EMIT finished(std::move(problems), std::exchange(m_names, {}));
    return true;
}
