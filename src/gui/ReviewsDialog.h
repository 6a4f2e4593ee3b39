#pragma once

#include <QDialog>
#include <QTimer>

#include "ReviewFlow.h"
#include "WriteResult.h"

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableView;
class QTextBrowser;
class QTextDocument;
class QTreeWidget;
class ReviewModel;
class ReviewStates;
class Store;

// Charter > Reviews…: the reviewer's view. The reviews of the store, and for the one selected
// the charter as it will be published with the changes since the last publication marked in
// it (added rows, changed cells with before and after, removed rows struck through), the other
// changes and, for a void review, what changed since; the comments, on a cookie or on the whole
// review; Approve and Request changes. Works on a store opened as a reviewer: what it writes
// goes to the reviews' own tables.
class ReviewsDialog : public QDialog {
    Q_OBJECT
public:
    // `siteId` 0: every site's reviews.
    ReviewsDialog(Store *store, qint64 siteId, QWidget *parent = nullptr);
    ~ReviewsDialog() override;

    ReviewModel *model() const { return m_model; }
    void selectReview(qint64 reviewId);
    qint64 currentReviewId() const { return m_current; }
    QTextDocument *previewDocument() const;
    QString statusText() const;
    QString changesText(); // made now if its tab was not shown yet
    void reload();
    // What the buttons do, with the text of the comment field; false with a message shown.
    bool approve();
    bool requestChanges();
    bool addComment();

    static constexpr int unchangedRowLimit = 400;

private:
    void showSelected();
    void showComments(const Review &review);
    void showChanges();
    void updateButtons();
    bool write(const QString &title, const std::function<WriteResult()> &write);

    Store *m_store;
    qint64 m_siteId;
    qint64 m_current = 0;
    ReviewModel *m_model;
    QTableView *m_list;
    QLabel *m_status;
    QComboBox *m_language;
    QTextBrowser *m_preview;
    QPlainTextEdit *m_changes;
    QTabWidget *m_tabs = nullptr;
    qint64 m_changesFor = 0;       // the review the Changes tab shows
    std::optional<Review> m_shown; // the selected review as read, snapshots included
    ReviewStates *m_states;
    QHash<qint64, QString> m_lastHashes; // site -> the hash the list shows
    QTreeWidget *m_comments;
    QComboBox *m_target;
    QLineEdit *m_comment;
    QPushButton *m_addComment;
    QPushButton *m_approve;
    QPushButton *m_requestChanges;
    QTimer m_reloadTimer;
    QString m_notAllowed; // why the current user may not approve the current review
    bool m_canDecide = false;
};
