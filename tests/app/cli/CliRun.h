// Running convsight-cli from the CLI suites: its exit code, stdout and stderr. Each suite defines
// CONVSIGHT_CLI_PATH (the built program) in tests/app/cli/CMakeLists.txt.
#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>

struct CliResult {
    int exitCode{-1}; // -1: it crashed or ran out of time, which fails the caller's check
    QString out;
    QString err;
};

// Runs convsight-cli with `arguments`, `input` on its stdin, in `workingDirectory` (if given).
inline CliResult runCli(const QStringList& arguments, const QByteArray& input = {},
                        const QString& workingDirectory = {}, int timeoutMs = 120'000) {
    QProcess process;
    process.setProgram(QStringLiteral(CONVSIGHT_CLI_PATH));
    process.setArguments(arguments);
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    process.start();
    if (process.waitForStarted(timeoutMs)) {
        process.write(input);
        process.closeWriteChannel();
    }
    CliResult result;
    if (!process.waitForFinished(timeoutMs) || process.exitStatus() != QProcess::NormalExit)
        return result;
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

// The one JSON object a `--json` run printed (one line), or an empty object for anything else.
inline QJsonObject onlyJsonObject(const QString& out) {
    if (out.count(QLatin1Char('\n')) != 1)
        return {};
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(out.toUtf8(), &error);
    return error.error == QJsonParseError::NoError ? document.object() : QJsonObject{};
}
