// convsight-cli's commands and its argument parsing: one table of subcommands, each with its usage.
#pragma once

#include "compute/Device.h"

#include <functional>
#include <map>
#include <ostream>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

namespace convsight::cli {

// A mistake in how the program was called: the usage goes to stderr and the exit code is 2.
class UsageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// A value an option cannot take (--epochs 0, --lr nan, --threads 100000): printed as the one line
// "convsight-cli <command>: <option> must be <what it accepts>, not '<value>'", without the usage
// (the line says all there is to say), exit code 2.
class OptionValueError : public UsageError {
public:
    using UsageError::UsageError;
};

// A file that cannot be read or written, its message already "<path>: <problem>": printed as the
// one line "convsight-cli: <path>: <problem>", exit code 1.
class FileError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// The options after a subcommand: flags (--json) and valued options (--batch 64 or --batch=64).
class Options {
public:
    // Throws UsageError for an option not in `flags` or `valued`, a missing value, or a stray word.
    Options(const std::string& command, const std::vector<std::string>& args,
            const std::set<std::string>& flags, const std::set<std::string>& valued = {});

    // The command these options belong to, for messages: "info", "bench train".
    const std::string& command() const { return command_; }
    bool flag(const std::string& name) const { return flags_.contains(name); }
    std::string value(const std::string& name, const std::string& fallback) const;

private:
    std::string command_;
    std::set<std::string> flags_;
    std::map<std::string, std::string> values_;
};

// The value of option `name` as a whole number from `minimum` to `maximum` (`fallback` when
// absent); throws OptionValueError naming the option and the range otherwise.
int wholeNumberOption(const Options& options, const std::string& name, int fallback, int minimum,
                      int maximum);
// `text`, given for option `name`, as a whole number from `minimum` to `maximum`; throws
// OptionValueError as wholeNumberOption() does (for the parts of "2,1" or "4x6").
int wholeNumberIn(const Options& options, const std::string& name, const std::string& text,
                  int minimum, int maximum);

// The real numbers an option accepts: from `minimum` to `maximum`, each end included unless said.
struct RealRange {
    double minimum;
    double maximum;
    bool minimum_excluded{false}; // --lr: above 0
    bool maximum_excluded{false}; // --momentum: below 1
};
// The value of option `name` as a finite number in `range` (`fallback` when absent); throws
// OptionValueError naming the option and the range for anything else (nan, inf, 1e300, -1).
double realNumberOption(const Options& options, const std::string& name, double fallback,
                        const RealRange& range);
// "COMMAND: NAME must be ACCEPTED, not 'TEXT'" as an OptionValueError.
OptionValueError optionValueError(const Options& options, const std::string& name,
                                  const std::string& accepted, const std::string& text);
// --device: cpu (the default), cuda or cuda:N; throws UsageError for anything else.
compute::Device deviceOption(const Options& options);

struct Command {
    std::string name;
    std::string summary; // one line, for the command list
    std::string usage;   // the whole help text of the command
    std::function<int(const std::vector<std::string>& args, std::ostream& out)> run;
};

const std::vector<Command>& commands();

// Runs the program with argv[1..]; returns the exit code (0 ok, 1 failed, 2 wrong usage).
int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

} // namespace convsight::cli
