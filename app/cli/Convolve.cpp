// `convsight-cli geometry` and `convsight-cli convolve`: thin front ends over core/conv's
// ConvGeometry, ConvTrace, kernel presets and files, and, for images, the compute library's
// filter2d and core/image's loading, display modes and saving; only a kernel file's offset is
// added here.
#include "Convolve.h"

#include "Cli.h"
#include "compute/Tensor.h"
#include "compute/ops.h"
#include "conv/ConvGeometry.h"
#include "conv/ConvTrace.h"
#include "conv/KernelFile.h"
#include "conv/KernelPresets.h"
#include "conv/MatrixCsv.h"
#include "image/ImageIO.h"
#include "image/SignedDisplay.h"
#include "image/TensorMat.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <filesystem>
#include <iostream>
#include <optional>
#include <stdexcept>
#include <string_view>
#include <tuple>

namespace convsight::cli {
namespace cv = convsight::conv;
namespace cs = convsight::compute;

namespace {

// The options both commands share, as their usage lines and help texts.
constexpr const char* kGeometryOptionsHelp =
    "  --stride S|SY,SX    how far the window moves each step (default 1)\n"
    "  --padding MODE      valid (none, the default), same (output = ceil(input / stride),\n"
    "                      TensorFlow's rule), P (P cells on every side) or T,B,L,R\n"
    "  --dilation D|DY,DX  gaps between the kernel's taps; 1 (the default) means none\n";

// "-3" → -3; nullopt unless the whole text is one whole number.
std::optional<int> wholeNumber(std::string_view text) {
    int value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc{} || end != text.data() + text.size())
        return std::nullopt;
    return value;
}

// Whole numbers separated by `separators` ("2,1", "4x6"); nullopt if any part is not one.
std::optional<std::vector<int>> wholeNumbers(std::string_view text, std::string_view separators) {
    std::vector<int> values;
    while (true) {
        const auto cut = text.find_first_of(separators);
        const auto value = wholeNumber(text.substr(0, cut));
        if (!value)
            return std::nullopt;
        values.push_back(*value);
        if (cut == std::string_view::npos)
            return values;
        text.remove_prefix(cut + 1);
    }
}

// --input H[xW], --kernel F[xF]: one number for a square, two for height × width.
std::pair<int, int> sizeOption(const Options& options, const std::string& name) {
    const std::string text = options.value(name, "");
    if (text.empty())
        throw UsageError(options.command() + ": say the size with " + name + " H or " + name +
                         " HxW");
    // Accept the × the slides write as well as x.
    constexpr std::string_view times = "×";
    std::string plain;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (std::string_view(text).substr(i).starts_with(times)) {
            plain += 'x';
            i += times.size() - 1;
        } else {
            plain += text[i];
        }
    }
    const auto values = wholeNumbers(plain, "xX");
    if (!values || values->size() > 2)
        throw UsageError(options.command() + ": " + name +
                         " wants a size such as 4 or 4x6 (height x width), not '" + text + "'");
    return {values->front(), values->back()};
}

// --stride S|SY,SX and --dilation D|DY,DX: one value for both axes, or rows then columns. Values
// below 1 pass, for ConvGeometry::why_invalid() to explain.
std::pair<int, int> axisPairOption(const Options& options, const std::string& name,
                                   const std::string& form) {
    const std::string text = options.value(name, "1");
    const auto values = wholeNumbers(text, ",");
    if (!values || values->size() > 2)
        throw UsageError(options.command() + ": " + name + " wants " + form +
                         " (whole numbers), not '" + text + "'");
    return {values->front(), values->back()};
}

std::string lowercase(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

// Stride, padding and dilation from the options; the sizes are the caller's.
void applyGeometryOptions(const Options& options, cv::ConvGeometry::Params& params) {
    std::tie(params.stride_y, params.stride_x) = axisPairOption(options, "--stride", "S or SY,SX");
    std::tie(params.dilation_y, params.dilation_x) =
        axisPairOption(options, "--dilation", "D or DY,DX");

    const std::string padding = lowercase(options.value("--padding", "valid"));
    if (padding == "valid") {
        params.mode = cv::PaddingMode::Valid;
        return;
    }
    if (padding == "same") {
        params.mode = cv::PaddingMode::Same;
        return;
    }
    const auto values = wholeNumbers(padding, ",");
    if (!values || (values->size() != 1 && values->size() != 4))
        throw UsageError(options.command() +
                         ": --padding wants valid, same, P or T,B,L,R (whole numbers), not '" +
                         options.value("--padding", "") + "'");
    const std::vector<int>& p = *values;
    params.mode = cv::PaddingMode::Explicit;
    params.explicit_padding =
        p.size() == 1 ? cv::Padding{p[0], p[0], p[0], p[0]} : cv::Padding{p[0], p[1], p[2], p[3]};
}

// " valid", " same", or nothing for numbers given by the user.
std::string paddingModeName(cv::PaddingMode mode) {
    switch (mode) {
    case cv::PaddingMode::Valid:
        return " valid";
    case cv::PaddingMode::Same:
        return " same";
    case cv::PaddingMode::Explicit:
        break;
    }
    return "";
}

cs::BorderMode borderOption(const Options& options) {
    const std::string border = lowercase(options.value("--border", "zero"));
    if (border == "zero")
        return cs::BorderMode::Zero;
    if (border == "replicate")
        return cs::BorderMode::Replicate;
    if (border == "reflect")
        return cs::BorderMode::Reflect;
    if (border == "wrap")
        return cs::BorderMode::Wrap;
    throw UsageError(options.command() +
                     ": --border wants zero, replicate, reflect or wrap, not '" +
                     options.value("--border", "") + "'");
}

std::string sizeText(int height, int width) {
    return std::to_string(height) + "×" + std::to_string(width);
}

cv::Matrix readMatrix(const std::string& name) {
    if (name == "-")
        return cv::read_matrix_csv(std::cin, "stdin");
    return cv::load_matrix_csv(name);
}

// A CSV or .kernel.json file, stdin (CSV), or a preset (its integer matrix and divisor, so 1/9
// stays exact). A file wins over a preset of the same name.
cv::FilterKernel readKernel(const std::string& name) {
    std::error_code error;
    if (name == "-")
        return {"stdin", readMatrix(name)};
    if (std::filesystem::exists(name, error))
        return cv::load_kernel_file(name);
    const auto& presets = cv::kernel_presets();
    const auto preset = std::find_if(presets.begin(), presets.end(),
                                     [&](const cv::KernelPreset& p) { return p.id == name; });
    if (preset != presets.end())
        return cv::kernel_from_preset(*preset);
    if (name.find_first_of("/.") != std::string::npos)
        return cv::load_kernel_file(name); // meant as a file: "K.csv: no such file"
    throw std::runtime_error("'" + name +
                             "' is neither a kernel file (CSV or .json) nor a preset (" +
                             cv::kernel_preset_ids() + ")");
}

// core/conv's refusal of a kernel whose output on values up to `largest` would leave a float.
void check_output_fits_float(const cv::FilterKernel& kernel, double largest) {
    std::vector<double> weights;
    for (const auto& row : kernel.weights())
        weights.insert(weights.end(), row.begin(), row.end());
    cv::check_filter_output_fits_float(weights, kernel.offset, largest, kernel.name);
}

image::SignedDisplay displayOption(const Options& options) {
    const std::string display = lowercase(options.value("--display", "clamp"));
    std::string ids;
    for (const image::SignedDisplay mode : image::signed_displays()) {
        if (display == image::signed_display_id(mode))
            return mode;
        ids += (ids.empty() ? "" : ", ") + image::signed_display_id(mode);
    }
    throw UsageError(options.command() + ": --display wants one of " + ids + ", not '" +
                     options.value("--display", "") + "'");
}

// convolve --image: every channel filtered by the kernel on the chosen device, the offset added,
// shown in the display mode and saved as 8-bit. Everything is read and checked before the output
// is written, and save_image replaces the file only once the new one is complete.
int convolveImage(const Options& options, const std::string& kernelName, std::ostream& out) {
    const std::string imageName = options.value("--image", "");
    const std::string outName = options.value("--out", "");
    if (outName.empty())
        throw UsageError("convolve: say where to write the filtered image with --out OUT.png");
    for (const char* matrixOnly : {"--stride", "--padding", "--dilation"})
        if (!options.value(matrixOnly, "").empty())
            throw UsageError(std::string("convolve: ") + matrixOnly +
                             " applies to --matrix; an image keeps its size (stride 1, the border "
                             "fills the padding)");
    if (options.flag("--trace") || options.flag("--flip"))
        throw UsageError("convolve: --trace and --flip apply to --matrix only");
    const cs::BorderMode border = imageBorderOption(options);
    const image::SignedDisplay display = displayOption(options);
    const cs::Device device = deviceOption(options);

    const ::cv::Mat picture = image::load_image(imageName);
    const cv::FilterKernel kernel = readKernel(kernelName);
    const cv::Matrix weights = kernel.weights();
    const int rows = static_cast<int>(weights.size());
    const int columns = static_cast<int>(weights.front().size());
    std::vector<float> values;
    for (const auto& row : weights)
        for (const double value : row)
            values.push_back(static_cast<float>(value));

    const cs::Tensor pixels = image::mat_to_tensor(picture);
    float largest = 0; // refused before filtering when the output could leave a float
    for (std::int64_t i = 0; i < pixels.numel(); ++i)
        largest = std::max(largest, std::abs(pixels.data()[i]));
    check_output_fits_float(kernel, largest);
    const cs::Tensor input = pixels.to(device);
    const cs::Tensor k = cs::Tensor::from({rows, columns}, values, device);
    cs::Tensor filtered = cs::ops::filter2d(input, k, border).to(cs::Device::cpu());
    if (kernel.offset != 0.0) {
        float* data = filtered.data();
        for (std::int64_t i = 0; i < filtered.numel(); ++i)
            data[i] += static_cast<float>(kernel.offset);
    }
    image::save_image(outName, image::to_display(image::tensor_to_mat(filtered, CV_32F), display));
    out << "wrote " << outName << ": " << picture.cols << "×" << picture.rows << ", "
        << (picture.channels() == 1 ? "grey" : "colour") << ", " << rows << "×" << columns
        << " kernel on " << device.id() << "\n";
    return 0;
}

// `text` broken at spaces into lines of at most `width` columns, each indented by `indent`.
std::string wrapped(const std::string& text, std::size_t indent, std::size_t width) {
    std::string result, line;
    std::size_t start = 0;
    while (start < text.size()) {
        auto end = text.find(' ', start);
        if (end == std::string::npos)
            end = text.size();
        const std::string word = text.substr(start, end - start);
        if (!line.empty() && indent + line.size() + 1 + word.size() > width) {
            result += std::string(indent, ' ') + line + "\n";
            line.clear();
        }
        line += (line.empty() ? "" : " ") + word;
        start = end + 1;
    }
    if (!line.empty())
        result += std::string(indent, ' ') + line + "\n";
    return result;
}

} // namespace

std::string geometryUsage() {
    return std::string(
               "usage: convsight-cli geometry --input H[xW] --kernel F[xF] [--stride S|SY,SX]\n"
               "                              [--padding valid|same|P|T,B,L,R] [--dilation D]\n"
               "\n"
               "Prints the output size of a convolution and the lecture's formula\n"
               "w' = (w − f + 2p) / s + 1 with these numbers in it, the padding on each side,\n"
               "and which input rows and columns the stride never reaches. An impossible\n"
               "combination (a kernel larger than the padded input, stride 0) says why and\n"
               "exits with 1; padding as wide as the kernel is allowed, with a warning on\n"
               "standard error (outputs that see only padding are wasted work).\n"
               "\n"
               "  --input H[xW]       the input's height and width (one number: square)\n"
               "  --kernel F[xF]      the kernel's height and width (one number: square)\n") +
           kGeometryOptionsHelp;
}

std::string convolveUsage() {
    return std::string(
               "usage: convsight-cli convolve --matrix A.csv --kernel K.csv|K.json|PRESET\n"
               "                              [--stride S|SY,SX] [--padding valid|same|P|T,B,L,R]\n"
               "                              [--border zero|replicate|reflect|wrap]\n"
               "                              [--dilation D] [--flip] [--trace]\n"
               "       convsight-cli convolve --image IN --kernel K.csv|K.json|PRESET --out "
               "OUT.png\n"
               "                              [--border zero|replicate|reflect|wrap]\n"
               "                              [--display clamp|abs|normalize|offset|diverging]\n"
               "                              [--device cpu|cuda]\n"
               "\n"
               "Slides the kernel over the matrix and prints the output as CSV: integers without\n"
               "a decimal point, other values in the shortest form that reads back exactly.\n"
               "A CSV file has one row per line, values separated by commas; blank lines and\n"
               "lines starting with # are ignored. '-' as a file name reads standard input.\n"
               "Like CNN libraries it computes cross-correlation (the kernel as written);\n"
               "--flip turns the kernel by 180° first: convolution in the mathematical sense.\n"
               "\n"
               "With --image, every channel of a photo (any format OpenCV reads) is filtered, the\n"
               "output the size of the input (the border fills past the edges), and saved as an\n"
               "8-bit image. A .kernel.json file holds {\"name\", \"rows\": [[...]], \"divisor\",\n"
               "\"offset\"}: each output is the sum of products / divisor + offset.\n"
               "\n"
               "  --matrix A.csv      the input matrix\n"
               "  --image IN          or the input image\n"
               "  --kernel K          a CSV or .kernel.json file, or a preset:\n") +
           wrapped(cv::kernel_preset_ids(), 22, 90) + kGeometryOptionsHelp +
           "  --border FILL       what the padding holds: zero (default), replicate (the edge\n"
           "                      value), reflect (mirrored, edge not repeated) or wrap\n"
           "  --flip              true convolution: the kernel rotated by 180°\n"
           "  --trace             before the result, print each output value's sum of products,\n"
           "                      V(x,y) = 2×1 + 0×1 + … = −4 (the lecture's V(x, y): x the\n"
           "                      column, y the row, from 0), row by row, then an empty line\n"
           "  --out OUT.png       where the filtered image goes (the extension picks the format)\n"
           "  --display MODE      how values outside 0..255 show: clamp (default), abs,\n"
           "                      normalize (min..max to 0..255), offset (+128: 0 is grey) or\n"
           "                      diverging (blue below 0, white at 0, red above)\n"
           "  --device D          cpu (default), cuda or cuda:N\n";
}

cs::BorderMode imageBorderOption(const Options& options) {
    return borderOption(options);
}

int runGeometry(const std::vector<std::string>& args, std::ostream& out) {
    const Options options("geometry", args, {},
                          {"--input", "--kernel", "--stride", "--padding", "--dilation"});
    cv::ConvGeometry::Params params;
    std::tie(params.input_height, params.input_width) = sizeOption(options, "--input");
    std::tie(params.kernel_height, params.kernel_width) = sizeOption(options, "--kernel");
    applyGeometryOptions(options, params);

    const cv::ConvGeometry geometry(params);
    if (const auto why = geometry.why_invalid())
        throw std::runtime_error(*why);
    if (const auto warning = geometry.warning())
        std::cerr << "convsight-cli geometry: warning: " << *warning << "\n";

    const cv::Padding pad = geometry.padding();
    out << "output " << sizeText(geometry.output_height(), geometry.output_width())
        << " (height × width)\n"
        << geometry.height_formula() << "\n"
        << geometry.width_formula() << "\n"
        << "padding" << paddingModeName(params.mode) << ": top " << pad.top << ", bottom "
        << pad.bottom << ", left " << pad.left << ", right " << pad.right << "\n";
    if (const std::string unreached = geometry.unreached_description(); !unreached.empty())
        out << unreached << "\n";
    return 0;
}

int runConvolve(const std::vector<std::string>& args, std::ostream& out) {
    const Options options("convolve", args, {"--flip", "--trace"},
                          {"--matrix", "--image", "--kernel", "--stride", "--padding", "--border",
                           "--dilation", "--out", "--display", "--device"});
    const std::string matrixName = options.value("--matrix", "");
    const std::string imageName = options.value("--image", "");
    const std::string kernelName = options.value("--kernel", "");
    if (matrixName.empty() == imageName.empty())
        throw UsageError("convolve: say what to convolve with either --matrix A.csv ('-' for "
                         "stdin) or --image IN");
    if (kernelName.empty())
        throw UsageError("convolve: say which kernel with --kernel K.csv, K.json or a preset name");
    if (!imageName.empty())
        return convolveImage(options, kernelName, out);
    for (const char* imageOnly : {"--out", "--display", "--device"})
        if (!options.value(imageOnly, "").empty())
            throw UsageError(std::string("convolve: ") + imageOnly + " applies to --image only");
    if (matrixName == "-" && kernelName == "-")
        throw UsageError("convolve: only one of --matrix and --kernel can read stdin ('-')");
    cv::ConvGeometry::Params params;
    applyGeometryOptions(options, params);
    const cs::BorderMode border = borderOption(options);
    const cv::TraceMode mode =
        options.flag("--flip") ? cv::TraceMode::Convolution : cv::TraceMode::CrossCorrelation;

    const cv::Matrix input = readMatrix(matrixName);
    const cv::FilterKernel kernel = readKernel(kernelName);
    double largest = 0;
    for (const auto& row : input)
        for (const double value : row)
            largest = std::max(largest, std::abs(value));
    check_output_fits_float(kernel, largest);
    const cv::ConvTrace trace = cv::ConvTrace::from_matrices(input, kernel.rows, params, border,
                                                             mode, false, kernel.divisor);
    if (const auto warning = trace.geometry().warning())
        std::cerr << "convsight-cli convolve: warning: " << *warning << "\n";

    // Everything is computed before anything is printed: a failure leaves stdout empty.
    std::string text;
    if (options.flag("--trace")) {
        for (int i = 0; i < trace.step_count(); ++i) {
            const cv::TraceStep step = trace.step(i);
            // The lecture's V(x, y): x the column, y the row, from 0.
            text += "V(" + std::to_string(step.out_x) + "," + std::to_string(step.out_y) +
                    ") = " + step.expression() + "\n";
        }
        text += "\n";
    }
    cv::Matrix output = trace.output(0);
    for (auto& row : output) // a kernel file's offset, added after the divisor as the image does
        for (double& value : row)
            value += kernel.offset;
    text += cv::format_matrix_csv(output);
    out << text;
    return 0;
}

} // namespace convsight::cli
