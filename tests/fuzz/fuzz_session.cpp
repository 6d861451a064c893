// Session files (.convsight) as File ▸ Open Session and a lesson's step open them:
// readSessionFile() checks every workspace's part (core/conv's SessionJson for the kernel and the
// Step through document) and the model's bytes. Its refusal is std::nullopt with a message; any
// exception is a finding. A document that parses is also checked as a lesson checks its states
// (course::check_session_shape), which returns its problems as text.
#include "FuzzSupport.h"
#include "SessionFile.h"
#include "course/Lesson.h"

#include <QApplication>
#include <QString>
#include <cstdlib>
#include <nlohmann/json.hpp>

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
    ::setenv("QT_QPA_PLATFORM", "offscreen", 1);
    static QApplication application(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace convsight;
    const std::string path = fuzz::scratch_file("fuzz.convsight", data, size);
    QString error;
    const std::optional<app::CheckedSession> session =
        app::readSessionFile(QString::fromStdString(path), &error);
    if (!session && error.isEmpty())
        throw std::logic_error("a session was refused without a reason");
    nlohmann::json document;
    try {
        // The harness's own parse: only to hand the document to the lesson's check.
        document = nlohmann::json::parse(fuzz::as_text(data, size));
    } catch (const nlohmann::json::exception&) {
        return 0;
    }
    const std::string problem = course::check_session_shape(document);
    if (session && !session->partial && !problem.empty())
        throw std::logic_error("a session the window opens fails the lesson's check: " + problem);
    return 0;
}
