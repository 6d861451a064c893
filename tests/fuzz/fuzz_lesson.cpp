// Lesson files (Markdown with a header, steps and a question) as the Lessons panel reads them:
// parse_lesson, then each step's setup and the question's answer. A LessonError listing the
// problems is the reader's refusal; anything else is a finding.
#include "FuzzSupport.h"
#include "course/Lesson.h"

#include <stdexcept>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace convsight;
    course::Lesson lesson;
    try {
        lesson = course::parse_lesson(fuzz::as_text(data, size), "99-fuzz.md");
    } catch (const course::LessonError& e) {
        if (e.problems().empty())
            throw std::logic_error("a lesson was refused without a problem");
        for (const course::LessonProblem& problem : e.problems())
            (void)problem.text();
        return 0;
    }
    for (std::size_t i = 0; i <= lesson.steps.size(); ++i)
        (void)lesson.step_setup(i);
    (void)lesson.state_files();
    if (lesson.question.correct_choice() >= lesson.question.choices.size())
        throw std::logic_error("the right choice is not one of the choices");
    return 0;
}
