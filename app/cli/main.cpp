// convsight-cli: ConvSight without a window, for scripts, benchmarks and machines with no display.
#include "Cli.h"

#include <iostream>

int main(int argc, char* argv[]) {
    const std::vector<std::string> args(argv + 1, argv + argc);
    return convsight::cli::run(args, std::cout, std::cerr);
}
