#include "ProblemModel.h"

#include "CookieField.h"
#include "Rules.h"

#include <QApplication>
#include <QStyle>

#include <algorithm>

void ProblemModel::setProblems(QList<Problem> problems, QHash<qint64, QString> names) {
    std::stable_partition(problems.begin(), problems.end(),
                          [](const Problem &problem) { return problem.isError(); });
    beginResetModel();
    m_problems = std::move(problems);
    m_names = std::move(names);
    m_errors = int(std::count_if(m_problems.cbegin(), m_problems.cend(),
                                 [](const Problem &problem) { return problem.isError(); }));
    endResetModel();
}

int ProblemModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_problems.size());
}

int ProblemModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProblemModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_problems.size() || index.column() >= ColumnCount)
        return QVariant();
    const Problem &problem = m_problems.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case CookieColumn:
            if (problem.switchedOff)
                return tr("Rule switched off: %1").arg(problem.rule);
            if (problem.cookieId == 0)
                return tr("The site");
            return m_names.value(problem.cookieId, QStringLiteral("#%1").arg(problem.cookieId));
        case FieldColumn: {
            const std::optional<CookieField> field = CookieFields::fromKey(problem.field);
            return field ? CookieFields::label(*field) : problem.field;
        }
        case MessageColumn:
            return problem.message;
        default:
            break;
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == CookieColumn)
            return QApplication::style()->standardIcon(
                problem.isError()     ? QStyle::SP_MessageBoxCritical
                : problem.isWarning() ? QStyle::SP_MessageBoxWarning
                                      : QStyle::SP_MessageBoxInformation);
        break;
    case Qt::ToolTipRole: {
        const QString text = problem.isError()     ? tr("Error: %1").arg(problem.message)
                             : problem.isWarning() ? tr("Warning: %1").arg(problem.message)
                                                   : tr("Information: %1").arg(problem.message);
        const Rule *rule = Rules::find(problem.rule);
        return rule ? tr("%1\nRule %2: %3\n%4")
                          .arg(text, problem.rule, rule->translatedSummary(),
                               rule->translatedSource())
                    : text;
    }
    case CookieIdRole:
        return problem.cookieId;
    case FieldKeyRole:
        return problem.field;
    case RuleRole:
        return problem.rule;
    case SwitchedOffRole:
        return problem.switchedOff;
    default:
        break;
    }
    return QVariant();
}

QVariant ProblemModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CookieColumn:
        return tr("Cookie");
    case FieldColumn:
        return tr("Field");
    case MessageColumn:
        return tr("Problem");
    default:
        break;
    }
    return QVariant();
}
