// `convsight-cli lessons check DIR` and `lessons list [DIR]`: the lesson files (docs/lessons.md)
// checked as a teacher writes them, and the lessons listed, by default those built in.
#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace convsight::cli {

int runLessons(const std::vector<std::string>& args, std::ostream& out);
extern const char* const kLessonsUsage;

} // namespace convsight::cli
