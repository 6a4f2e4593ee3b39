#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <vector>

// The folded text of many rows in one contiguous buffer, each row's text ended by a NUL, so
// that finding every row that contains a word is one pass of memmem over a few megabytes
// instead of 100,000 small searches scattered over the heap. A row whose text changes gets
// its new text appended and its old one blanked with NULs (which no search word contains);
// rebuild with clear() to reclaim the space.
class SearchBuffer {
public:
    void clear();
    void reserve(qsizetype rows, qsizetype bytes);
    void set(int row, QByteArrayView text); // text must not contain NUL
    void remove(int row);
    QByteArrayView text(int row) const;
    bool contains(int row, QByteArrayView needle) const;
    // Sets hits[row] = 1 for every row whose text contains `needle` (hits is resized to the
    // number of rows). Two threads share a large buffer.
    void findAll(QByteArrayView needle, std::vector<char> &hits) const;
    qsizetype bytes() const { return m_buffer.size(); }
    int rows() const { return int(m_start.size()); }

private:
    void findIn(QByteArrayView needle, qsizetype firstSegment, qsizetype endSegment,
                std::vector<char> &hits) const;

    QByteArray m_buffer;
    QList<int> m_start;  // by row; -1: no text
    QList<int> m_length; // by row
    // Every text ever appended, in buffer order: where it starts and whose it is.
    QList<int> m_segmentStart;
    QList<int> m_segmentRow;
};
