#include "CommandLine.h"
#include "Icons.h"
#include "MainWindow.h"
#include "Settings.h"
#include "Store.h"
#include "StoreLocator.h"
#include "Translations.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QInputDialog>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QTextStream>

#include <csignal>
#include <cstdio>
#include <memory>

#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

namespace {

void describeApplication() {
    QCoreApplication::setApplicationName(QStringLiteral("cookie-charter"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
}

// Offscreen Qt GUI (PDF exports) warns about a desktop session that a command does not need.
void quietMessages(QtMsgType type, const QMessageLogContext &context, const QString &message) {
    if (message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
        return;
    QTextStream(stderr) << qFormatLogMessage(type, context, message) << '\n';
}

// A server password asked on the terminal, not echoed; none when there is no terminal (a
// script then uses ~/.pgpass or PGPASSWORD).
QString askPasswordOnTerminal(const QString &location, const QString &why) {
    const int tty = ::open("/dev/tty", O_RDWR | O_NOCTTY);
    if (tty < 0)
        return QString();
    const QByteArray question = QCoreApplication::translate("main", "%1\nPassword for %2: ")
                                    .arg(why, location)
                                    .toLocal8Bit();
    if (::write(tty, question.constData(), size_t(question.size())) < 0) {
        ::close(tty);
        return QString();
    }
    termios saved{};
    const bool isTerminal = tcgetattr(tty, &saved) == 0;
    if (isTerminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(tty, TCSAFLUSH, &quiet);
    }
    QByteArray line;
    char c = 0;
    while (::read(tty, &c, 1) == 1 && c != '\n')
        line.append(c);
    if (isTerminal)
        tcsetattr(tty, TCSAFLUSH, &saved);
    if (::write(tty, "\n", 1) < 0) {
        // nothing more to say on a terminal that cannot be written
    }
    ::close(tty);
    return QString::fromLocal8Bit(line);
}

QString askPasswordInWindow(const QString &location, const QString &why) {
    return QInputDialog::getText(
        nullptr, QCoreApplication::translate("main", "Server password"),
        QCoreApplication::translate("main", "%1\n\nPassword for %2:").arg(why, location),
        QLineEdit::Password);
}

} // namespace

int main(int argc, char *argv[]) {
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    if (CommandLine::wantsCommand(arguments)) {
        // A closed pipe (export | head) is a write error the command reports (exit 3), not a
        // signal that kills it.
        std::signal(SIGPIPE, SIG_IGN);
        std::unique_ptr<QCoreApplication> application;
        if (CommandLine::needsGui(arguments)) {
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            qInstallMessageHandler(quietMessages);
            // QApplication, not QGuiApplication: the report's charts (Qt Charts) are widgets.
            application = std::make_unique<QApplication>(argc, argv);
        } else {
            application = std::make_unique<QCoreApplication>(argc, argv);
        }
        QCoreApplication &app = *application;
        describeApplication();
        Store::setPasswordPrompt(askPasswordOnTerminal);
        Translations::install(app);
        QFile in;
        QFile out;
        QFile err;
        in.open(stdin, QIODevice::ReadOnly);
        out.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered);
        err.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered);
        CommandLine commandLine(in, out, err);
        int code = commandLine.run(QCoreApplication::arguments());
        // What went to a full disk or a closed pipe is an error too, not a silent success.
        if (std::fflush(stdout) != 0 || std::ferror(stdout)) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(QCoreApplication::translate(
                             "main", "cookie-charter: cannot write to standard output")));
            code = StoreError;
        }
        return code;
    }

    QApplication app(argc, argv);
    describeApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("Cookie Charter"));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.cookiecharter.CookieCharter"));
    QApplication::setWindowIcon(Icons::application());
    Translations::install(app);
    Store::setPasswordPrompt(askPasswordInWindow);

    Store store;
    bool isDefault = false;
    const bool readOnly = CommandLine::readOnlyArgument(arguments);
    QString path = StoreLocator::chooseStorePath(CommandLine::storeArgument(arguments), &isDefault);
    QString error;
    // With no store named, the window opens the store used last, if it is still there.
    const QString last = Settings::lastStore();
    if (isDefault && !last.isEmpty() && QFileInfo(last) != QFileInfo(path) &&
        (Store::isServerLocation(last) || QFileInfo::exists(last))) {
        if (StoreLocator::openStore(store, last, false, readOnly, &error)) {
            path = last;
            isDefault = false;
        } else {
            QMessageBox::warning(
                nullptr, QCoreApplication::translate("main", "Cookie Charter"),
                QCoreApplication::translate("main", "The store used last cannot be opened:\n%1\n\n"
                                                    "The default store opens instead.")
                    .arg(error));
        }
    }
    if (!store.isOpen() && !StoreLocator::openStore(store, path, isDefault, readOnly, &error)) {
        QMessageBox::critical(
            nullptr, QCoreApplication::translate("main", "Cookie Charter"),
            QCoreApplication::translate("main", "The store cannot be opened:\n%1").arg(error));
        return StoreError;
    }
    if (CommandLine::reviewerArgument(arguments))
        store.setRole(Store::Role::Reviewer);
    MainWindow window(&store);
    window.show();
    return QApplication::exec();
}
