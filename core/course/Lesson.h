// Lessons: a Markdown file with a small header (title, the lecture's lines, the workspace, an
// optional session file and Lecture example to load), steps under "## " headings and a closing
// "## Question" with choices and an answer. Reading checks everything and names the file and line
// of each problem (docs/lessons.md describes the format).
#pragma once

#include <filesystem>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace convsight::course {

// One problem in a lesson file: "03-stride.md:7: unknown workspace "stepthrough"".
struct LessonProblem {
    std::string file; // the file's name, as given to the reader
    int line{0};      // 1-based; 0 when the problem is the file as a whole
    std::string message;
    std::string text() const;
};

// A lesson that does not read: every problem found, what() the first one.
class LessonError : public std::runtime_error {
public:
    explicit LessonError(std::vector<LessonProblem> problems);
    const std::vector<LessonProblem>& problems() const { return problems_; }

private:
    std::vector<LessonProblem> problems_;
};

// What one step (or the lesson as a whole) sets up: a session file, relative to the lesson's
// folder, a Lecture example to load into Step through (applied after the state), and the
// workspace to show. Any may be empty.
struct LessonSetup {
    std::string state;
    std::string example;   // an id of conv::lecture_examples(), "worked-example", "padding-2", ...
    std::string workspace; // "filter", "step-through", "train" or "inspect"
    int line{0};           // the line that names the state (else the example, else the workspace)
    bool operator==(const LessonSetup&) const = default;
};

struct LessonStep {
    std::string title; // the "## " heading
    std::string text;  // Markdown, the setup comment left out
    LessonSetup setup; // the step's own setup line; what is empty falls back to the lesson's
    int line{0};       // of the heading
};

struct LessonChoice {
    std::string text;
    bool correct{false};
    int line{0};
};

struct LessonQuestion {
    std::string text; // Markdown
    std::vector<LessonChoice> choices;
    std::string answer; // Markdown: why, shown once the student has chosen
    int line{0};
    // The index of the one right choice.
    std::size_t correct_choice() const;
};

struct Lesson {
    std::string file;  // "08-stride.md"
    std::string name;  // "08-stride"
    std::string title; // header "title"
    std::string lines; // header "lines": the lecture's lines it follows, "1128-1205"
    LessonSetup setup; // header "workspace", "state" and "example"
    std::string intro; // Markdown before the first step; may be empty
    std::vector<LessonStep> steps;
    LessonQuestion question;

    // What step `index` sets up. A step that names a state or an example loads only its own
    // (neither of the lesson's); one that names neither loads the lesson's. The workspace is the
    // step's own, else Step through when the step names an example, else the lesson's.
    LessonSetup step_setup(std::size_t index) const;
    // Every session file the lesson names (header and steps), each once, in order.
    std::vector<std::string> state_files() const;
};

// The four workspace names a lesson may use, in the window's order.
const std::vector<std::string>& lesson_workspaces();

// Parses a lesson's text; `file` names it in messages and gives `name`. Throws LessonError with
// every problem found.
Lesson parse_lesson(std::string_view text, const std::string& file);
// Reads and parses a file; a file that cannot be read is a LessonError naming it.
Lesson read_lesson(const std::filesystem::path& path);

// Checks a parsed session document (.convsight) the way a lesson may use one, without the
// window: its format and version, and each part it holds of the right shape (the Step through
// document and the Filter kernel read in full). A document marked "partial": true may leave out
// workspaces' parts, "workspace" and "model". Returns what is wrong, empty when nothing.
std::string check_session_shape(const nlohmann::json& document);

// The result of checking a folder of lessons.
struct LessonCheck {
    std::vector<Lesson> lessons; // those that read, ordered by file name
    std::vector<LessonProblem> problems;
};

// Checks every "*.md" in `folder` (not README.md): each reads, its name starts with a two-digit
// number no other lesson has, and every state file it names exists (relative to the folder)
// and passes check_session_shape(). A problem in a state file names the lesson's line that
// names it.
LessonCheck check_lesson_folder(const std::filesystem::path& folder);

} // namespace convsight::course
