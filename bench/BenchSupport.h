#pragma once

#include <QList>

#include <algorithm>

// What the C++ benchmarks share (bench/processes.py is the Python ones' counterpart).
namespace BenchSupport {

// The middle value of several timings (the upper one of the two middles).
inline double median(QList<double> values) {
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace BenchSupport
