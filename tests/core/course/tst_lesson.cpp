// The lesson reader: a lesson's header, steps, setup lines, question and choices; every kind of
// damage named by its line; the session-shape check; the bundled lessons all check.
#include "course/Lesson.h"

#include <QTemporaryDir>
#include <QTest>
#include <filesystem>
#include <fstream>

using convsight::course::check_lesson_folder;
using convsight::course::check_session_shape;
using convsight::course::Lesson;
using convsight::course::LessonError;
using convsight::course::parse_lesson;
using nlohmann::json;
namespace fs = std::filesystem;

class TestLesson : public QObject {
    Q_OBJECT
private slots:
    void readsHeaderStepsAndQuestion();
    void stepSetupFallsBackToTheLesson();
    void lectureExamplesAreNamedById();
    void damageNamesItsLine_data();
    void damageNamesItsLine();
    void everyProblemIsReported();
    void sessionShape_data();
    void sessionShape();
    void bundledLessonsCheck();
    void damagedFolderNamesFileAndLine();
};

namespace {

const char* kLesson = R"(---
title: Stride
lines: 1128-1205
workspace: step-through
state: states/stride.convsight
---
Some words before the steps.

## Stride 1
The window moves one cell.

## Stride 2
<!-- setup: state=states/stride-2.convsight -->
It moves two.

Second paragraph.

## Look at Filter
<!-- setup: workspace=filter -->
Filter text.

## Question
How big is the output?

- [ ] 2×2
- [x] 1×1
- [ ] 3×3

Answer: (4 − 3) / 2 + 1 = 1,
rounded down.
)";

std::string replaced(std::string text, const std::string& from, const std::string& to) {
    const auto at = text.find(from);
    if (at == std::string::npos)
        qFatal("test text lacks %s", from.c_str());
    return text.replace(at, from.size(), to);
}

json fullSession() {
    return json::parse(R"({"format": "convsight-session", "version": 1, "workspace": "filter",
        "filter": {"image": "", "image_name": "", "display": "clamp", "view": 0, "grey": false,
                   "kernel": {"channels": [{"values": [[1]], "divisor": 1},
                                           {"values": [[1]], "divisor": 1},
                                           {"values": [[1]], "divisor": 1}],
                              "per_channel": false, "offset": 0, "border": "reflect",
                              "preset_id": "identity", "name": "Identity"}},
        "step_through": {"mode": "convolution", "step": 0, "speed": 5, "im2col": false,
            "document": {"channels": 1, "kernel_count": 1, "height": 2, "width": 2,
                         "kernel_size": 1, "input": [1, 2, 3, 4], "kernels": [2], "divisor": 1,
                         "preset_id": "", "stride": 1, "padding": "valid", "border": "zero",
                         "dilation": 1, "flip": false}},
        "train": {"dataset": "shapes", "architecture": {"layers": []}},
        "inspect": {"tab": 0, "source": 0, "test_example": 0, "map": [-1, -1, -1, -1]},
        "model": null})");
}

void write(const fs::path& path, const std::string& text) {
    std::ofstream(path, std::ios::binary) << text;
}

} // namespace

void TestLesson::readsHeaderStepsAndQuestion() {
    const Lesson lesson = parse_lesson(kLesson, "08-stride.md");
    QCOMPARE(lesson.name, std::string("08-stride"));
    QCOMPARE(lesson.title, std::string("Stride"));
    QCOMPARE(lesson.lines, std::string("1128-1205"));
    QCOMPARE(lesson.setup.workspace, std::string("step-through"));
    QCOMPARE(lesson.setup.state, std::string("states/stride.convsight"));
    QCOMPARE(lesson.setup.line, 5);
    QCOMPARE(lesson.intro, std::string("Some words before the steps."));
    QCOMPARE(lesson.steps.size(), std::size_t(3));
    QCOMPARE(lesson.steps[0].title, std::string("Stride 1"));
    QCOMPARE(lesson.steps[0].line, 9);
    QCOMPARE(lesson.steps[0].text, std::string("The window moves one cell."));
    // The setup line is not part of the text; paragraphs are kept.
    QCOMPARE(lesson.steps[1].text, std::string("It moves two.\n\nSecond paragraph."));
    QCOMPARE(lesson.steps[1].setup.state, std::string("states/stride-2.convsight"));
    QCOMPARE(lesson.steps[1].setup.line, 13);
    QCOMPARE(lesson.question.line, 22);
    QCOMPARE(lesson.question.text, std::string("How big is the output?"));
    QCOMPARE(lesson.question.choices.size(), std::size_t(3));
    QCOMPARE(lesson.question.choices[1].text, std::string("1×1"));
    QVERIFY(lesson.question.choices[1].correct);
    QVERIFY(!lesson.question.choices[0].correct);
    QCOMPARE(lesson.question.choices[2].line, 27);
    QCOMPARE(lesson.question.correct_choice(), std::size_t(1));
    QCOMPARE(lesson.question.answer, std::string("(4 − 3) / 2 + 1 = 1,\nrounded down."));
    QCOMPARE(lesson.state_files(),
             (std::vector<std::string>{"states/stride.convsight", "states/stride-2.convsight"}));
}

void TestLesson::stepSetupFallsBackToTheLesson() {
    const Lesson lesson = parse_lesson(kLesson, "08-stride.md");
    QCOMPARE(lesson.step_setup(0).state, std::string("states/stride.convsight"));
    QCOMPARE(lesson.step_setup(0).workspace, std::string("step-through"));
    QCOMPARE(lesson.step_setup(1).state, std::string("states/stride-2.convsight"));
    QCOMPARE(lesson.step_setup(1).workspace, std::string("step-through"));
    QCOMPARE(lesson.step_setup(2).state, std::string("states/stride.convsight"));
    QCOMPARE(lesson.step_setup(2).workspace, std::string("filter"));
    // The state named in the header, on line 5; the second step's own on line 13.
    QCOMPARE(lesson.step_setup(2).line, 5);
    QCOMPARE(lesson.step_setup(1).line, 13);
}

// `example: ID` in the header and `example=ID` in a step: a step that names a state or an example
// loads only its own; an example shows Step through unless the step names another workspace.
void TestLesson::lectureExamplesAreNamedById() {
    const std::string text = replaced(
        replaced(replaced(kLesson, "workspace: step-through\nstate: states/stride.convsight",
                          "example: worked-example\nworkspace: filter"),
                 "<!-- setup: state=states/stride-2.convsight -->",
                 "<!-- setup: example=padding-2 -->"),
        "Filter text.",
        "Filter text.\n\n## Back to the grid\n<!-- setup: example=valid-slide "
        "state=states/same.convsight -->\nMore.");
    const Lesson lesson = parse_lesson(text, "09-padding.md");
    QCOMPARE(lesson.setup.example, std::string("worked-example"));
    QCOMPARE(lesson.setup.workspace, std::string("filter"));
    QCOMPARE(lesson.setup.line, 4);
    QCOMPARE(lesson.steps.size(), std::size_t(4));
    // The lesson's example, in the lesson's workspace.
    QCOMPARE(lesson.step_setup(0).example, std::string("worked-example"));
    QCOMPARE(lesson.step_setup(0).workspace, std::string("filter"));
    // The step's own example, in Step through although the lesson says Filter.
    QCOMPARE(lesson.step_setup(1).example, std::string("padding-2"));
    QCOMPARE(lesson.step_setup(1).state, std::string());
    QCOMPARE(lesson.step_setup(1).workspace, std::string("step-through"));
    QCOMPARE(lesson.step_setup(1).line, 13);
    // A workspace alone keeps the lesson's example.
    QCOMPARE(lesson.step_setup(2).example, std::string("worked-example"));
    QCOMPARE(lesson.step_setup(2).workspace, std::string("filter"));
    QCOMPARE(lesson.step_setup(2).line, 4);
    // A state and an example on one line: both, the state applied first.
    QCOMPARE(lesson.step_setup(3).state, std::string("states/same.convsight"));
    QCOMPARE(lesson.step_setup(3).example, std::string("valid-slide"));
    QCOMPARE(lesson.step_setup(3).workspace, std::string("step-through"));
    QCOMPARE(lesson.state_files(), std::vector<std::string>{"states/same.convsight"});

    // A step's own state replaces the lesson's example.
    const Lesson withState = parse_lesson(
        replaced(kLesson, "state: states/stride.convsight", "example: padding-2"), "08-stride.md");
    QCOMPARE(withState.step_setup(0).example, std::string("padding-2"));
    QCOMPARE(withState.step_setup(1).example, std::string());
    QCOMPARE(withState.step_setup(1).state, std::string("states/stride-2.convsight"));

    // With an example, the header may leave out the workspace: Step through.
    const Lesson noWorkspace =
        parse_lesson(replaced(kLesson, "workspace: step-through\nstate: states/stride.convsight",
                              "example: curve-detector"),
                     "16-curve.md");
    QCOMPARE(noWorkspace.setup.workspace, std::string("step-through"));
    QCOMPARE(noWorkspace.setup.line, 4);
}

void TestLesson::damageNamesItsLine_data() {
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");
    QTest::newRow("no header") << "---\ntitle"
                               << "title" << 1 << "starts with a header";
    QTest::newRow("unclosed header")
        << "state: states/stride.convsight\n---"
        << "state: states/stride.convsight" << 1 << "no closing \"---\"";
    QTest::newRow("unknown workspace")
        << "workspace: step-through"
        << "workspace: stepthrough" << 4 << "unknown workspace \"stepthrough\"";
    QTest::newRow("unknown example")
        << "state: states/stride.convsight"
        << "example: worked-examples" << 5
        << "unknown Lecture example \"worked-examples\" (worked-example, valid-slide, "
           "padding-2, curve-detector or fc-three-pixels)";
    QTest::newRow("setup example")
        << "<!-- setup: state=states/stride-2.convsight -->"
        << "<!-- setup: example=padding2 -->" << 13
        << "unknown Lecture example \"padding2\" (worked-example, valid-slide, padding-2, "
           "curve-detector or fc-three-pixels)";
    QTest::newRow("empty example") << "<!-- setup: state=states/stride-2.convsight -->"
                                   << "<!-- setup: example= -->" << 13 << "is not key=value";
    QTest::newRow("bad lines") << "lines: 1128-1205"
                               << "lines: 1205-1128" << 3 << "is not the lecture's lines";
    QTest::newRow("unknown key") << "title: Stride"
                                 << "titel: Stride" << 2 << "unknown header key \"titel\"";
    QTest::newRow("missing title") << "title: Stride\n"
                                   << "" << 5 << "no \"title\"";
    QTest::newRow("not key value") << "title: Stride"
                                   << "title Stride" << 2 << "key: value";
    QTest::newRow("empty value") << "lines: 1128-1205"
                                 << "lines:" << 3 << "has no value";
    QTest::newRow("twice") << "title: Stride"
                           << "title: Stride\ntitle: Again" << 3 << "given twice";
    QTest::newRow("setup workspace")
        << "<!-- setup: workspace=filter -->"
        << "<!-- setup: workspace=filters -->" << 19 << "unknown workspace \"filters\"";
    QTest::newRow("setup key") << "<!-- setup: workspace=filter -->"
                               << "<!-- setup: space=filter -->" << 19
                               << "unknown setup key \"space\"";
    QTest::newRow("setup not closed") << "<!-- setup: workspace=filter -->"
                                      << "<!-- setup: workspace=filter" << 19 << "one line";
    QTest::newRow("setup twice") << "Filter text."
                                 << "<!-- setup: state=a.convsight -->" << 20 << "one setup line";
    QTest::newRow("setup in intro")
        << "Some words before the steps."
        << "<!-- setup: workspace=filter -->" << 7 << "belongs in a step";
    QTest::newRow("empty step") << "The window moves one cell."
                                << "" << 9 << "has no text";
    QTest::newRow("no question") << "## Question"
                                 << "## Quiz" << 30 << "no \"## Question\"";
    QTest::newRow("section after question") << "rounded down.\n"
                                            << "rounded down.\n## More\n"
                                            << 31 << "is the last section";
    QTest::newRow("bad choice") << "- [ ] 3×3"
                                << "- [o] 3×3" << 27 << "a choice is written";
    QTest::newRow("no right choice") << "- [x] 1×1"
                                     << "- [ ] 1×1" << 22 << "no choice is marked";
    QTest::newRow("two right choices") << "- [ ] 3×3"
                                       << "- [x] 3×3" << 22 << "2 choices";
    QTest::newRow("one choice") << "- [ ] 2×2\n- [x] 1×1\n- [ ] 3×3"
                                << "- [x] 1×1" << 22 << "at least two choices";
    QTest::newRow("no answer") << "Answer: (4 − 3)"
                               << "(4 − 3)" << 29 << "between the choices";
    QTest::newRow("no answer at all") << "Answer: (4 − 3) / 2 + 1 = 1,\nrounded down."
                                      << "" << 22 << "no \"Answer:\"";
    QTest::newRow("empty choice") << "- [ ] 3×3"
                                  << "- [ ] " << 27 << "has no text";
    QTest::newRow("choice in answer") << "rounded down."
                                      << "- [ ] late" << 30 << "a choice after \"Answer:\"";
    QTest::newRow("no question text") << "How big is the output?"
                                      << "" << 22 << "no text before its choices";
}

void TestLesson::damageNamesItsLine() {
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(int, line);
    QFETCH(QString, message);
    const std::string text = replaced(kLesson, from.toStdString(), to.toStdString());
    try {
        parse_lesson(text, "08-stride.md");
        QFAIL("the damaged lesson was read");
    } catch (const LessonError& e) {
        const auto& problems = e.problems();
        const bool found = std::any_of(problems.begin(), problems.end(), [&](const auto& p) {
            return p.line == line && p.file == "08-stride.md" &&
                   p.message.find(message.toStdString()) != std::string::npos;
        });
        if (!found)
            QFAIL(qPrintable(QStringLiteral("expected line %1 \"%2\", got: %3")
                                 .arg(line)
                                 .arg(message, QString::fromStdString(e.what()))));
        QVERIFY(std::string(e.what()).starts_with("08-stride.md:"));
    }
}

void TestLesson::everyProblemIsReported() {
    std::string text = replaced(kLesson, "workspace: step-through", "workspace: stepthrough");
    text = replaced(text, "- [x] 1×1", "- [ ] 1×1");
    try {
        parse_lesson(text, "03-stride.md");
        QFAIL("the damaged lesson was read");
    } catch (const LessonError& e) {
        QCOMPARE(e.problems().size(), std::size_t(2));
        QCOMPARE(e.problems()[0].text(),
                 std::string("03-stride.md:4: unknown workspace \"stepthrough\" (filter, "
                             "step-through, train or inspect)"));
        QCOMPARE(e.problems()[1].line, 22);
    }
}

void TestLesson::sessionShape_data() {
    QTest::addColumn<QString>("change"); // a JSON merge patch applied to the full session
    QTest::addColumn<QString>("problem");
    QTest::newRow("full") << "{}"
                          << "";
    QTest::newRow("partial step through")
        << R"({"partial": true, "workspace": null, "filter": null, "train": null,
              "inspect": null, "model": null})"
        << "";
    QTest::newRow("partial, nothing")
        << R"({"partial": true, "filter": null, "step_through": null, "train": null,
              "inspect": null})"
        << "holds no workspace's part";
    QTest::newRow("full, part missing") << R"({"train": null})"
                                        << "\"train\" is missing";
    QTest::newRow("other format") << R"({"format": "x"})"
                                  << "not a ConvSight session";
    QTest::newRow("newer") << R"({"version": 2})"
                           << "newer ConvSight";
    QTest::newRow("bad workspace") << R"({"workspace": "nowhere"})"
                                   << "names no workspace";
    QTest::newRow("bad document") << R"({"step_through": {"document": {"width": 99}}})"
                                  << "step_through.width";
    QTest::newRow("bad mode") << R"({"step_through": {"mode": "dance"}})"
                              << "not a mode";
    QTest::newRow("bad kernel") << R"({"filter": {"kernel": {"border": "x"}}})"
                                << "kernel.border";
    QTest::newRow("train without layers") << R"({"train": {"architecture": {"layers": null}}})"
                                          << "no list of \"layers\"";
    QTest::newRow("partial not bool") << R"({"partial": 1})"
                                      << "\"partial\"";
}

void TestLesson::sessionShape() {
    QFETCH(QString, change);
    QFETCH(QString, problem);
    json document = fullSession();
    document.merge_patch(json::parse(change.toStdString()));
    const std::string found = check_session_shape(document);
    if (problem.isEmpty())
        QCOMPARE(found, std::string());
    else
        QVERIFY2(found.find(problem.toStdString()) != std::string::npos, found.c_str());
}

void TestLesson::bundledLessonsCheck() {
    const auto check = check_lesson_folder(CONVSIGHT_LESSONS_DIR);
    for (const auto& problem : check.problems)
        qWarning("%s", problem.text().c_str());
    QVERIFY(check.problems.empty());
    QVERIFY(check.lessons.size() >= 16);
    for (std::size_t i = 0; i < check.lessons.size(); ++i) {
        const Lesson& lesson = check.lessons[i];
        // Numbered 01, 02, ... in the lecture's order, with no gap.
        QCOMPARE(std::stoi(lesson.name.substr(0, 2)), static_cast<int>(i) + 1);
        QVERIFY(!lesson.steps.empty());
        QVERIFY(lesson.question.choices.size() >= 2);
    }
}

void TestLesson::damagedFolderNamesFileAndLine() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const fs::path folder = dir.path().toStdString();
    fs::create_directory(folder / "states");
    write(folder / "01-good.md", kLesson);
    json partial = fullSession();
    partial["partial"] = true;
    partial.erase("filter");
    write(folder / "states/stride.convsight", partial.dump());
    write(folder / "states/stride-2.convsight", "{not json");
    write(folder / "02-bad.md", replaced(kLesson, "workspace: step-through", "workspace: x"));
    write(folder / "03-also.md", kLesson);
    write(folder / "3-unnumbered.md", kLesson);
    write(folder / "README.md", "not a lesson");
    const auto check = check_lesson_folder(folder);
    std::vector<std::string> texts;
    for (const auto& problem : check.problems)
        texts.push_back(problem.text());
    const auto has = [&](const std::string& start) {
        return std::any_of(texts.begin(), texts.end(),
                           [&](const std::string& t) { return t.starts_with(start); });
    };
    QVERIFY(has("01-good.md:13: state file \"states/stride-2.convsight\": not JSON"));
    QVERIFY(has("02-bad.md:4: unknown workspace \"x\""));
    QVERIFY(has("3-unnumbered.md:1: a lesson's name starts with its number"));
    QVERIFY(!has("01-good.md:5:")); // the partial session is fine
    QCOMPARE(check.lessons.size(), std::size_t(0));
    fs::remove(folder / "states/stride-2.convsight");
    const auto again = check_lesson_folder(folder);
    QVERIFY(std::any_of(again.problems.begin(), again.problems.end(), [](const auto& p) {
        return p.text() == "01-good.md:13: state file \"states/stride-2.convsight\" not found";
    }));

    // 60,000 levels of nesting: a problem with its reason, not a stack overflow.
    write(folder / "states/stride-2.convsight", std::string(60000, '[') + std::string(60000, ']'));
    const auto deep = check_lesson_folder(folder);
    QVERIFY(std::any_of(deep.problems.begin(), deep.problems.end(), [](const auto& p) {
        return p.text().starts_with(
                   "01-good.md:13: state file \"states/stride-2.convsight\": not JSON (") &&
               p.text().ends_with(
                   "stride-2.convsight: JSON nesting depth: 65 is more than the limit of 64)");
    }));
}

QTEST_GUILESS_MAIN(TestLesson)
#include "tst_lesson.moc"
