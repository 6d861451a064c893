// `convsight-cli lessons`: check a folder of lessons (every problem as FILE:LINE: what) or list
// the lessons of a folder or the built-in ones.
#include "Lessons.h"

#include "Cli.h"
#include "course/Lesson.h"

#include <QDir>
#include <QFile>
#include <algorithm>
#include <stdexcept>

namespace convsight::cli {

const char* const kLessonsUsage =
    "usage: convsight-cli lessons check DIR\n"
    "       convsight-cli lessons list [DIR]\n"
    "\n"
    "check: reads every lesson (*.md) in DIR and the session files they name, and prints\n"
    "\"N lessons OK\"; otherwise each problem as FILE:LINE: what is wrong, and exits 1.\n"
    "list: the lessons of DIR, or the ones built into ConvSight, in order: number, title,\n"
    "workspace and the lecture's lines. The format is described in docs/lessons.md.\n";

namespace {

std::vector<course::Lesson> bundledLessons() {
    const QDir folder(QStringLiteral(":/lessons"));
    std::vector<course::Lesson> lessons;
    for (const QString& name :
         folder.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name)) {
        QFile file(folder.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            throw std::runtime_error("cannot read the built-in lesson " + name.toStdString());
        const QByteArray text = file.readAll();
        lessons.push_back(course::parse_lesson(std::string_view(text.constData(), text.size()),
                                               name.toStdString()));
    }
    return lessons;
}

std::string problemsText(const std::vector<course::LessonProblem>& problems,
                         const std::string& folder) {
    std::string text = std::to_string(problems.size()) +
                       (problems.size() == 1 ? " problem in " : " problems in ") + folder + ":";
    for (const course::LessonProblem& problem : problems)
        text += "\n" + problem.text();
    return text;
}

} // namespace

int runLessons(const std::vector<std::string>& args, std::ostream& out) {
    if (args.empty())
        throw UsageError("lessons: expected check DIR or list [DIR]");
    const std::string& action = args.front();
    const std::vector<std::string> rest(args.begin() + 1, args.end());
    for (const std::string& arg : rest)
        if (arg.rfind("-", 0) == 0)
            throw UsageError("lessons " + action + ": unknown option '" + arg + "'");
    if (action == "check") {
        if (rest.size() != 1)
            throw UsageError("lessons check: expected one folder of lessons");
        const course::LessonCheck check = course::check_lesson_folder(rest.front());
        if (!check.problems.empty())
            throw std::runtime_error(problemsText(check.problems, rest.front()));
        out << check.lessons.size()
            << (check.lessons.size() == 1 ? " lesson OK\n" : " lessons OK\n");
        return 0;
    }
    if (action == "list") {
        if (rest.size() > 1)
            throw UsageError("lessons list: expected at most one folder");
        std::vector<course::Lesson> lessons;
        if (rest.empty()) {
            lessons = bundledLessons();
        } else {
            course::LessonCheck check = course::check_lesson_folder(rest.front());
            if (!check.problems.empty())
                throw std::runtime_error(problemsText(check.problems, rest.front()));
            lessons = std::move(check.lessons);
        }
        std::size_t width = 0;
        for (const course::Lesson& lesson : lessons)
            width = std::max(width, lesson.name.size());
        for (const course::Lesson& lesson : lessons)
            out << lesson.name << std::string(width + 2 - lesson.name.size(), ' ') << lesson.title
                << "  (" << lesson.setup.workspace << "; lecture lines " << lesson.lines << ")\n";
        return 0;
    }
    throw UsageError("lessons: no such action '" + action + "' (check, list)");
}

} // namespace convsight::cli
