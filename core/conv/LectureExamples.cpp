// The lecture's examples, reconstructed from the slides (the lecture text is OCR, so every matrix
// here was read against the sums the slides print, and the tests compute each output anew).
#include "conv/LectureExamples.h"

#include "io/TranslationMark.h" // the GUI translates the texts marked here

namespace convsight::conv {
namespace {

// A one-channel, one-filter document: input and kernel row by row, cross-correlation as the
// lecture computes it.
StepThroughDocument grey_document(const Matrix& input, const Matrix& kernel, PaddingMode padding,
                                  int explicit_padding = 0) {
    StepThroughDocument d;
    int rows = 0, columns = 0, kernelRows = 0, kernelColumns = 0;
    d.input = flatten_matrix(input, "input", rows, columns);
    d.kernels = flatten_matrix(kernel, "kernel", kernelRows, kernelColumns);
    d.height = rows;
    d.width = columns;
    d.kernel_size = kernelRows;
    d.padding = padding;
    d.explicit_padding = explicit_padding;
    return d;
}

std::vector<LectureExample> make_examples() {
    std::vector<LectureExample> examples;

    // Lines 754–880 and 1040–1111: the exact output is [[−4, −3], [3, −8]]. Line 877 prints the
    // bottom row 3, −8; lines 1413 and 1514–1515 print 2, −9.
    examples.push_back({"worked-example", QT_TRANSLATE_NOOP("core", "The 4×4 worked example"),
                        "754–880, 1040–1111",
                        QT_TRANSLATE_NOOP("core", "Slides: line 877 prints the bottom row 3, −8 "
                                                  "(exact); lines 1413, 1514–1515 print 2, −9."),
                        StepThroughDocument::lecture_example()});

    // Lines 1656–1740: TensorFlow's VALID padding slides show this 4×4 input in every frame; the
    // kernel is the one on the "We already tried this!" slide, 1 0 −1 / 2 0 −2 / 1 0 −1.
    examples.push_back({"valid-slide", QT_TRANSLATE_NOOP("core", "VALID padding in TensorFlow"),
                        "1656–1740", "",
                        grey_document({{2, 0, 1, 3}, {0, 1, 1, 0}, {0, 0, 2, 0}, {0, 1, 1, 1}},
                                      {{1, 0, -1}, {2, 0, -2}, {1, 0, -1}}, PaddingMode::Valid)});

    // Line 1773, "Padding = 2": two rings of zeros around the 5×5 image of the padding slides
    // (lines 1601–1655), with the lecture's horizontal-edge kernel: (5 − 3 + 2·2)/1 + 1 = 7.
    {
        StepThroughDocument padded = grey_document(
            {{2, 0, 3, 1, 1}, {1, 2, 0, 0, 2}, {4, 3, 2, 0, 1}, {1, 0, 5, 2, 0}, {0, 1, 0, 3, 0}},
            {{1, 1, 1}, {0, 0, 0}, {-1, -1, -1}}, PaddingMode::Explicit, 2);
        padded.preset_id = StepThroughDocument::lecture_example().preset_id; // horizontal edge
        examples.push_back({"padding-2", QT_TRANSLATE_NOOP("core", "Padding = 2"),
                            "1601–1655, 1773", "", std::move(padded)});
    }

    // Lines 1271–1320: the curve detector (a 7×7 filter of 30s along a curve) over the receptive
    // field of the mouse's back. Only five taps meet a pixel: (50 + 50 + 50 + 20 + 50)·30 = 6600.
    examples.push_back({"curve-detector",
                        QT_TRANSLATE_NOOP("core", "The curve detector (sum 6600)"), "1271–1320", "",
                        grey_document({{0, 0, 0, 0, 0, 0, 30},
                                       {0, 0, 0, 0, 50, 50, 50},
                                       {0, 0, 0, 20, 50, 0, 0},
                                       {0, 0, 0, 50, 50, 0, 0},
                                       {0, 0, 0, 50, 50, 0, 0},
                                       {0, 0, 0, 50, 50, 0, 0},
                                       {0, 0, 0, 50, 50, 0, 0}},
                                      {{0, 0, 0, 0, 0, 30, 0},
                                       {0, 0, 0, 0, 30, 0, 0},
                                       {0, 0, 0, 30, 0, 0, 0},
                                       {0, 0, 0, 30, 0, 0, 0},
                                       {0, 0, 0, 30, 0, 0, 0},
                                       {0, 0, 0, 30, 0, 0, 0},
                                       {0, 0, 0, 0, 0, 0, 0}},
                                      PaddingMode::Valid)});

    // Lines 520–540: a fully-connected neuron gives three pixels the weights 0.6, 0.1 and 0.9.
    // The window at x = 0 holds the digit's three pixels (0.8, 0.4, 1); one column further, x = 1,
    // holds what the shifted digit puts there (0.4, 0.4, 0).
    examples.push_back(
        {"fc-three-pixels", QT_TRANSLATE_NOOP("core", "Fully connected: the sum of three pixels"),
         "520–540",
         QT_TRANSLATE_NOOP("core",
                           "The slide prints 1.38 and 0.4; exact: 0.6·0.8 + 0.1·0.4 + 0.9·1 = "
                           "1.42, and 0.6·0.4 + 0.1·0.4 + 0.9·0 = 0.28 one column on."),
         grey_document({{0, 0.8, 0.4, 0}, {0, 0.4, 0.4, 0}, {0, 1, 0, 0}},
                       {{0, 0.6, 0}, {0, 0.1, 0}, {0, 0.9, 0}}, PaddingMode::Valid)});
    return examples;
}

} // namespace

const std::vector<LectureExample>& lecture_examples() {
    static const std::vector<LectureExample> examples = make_examples();
    return examples;
}

const LectureExample* find_lecture_example(std::string_view id) {
    for (const LectureExample& example : lecture_examples())
        if (example.id == id)
            return &example;
    return nullptr;
}

} // namespace convsight::conv
