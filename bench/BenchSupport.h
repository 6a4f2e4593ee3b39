#pragma once

#include <QElapsedTimer>
#include <QList>

#include <algorithm>
#include <functional>

// What the C++ benchmarks share (bench/processes.py is the Python ones' counterpart).
namespace BenchSupport {

// The middle value of several timings (the upper one of the two middles).
inline double median(QList<double> values) {
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

// The median wall time of `rounds` runs of `work`, in milliseconds.
inline double medianMs(const std::function<void()> &work, int rounds = 5) {
    QList<double> times;
    for (int round = 0; round < rounds; ++round) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    return median(times);
}

} // namespace BenchSupport
