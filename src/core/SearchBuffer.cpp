#include "SearchBuffer.h"

#include <algorithm>
#include <cstring>
#include <functional>
#include <thread>

namespace {

const char *find(const char *haystack, qsizetype length, QByteArrayView needle) {
#ifdef __GLIBC__
    return static_cast<const char *>(
        memmem(haystack, size_t(length), needle.data(), size_t(needle.size())));
#else
    const char *end = haystack + length;
    const char *found = std::search(haystack, end, needle.begin(), needle.end());
    return found == end ? nullptr : found;
#endif
}

} // namespace

void SearchBuffer::clear() {
    m_buffer.clear();
    m_start.clear();
    m_length.clear();
    m_segmentStart.clear();
    m_segmentRow.clear();
}

void SearchBuffer::reserve(qsizetype rows, qsizetype bytes) {
    m_buffer.reserve(bytes);
    m_start.reserve(rows);
    m_length.reserve(rows);
    m_segmentStart.reserve(rows);
    m_segmentRow.reserve(rows);
}

void SearchBuffer::set(int row, QByteArrayView text) {
    remove(row);
    if (row >= m_start.size()) {
        m_start.resize(row + 1, -1);
        m_length.resize(row + 1, 0);
    }
    const int start = int(m_buffer.size());
    m_buffer.append(text.data(), text.size());
    m_buffer.append('\0');
    m_start[row] = start;
    m_length[row] = int(text.size());
    m_segmentStart.append(start);
    m_segmentRow.append(row);
}

void SearchBuffer::remove(int row) {
    if (row < 0 || row >= m_start.size() || m_start.at(row) < 0)
        return;
    std::memset(m_buffer.data() + m_start.at(row), 0, size_t(m_length.at(row)));
    m_start[row] = -1;
    m_length[row] = 0;
}

QByteArrayView SearchBuffer::text(int row) const {
    if (row < 0 || row >= m_start.size() || m_start.at(row) < 0)
        return {};
    return QByteArrayView(m_buffer.constData() + m_start.at(row), m_length.at(row));
}

bool SearchBuffer::contains(int row, QByteArrayView needle) const {
    if (needle.isEmpty())
        return true;
    const QByteArrayView haystack = text(row);
    return haystack.size() >= needle.size() &&
           find(haystack.data(), haystack.size(), needle) != nullptr;
}

void SearchBuffer::findIn(QByteArrayView needle, qsizetype firstSegment, qsizetype endSegment,
                          std::vector<char> &hits) const {
    if (firstSegment >= endSegment)
        return;
    const char *base = m_buffer.constData();
    qsizetype position = m_segmentStart.at(firstSegment);
    const qsizetype end =
        endSegment < m_segmentStart.size() ? m_segmentStart.at(endSegment) : m_buffer.size();
    qsizetype segment = firstSegment;
    while (position < end) {
        const char *found = find(base + position, end - position, needle);
        if (!found)
            break;
        const qsizetype offset = found - base;
        // The segment holding the match: matches come in buffer order, so walk forward to the
        // last segment starting at or before it (over all matches, one pass over the segments).
        while (segment + 1 < endSegment && m_segmentStart.at(segment + 1) <= offset)
            ++segment;
        hits[size_t(m_segmentRow.at(segment))] = 1;
        // One hit per row is enough: go on from the next row's text.
        position = segment + 1 < m_segmentStart.size() ? m_segmentStart.at(segment + 1) : end;
    }
}

void SearchBuffer::findAll(QByteArrayView needle, std::vector<char> &hits) const {
    hits.assign(size_t(m_start.size()), 0);
    if (needle.isEmpty()) {
        for (qsizetype row = 0; row < m_start.size(); ++row)
            hits[size_t(row)] = m_start.at(row) >= 0;
        return;
    }
    const qsizetype segments = m_segmentStart.size();
    if (m_buffer.size() < (1 << 21) || segments < 2) {
        findIn(needle, 0, segments, hits);
        return;
    }
    // Two halves, split between two rows' texts, on two cores; they write different rows.
    const qsizetype middle = segments / 2;
    std::vector<char> second(hits.size(), 0);
    std::thread helper([&] { findIn(needle, middle, segments, second); });
    findIn(needle, 0, middle, hits);
    helper.join();
    for (size_t i = 0; i < hits.size(); ++i)
        hits[i] |= second[i];
}
