// The lesson reader: header, steps with their setup lines, the question; every problem named by
// file and line. And the Qt-free check of the session files lessons load.
#include "course/Lesson.h"

#include "conv/LectureExamples.h"
#include "conv/SessionJson.h"
#include "io/Json.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <map>
#include <optional>
#include <set>
#include <sstream>

namespace convsight::course {

using nlohmann::json;

std::string LessonProblem::text() const {
    if (line <= 0)
        return file + ": " + message;
    return file + ":" + std::to_string(line) + ": " + message;
}

LessonError::LessonError(std::vector<LessonProblem> problems)
    : std::runtime_error(problems.empty() ? std::string("lesson error") : problems.front().text())
    , problems_(std::move(problems)) {}

std::size_t LessonQuestion::correct_choice() const {
    for (std::size_t i = 0; i < choices.size(); ++i)
        if (choices[i].correct)
            return i;
    return 0;
}

LessonSetup Lesson::step_setup(std::size_t index) const {
    LessonSetup result = setup;
    if (index < steps.size()) {
        const LessonSetup& own = steps[index].setup;
        const bool ownLoad = !own.state.empty() || !own.example.empty();
        if (ownLoad) {
            result.state = own.state;
            result.example = own.example;
        }
        if (!own.workspace.empty())
            result.workspace = own.workspace;
        else if (!own.example.empty())
            result.workspace = "step-through";
        // The line that names what is loaded (or, without a load of its own, the workspace).
        if (ownLoad || (!own.workspace.empty() && setup.state.empty() && setup.example.empty()))
            result.line = own.line;
    }
    return result;
}

std::vector<std::string> Lesson::state_files() const {
    std::vector<std::string> files;
    const auto add = [&](const std::string& state) {
        if (!state.empty() && std::find(files.begin(), files.end(), state) == files.end())
            files.push_back(state);
    };
    add(setup.state);
    for (const LessonStep& step : steps)
        add(step.setup.state);
    return files;
}

const std::vector<std::string>& lesson_workspaces() {
    static const std::vector<std::string> names{"filter", "step-through", "train", "inspect"};
    return names;
}

namespace {

std::string trim(std::string_view text) {
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string_view::npos)
        return {};
    const auto last = text.find_last_not_of(" \t");
    return std::string(text.substr(first, last - first + 1));
}

bool starts_with(std::string_view text, std::string_view prefix) {
    return text.substr(0, prefix.size()) == prefix;
}

bool known_workspace(const std::string& name) {
    const auto& names = lesson_workspaces();
    return std::find(names.begin(), names.end(), name) != names.end();
}

std::string workspace_problem(const std::string& name) {
    return "unknown workspace \"" + name + "\" (filter, step-through, train or inspect)";
}

// "unknown Lecture example "x" (worked-example, valid-slide, ... or fc-three-pixels)"; empty for
// an id that names one.
std::string example_problem(const std::string& id) {
    if (conv::find_lecture_example(id))
        return {};
    const auto& examples = conv::lecture_examples();
    std::string ids;
    for (std::size_t i = 0; i < examples.size(); ++i)
        ids += (i == 0 ? "" : i + 1 == examples.size() ? " or " : ", ") + examples[i].id;
    return "unknown Lecture example \"" + id + "\" (" + ids + ")";
}

// "1128-1205" or "754-880, 1040-1111": ranges of the lecture's lines, each first ≤ last.
bool valid_line_ranges(const std::string& text) {
    std::stringstream ranges(text);
    std::string range;
    int count = 0;
    while (std::getline(ranges, range, ',')) {
        range = trim(range);
        const auto dash = range.find('-');
        const std::string first = range.substr(0, dash);
        const std::string last = dash == std::string::npos ? first : range.substr(dash + 1);
        const auto digits = [](const std::string& s) {
            return !s.empty() && s.size() < 7 &&
                   std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
        };
        if (!digits(first) || !digits(last) || std::stoi(first) < 1 ||
            std::stoi(first) > std::stoi(last))
            return false;
        ++count;
    }
    return count > 0;
}

// Strips blank lines at both ends of a block of Markdown.
std::string block(const std::vector<std::string>& lines) {
    std::size_t first = 0;
    std::size_t last = lines.size();
    while (first < last && trim(lines[first]).empty())
        ++first;
    while (last > first && trim(lines[last - 1]).empty())
        --last;
    std::string text;
    for (std::size_t i = first; i < last; ++i)
        text += lines[i] + (i + 1 < last ? "\n" : "");
    return text;
}

class Parser {
public:
    Parser(std::string_view text, std::string file)
        : file_(std::move(file)) {
        std::string line;
        for (const char c : text) {
            if (c == '\n') {
                lines_.push_back(line);
                line.clear();
            } else if (c != '\r') {
                line += c;
            }
        }
        if (!line.empty())
            lines_.push_back(line);
        // A UTF-8 byte-order mark before the header.
        if (!lines_.empty() && starts_with(lines_[0], "\xEF\xBB\xBF"))
            lines_[0].erase(0, 3);
    }

    Lesson parse() {
        lesson_.file = file_;
        const auto slash = file_.find_last_of("/\\");
        lesson_.name = file_.substr(slash == std::string::npos ? 0 : slash + 1);
        if (const auto dot = lesson_.name.rfind('.'); dot != std::string::npos)
            lesson_.name.erase(dot);
        const std::size_t body = header();
        if (body > 0)
            sections(body);
        if (!problems_.empty())
            throw LessonError(problems_);
        return lesson_;
    }

private:
    void problem(int line, const std::string& message) {
        problems_.push_back({file_, line, message});
    }

    // The header between "---" lines; returns the index of the first body line (0: none).
    std::size_t header() {
        if (lines_.empty() || trim(lines_[0]) != "---") {
            problem(1, "a lesson starts with a header between \"---\" lines (title, lines, "
                       "workspace, state, example)");
            return 0;
        }
        std::size_t end = 1;
        while (end < lines_.size() && trim(lines_[end]) != "---")
            ++end;
        if (end == lines_.size()) {
            problem(1, "the header has no closing \"---\" line");
            return 0;
        }
        std::map<std::string, int> seen;
        for (std::size_t i = 1; i < end; ++i) {
            const int number = static_cast<int>(i) + 1;
            const std::string line = trim(lines_[i]);
            if (line.empty() || line[0] == '#')
                continue;
            const auto colon = line.find(':');
            if (colon == std::string::npos) {
                problem(number, "a header line is \"key: value\", not \"" + line + "\"");
                continue;
            }
            const std::string key = trim(line.substr(0, colon));
            const std::string value = trim(line.substr(colon + 1));
            if (seen.contains(key)) {
                problem(number, "\"" + key + "\" is given twice (first on line " +
                                    std::to_string(seen[key]) + ")");
                continue;
            }
            seen[key] = number;
            if (value.empty()) {
                problem(number, "\"" + key + "\" has no value");
                continue;
            }
            if (key == "title") {
                lesson_.title = value;
            } else if (key == "lines") {
                if (!valid_line_ranges(value))
                    problem(number, "lines \"" + value +
                                        "\" is not the lecture's lines, such as 1128-1205 or "
                                        "754-880, 1040-1111");
                lesson_.lines = value;
            } else if (key == "workspace") {
                if (!known_workspace(value))
                    problem(number, workspace_problem(value));
                lesson_.setup.workspace = value;
            } else if (key == "state") {
                lesson_.setup.state = value;
            } else if (key == "example") {
                if (const std::string why = example_problem(value); !why.empty())
                    problem(number, why);
                lesson_.setup.example = value;
            } else {
                problem(number, "unknown header key \"" + key +
                                    "\" (title, lines, workspace, state, example)");
            }
        }
        // An example shows Step through unless the header names another workspace.
        if (!seen.contains("workspace") && seen.contains("example"))
            lesson_.setup.workspace = "step-through";
        for (const char* key : {"state", "example", "workspace"})
            if (lesson_.setup.line == 0 && seen.contains(key))
                lesson_.setup.line = seen[key];
        for (const char* key : {"title", "lines"})
            if (!seen.contains(key))
                problem(static_cast<int>(end) + 1,
                        std::string("the header has no \"") + key + "\"");
        if (!seen.contains("workspace") && !seen.contains("example"))
            problem(static_cast<int>(end) + 1, "the header has no \"workspace\"");
        return end + 1;
    }

    // `<!-- setup: state=FILE example=ID workspace=NAME -->`; nullopt for a line that is not one.
    std::optional<LessonSetup> setup_line(std::size_t index) {
        const std::string line = trim(lines_[index]);
        if (!starts_with(line, "<!--"))
            return std::nullopt;
        std::string inside = trim(line.substr(4));
        if (!starts_with(inside, "setup"))
            return std::nullopt;
        const int number = static_cast<int>(index) + 1;
        LessonSetup setup;
        setup.line = number;
        if (line.size() < 7 || line.substr(line.size() - 3) != "-->") {
            problem(number, "a setup line is one line: <!-- setup: state=FILE example=ID "
                            "workspace=NAME -->");
            return setup;
        }
        inside = trim(inside.substr(5, inside.size() - 5 - 3));
        if (!starts_with(inside, ":")) {
            problem(number, "a setup line starts \"<!-- setup:\"");
            return setup;
        }
        std::stringstream words(inside.substr(1));
        std::string word;
        bool any = false;
        while (words >> word) {
            const auto equals = word.find('=');
            const std::string key = word.substr(0, equals);
            const std::string value = equals == std::string::npos ? "" : word.substr(equals + 1);
            if (equals == std::string::npos || value.empty()) {
                problem(number, "\"" + word +
                                    "\" is not key=value (state=FILE, example=ID, workspace=NAME)");
            } else if (key == "state") {
                setup.state = value;
                any = true;
            } else if (key == "example") {
                if (const std::string why = example_problem(value); !why.empty())
                    problem(number, why);
                setup.example = value;
                any = true;
            } else if (key == "workspace") {
                if (!known_workspace(value))
                    problem(number, workspace_problem(value));
                setup.workspace = value;
                any = true;
            } else {
                problem(number, "unknown setup key \"" + key + "\" (state, example, workspace)");
            }
        }
        if (!any && words.eof())
            problem(number, "the setup line sets nothing (state=FILE, example=ID, workspace=NAME)");
        return setup;
    }

    void sections(std::size_t body) {
        std::vector<std::string> intro;
        std::size_t i = body;
        for (; i < lines_.size() && !starts_with(lines_[i], "## "); ++i) {
            if (setup_line(i))
                problem(static_cast<int>(i) + 1,
                        "a setup line belongs in a step, under a \"## \" heading");
            else
                intro.push_back(lines_[i]);
        }
        lesson_.intro = block(intro);
        bool question = false;
        while (i < lines_.size()) {
            const int heading = static_cast<int>(i) + 1;
            const std::string title = trim(lines_[i].substr(3));
            std::size_t end = i + 1;
            while (end < lines_.size() && !starts_with(lines_[end], "## "))
                ++end;
            if (question) {
                problem(heading,
                        "\"## Question\" is the last section; \"" + title + "\" comes after it");
            } else if (title == "Question") {
                question = true;
                parse_question(i, end);
            } else {
                parse_step(i, end, title);
            }
            i = end;
        }
        const int last = static_cast<int>(lines_.size());
        if (lesson_.steps.empty())
            problem(last, "the lesson has no step: each starts with a \"## \" heading");
        if (!question)
            problem(last, "the lesson has no \"## Question\" section at its end");
    }

    void parse_step(std::size_t heading, std::size_t end, const std::string& title) {
        LessonStep step;
        step.title = title;
        step.line = static_cast<int>(heading) + 1;
        if (title.empty())
            problem(step.line, "a step's heading has no title");
        std::vector<std::string> text;
        for (std::size_t i = heading + 1; i < end; ++i) {
            if (const std::optional<LessonSetup> setup = setup_line(i)) {
                if (step.setup.line > 0)
                    problem(static_cast<int>(i) + 1,
                            "a step has one setup line (its first is on line " +
                                std::to_string(step.setup.line) + ")");
                else
                    step.setup = *setup;
                continue;
            }
            text.push_back(lines_[i]);
        }
        step.text = block(text);
        if (step.text.empty())
            problem(step.line, "the step \"" + title + "\" has no text");
        lesson_.steps.push_back(std::move(step));
    }

    // The question's text, then "- [ ] wrong" / "- [x] right" choices, then "Answer: ...".
    void parse_question(std::size_t heading, std::size_t end) {
        LessonQuestion& question = lesson_.question;
        question.line = static_cast<int>(heading) + 1;
        std::vector<std::string> text;
        std::vector<std::string> answer;
        enum class Part { Text, Choices, Answer } part = Part::Text;
        for (std::size_t i = heading + 1; i < end; ++i) {
            const int number = static_cast<int>(i) + 1;
            const std::string line = trim(lines_[i]);
            if (setup_line(i)) {
                problem(number, "the question has no setup line; put it in a step");
                continue;
            }
            const bool choice = starts_with(line, "- [") || starts_with(line, "* [");
            if (part == Part::Answer) {
                if (choice && line.size() > 4 && line[4] == ']')
                    problem(number, "a choice after \"Answer:\"; the choices come first");
                answer.push_back(lines_[i]);
                continue;
            }
            if (starts_with(line, "Answer:")) {
                part = Part::Answer;
                answer.push_back(trim(line.substr(7)));
                continue;
            }
            if (choice) {
                part = Part::Choices;
                const char mark = line.size() > 3 ? line[3] : '\0';
                if (line.size() < 5 || line[4] != ']' || (line.size() > 5 && line[5] != ' ') ||
                    (mark != ' ' && mark != 'x' && mark != 'X')) {
                    problem(number, "a choice is written \"- [ ] wrong\" or \"- [x] right\"");
                    continue;
                }
                const std::string choice_text = line.size() > 6 ? trim(line.substr(6)) : "";
                if (choice_text.empty())
                    problem(number, "the choice has no text");
                question.choices.push_back({choice_text, mark != ' ', number});
                continue;
            }
            if (part == Part::Choices) {
                if (!line.empty())
                    problem(number, "text between the choices and \"Answer:\"; a choice is "
                                    "one line");
                continue;
            }
            text.push_back(lines_[i]);
        }
        question.text = block(text);
        question.answer = block(answer);
        if (question.text.empty())
            problem(question.line, "the question has no text before its choices");
        if (question.choices.size() < 2)
            problem(question.line, "the question needs at least two choices (\"- [ ] ...\")");
        const auto right = std::count_if(question.choices.begin(), question.choices.end(),
                                         [](const LessonChoice& c) { return c.correct; });
        if (!question.choices.empty() && right == 0)
            problem(question.line, "no choice is marked right: write \"- [x]\" before it");
        if (right > 1)
            problem(question.line,
                    std::to_string(right) + " choices are marked right; a question has one");
        if (part != Part::Answer)
            problem(question.line, "the question has no \"Answer:\" paragraph after its choices");
        else if (question.answer.empty())
            problem(question.line, "the \"Answer:\" paragraph is empty");
    }

    std::string file_;
    std::vector<std::string> lines_;
    std::vector<LessonProblem> problems_;
    Lesson lesson_;
};

std::string check_part(const json& part, const char* key) {
    const std::string where = key;
    if (!part.is_object())
        return where + " is not an object";
    const auto need = [&](const char* field, auto is) -> std::string {
        if (!part.contains(field) || !is(part[field]))
            return where + "." + field + " is missing or has the wrong type";
        return {};
    };
    const auto is_string = [](const json& v) { return v.is_string(); };
    const auto is_integer = [](const json& v) { return v.is_number_integer(); };
    const auto is_bool = [](const json& v) { return v.is_boolean(); };
    const auto is_object = [](const json& v) { return v.is_object(); };
    std::vector<std::string> problems;
    try {
        if (where == "filter") {
            problems = {need("image", is_string),  need("image_name", is_string),
                        need("kernel", is_object), need("display", is_string),
                        need("view", is_integer),  need("grey", is_bool)};
            if (part.contains("kernel"))
                conv::kernel_model_from_json(part["kernel"]);
        } else if (where == "step_through") {
            problems = {need("document", is_object), need("mode", is_string),
                        need("step", is_integer), need("speed", is_integer),
                        need("im2col", is_bool)};
            if (part.contains("document"))
                conv::step_through_from_json(part["document"]);
            if (part.contains("mode") && part["mode"].is_string())
                conv::step_through_mode_from_name(part["mode"].get<std::string>());
        } else if (where == "train") {
            problems = {need("dataset", is_string), need("architecture", is_object)};
            if (part.contains("architecture") && part["architecture"].is_object() &&
                (!part["architecture"].contains("layers") ||
                 !part["architecture"]["layers"].is_array()))
                problems.push_back("train.architecture has no list of \"layers\"");
        } else if (where == "inspect") {
            problems = {need("tab", is_integer), need("source", is_integer),
                        need("test_example", is_integer)};
        }
    } catch (const conv::SessionJsonError& e) {
        return e.what();
    }
    for (const std::string& problem : problems)
        if (!problem.empty())
            return problem;
    return {};
}

} // namespace

Lesson parse_lesson(std::string_view text, const std::string& file) {
    return Parser(text, file).parse();
}

Lesson read_lesson(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    const std::string file = path.filename().string();
    if (!in)
        throw LessonError({{file, 0, "cannot be read"}});
    std::stringstream text;
    text << in.rdbuf();
    return parse_lesson(text.str(), file);
}

std::string check_session_shape(const json& document) {
    if (!document.is_object() || !document.contains("format") ||
        document["format"] != "convsight-session")
        return "not a ConvSight session: its \"format\" is not \"convsight-session\"";
    if (!document.contains("version") || !document["version"].is_number_integer() ||
        document["version"].get<long long>() < 1)
        return "its \"version\" is not a format number";
    if (document["version"].get<long long>() > 1)
        return "written by a newer ConvSight (format " +
               std::to_string(document["version"].get<long long>()) + "; this one reads 1)";
    bool partial = false;
    if (document.contains("partial")) {
        if (!document["partial"].is_boolean())
            return "\"partial\" is not true or false";
        partial = document["partial"].get<bool>();
    }
    if (document.contains("workspace")) {
        if (!document["workspace"].is_string() ||
            !known_workspace(document["workspace"].get<std::string>()))
            return "\"workspace\" names no workspace";
    } else if (!partial) {
        return "\"workspace\" is missing";
    }
    int parts = 0;
    for (const char* key : {"filter", "step_through", "train", "inspect"}) {
        if (!document.contains(key)) {
            if (!partial)
                return std::string("\"") + key + "\" is missing";
            continue;
        }
        ++parts;
        if (std::string problem = check_part(document[key], key); !problem.empty())
            return problem;
    }
    if (document.contains("model")) {
        if (!document["model"].is_null() && !document["model"].is_string())
            return "\"model\" is neither null nor text";
    } else if (!partial) {
        return "\"model\" is missing";
    }
    if (partial && parts == 0)
        return "a partial session holds no workspace's part";
    return {};
}

LessonCheck check_lesson_folder(const std::filesystem::path& folder) {
    namespace fs = std::filesystem;
    LessonCheck check;
    std::error_code error;
    if (!fs::is_directory(folder, error)) {
        check.problems.push_back({folder.string(), 0, "is not a folder of lessons"});
        return check;
    }
    std::vector<fs::path> files;
    for (const fs::directory_entry& entry : fs::directory_iterator(folder, error))
        if (entry.is_regular_file() && entry.path().extension() == ".md" &&
            entry.path().filename() != "README.md")
            files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    std::map<std::string, std::string> numbers;
    for (const fs::path& path : files) {
        const std::string file = path.filename().string();
        const std::string stem = path.stem().string();
        if (stem.size() < 4 || !std::isdigit(static_cast<unsigned char>(stem[0])) ||
            !std::isdigit(static_cast<unsigned char>(stem[1])) || stem[2] != '-')
            check.problems.push_back(
                {file, 1, "a lesson's name starts with its number and a dash, as 08-stride.md"});
        else if (const auto [at, added] = numbers.emplace(stem.substr(0, 2), file); !added)
            check.problems.push_back(
                {file, 1, "number " + stem.substr(0, 2) + " is " + at->second + "'s too"});
        Lesson lesson;
        try {
            lesson = read_lesson(path);
        } catch (const LessonError& e) {
            check.problems.insert(check.problems.end(), e.problems().begin(), e.problems().end());
            continue;
        }
        bool good = true;
        for (const std::string& state : lesson.state_files()) {
            int line = lesson.setup.state == state ? lesson.setup.line : 0;
            for (const LessonStep& step : lesson.steps)
                if (line == 0 && step.setup.state == state)
                    line = step.setup.line;
            const fs::path state_path = folder / state;
            std::ifstream in(state_path, std::ios::binary);
            if (!in) {
                check.problems.push_back({file, line, "state file \"" + state + "\" not found"});
                good = false;
                continue;
            }
            std::string problem;
            const std::string text((std::istreambuf_iterator<char>(in)),
                                   std::istreambuf_iterator<char>());
            try {
                problem = check_session_shape(io::parse_json(text, state_path.string()));
            } catch (const std::invalid_argument& e) {
                problem = std::string("not JSON (") + e.what() + ")";
            }
            if (!problem.empty()) {
                check.problems.push_back({file, line, "state file \"" + state + "\": " + problem});
                good = false;
            }
        }
        if (good)
            check.lessons.push_back(std::move(lesson));
    }
    if (files.empty())
        check.problems.push_back({folder.string(), 0, "holds no lesson (*.md)"});
    return check;
}

} // namespace convsight::course
