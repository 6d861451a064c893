// The messages of core's exceptions that a person meets, as patterns the GUI translates
// (app/gui/CoreMessages.h): %1, %2, ... stand for the parts that vary (a path, a number, another
// message). core throws the English text; adding a translatable message is one line here.
#pragma once

#include "io/TranslationMark.h"

namespace convsight::io {

inline constexpr const char* kMessagePatterns[] = {
    // Images (core/image).
    QT_TRANSLATE_NOOP("core", "cannot open image '%1': %2"),
    QT_TRANSLATE_NOOP("core", "cannot read image '%1': %2"),
    QT_TRANSLATE_NOOP("core", "cannot decode image '%1': %2"),
    QT_TRANSLATE_NOOP("core", "cannot save '%1': %2"),
    QT_TRANSLATE_NOOP("core", "no such file"),
    QT_TRANSLATE_NOOP("core", "the file is empty"),
    QT_TRANSLATE_NOOP("core", "the file could not be read"),
    QT_TRANSLATE_NOOP("core", "it is a folder, not a file"),
    QT_TRANSLATE_NOOP("core", "it is a DICOM file, a format ConvSight does not open"),
    QT_TRANSLATE_NOOP("core", "it is not an image format OpenCV reads, or it is corrupt"),
    QT_TRANSLATE_NOOP("core", "the JPEG is corrupt"),
    QT_TRANSLATE_NOOP("core", "the image is empty"),
    QT_TRANSLATE_NOOP("core", "OpenCV could not encode it"),
    QT_TRANSLATE_NOOP("core", "%1 (use an extension such as .png or .jpg)"),
    QT_TRANSLATE_NOOP("core", "it is %1 × %2 pixels, more than the 100 megapixels ConvSight opens "
                              "(the limit is %3 pixels)"),
    // Videos, GIFs and the camera (core/image).
    QT_TRANSLATE_NOOP("core", "cannot open video '%1': %2"),
    QT_TRANSLATE_NOOP("core", "cannot write video '%1': %2"),
    QT_TRANSLATE_NOOP("core", "cannot write GIF '%1': %2"),
    QT_TRANSLATE_NOOP("core", "cannot open GIF '%1': %2"),
    QT_TRANSLATE_NOOP("core", "cannot read GIF '%1': %2"),
    QT_TRANSLATE_NOOP("core", "cannot open camera %1: %2"),
    QT_TRANSLATE_NOOP("core", "it is not a video format OpenCV reads, or it is corrupt"),
    QT_TRANSLATE_NOOP("core", "it has no frames"),
    QT_TRANSLATE_NOOP("core", "no frames were written"),
    QT_TRANSLATE_NOOP("core",
                      "this OpenCV build has no MP4 ('mp4v') encoder, or the file cannot be "
                      "created; export an animated GIF instead"),
    // Convolution geometry (core/conv): the pixels a stride leaves out.
    QT_TRANSLATE_NOOP("core", "Every input pixel is under the filter at some step."),
    QT_TRANSLATE_NOOP("core",
                      "With %1, the filter never reaches %2 of the input (counting from 1): "
                      "those pixels have no effect on the output."),
    QT_TRANSLATE_NOOP("core", "stride %1"),
    QT_TRANSLATE_NOOP("core", "stride %1 and dilation %2"),
    QT_TRANSLATE_NOOP("core", "row %1"),
    QT_TRANSLATE_NOOP("core", "rows %1"),
    QT_TRANSLATE_NOOP("core", "column %1"),
    QT_TRANSLATE_NOOP("core", "columns %1"),
    // The camera and the GPU (core/image, core/compute).
    QT_TRANSLATE_NOOP("core", "No camera found: this machine has no video device (/dev/video*)"),
    QT_TRANSLATE_NOOP("core", "no CUDA-capable GPU was found"),
    QT_TRANSLATE_NOOP("core",
                      "this build has no CUDA backend (configured without CUDA, or nvcc was "
                      "not found)"),
    QT_TRANSLATE_NOOP("core", "CUDA is not available: %1"),
    // Writing any file (core/io).
    QT_TRANSLATE_NOOP("core", "cannot write '%1': %2"),
    // IDX files: MNIST and Fashion-MNIST (core/data).
    QT_TRANSLATE_NOOP("core", "%1: no such file"),
    QT_TRANSLATE_NOOP("core", "%1: cannot open the file (%2)"),
    QT_TRANSLATE_NOOP("core", "%1: the compressed data is truncated or corrupt (zlib: %2)"),
    QT_TRANSLATE_NOOP("core", "%1: too short to be an IDX file"),
    QT_TRANSLATE_NOOP("core", "%1: not an IDX file (it starts with %2, an IDX file of %3 starts "
                              "with %4)"),
    QT_TRANSLATE_NOOP("core", "%1: the file ends inside its header"),
    QT_TRANSLATE_NOOP("core", "%1: the header describes no %2 (a dimension is 0)"),
    QT_TRANSLATE_NOOP("core", "%1: %2, but the file holds only %3 bytes after the header"),
    QT_TRANSLATE_NOOP("core", "%1: %2, but the file holds more bytes after them: is the header "
                              "right?"),
    QT_TRANSLATE_NOOP("core", "%1 holds %2 images but %3 holds %4 labels: they must be the same "
                              "count"),
    QT_TRANSLATE_NOOP("core", "%1: %2 needs the four IDX files; missing %3"),
    // CIFAR-10 and data sets by name (core/data).
    QT_TRANSLATE_NOOP("core", "%1: %2 bytes is not a whole number of CIFAR-10 records (3073 bytes "
                              "each: a label and 32×32×3 pixels)"),
    QT_TRANSLATE_NOOP("core", "%1: cannot read the file (%2)"),
    QT_TRANSLATE_NOOP("core", "%1: holds no class names"),
    QT_TRANSLATE_NOOP("core", "cifar10 needs the folder of its binary batches: cifar10:DIR"),
    QT_TRANSLATE_NOOP("core", "%1: no such folder (cifar10:DIR names the folder of "
                              "data_batch_1.bin … test_batch.bin)"),
    QT_TRANSLATE_NOOP("core", "%1: the folder holds neither IDX files (%2) nor CIFAR-10 batches "
                              "(data_batch_1.bin … test_batch.bin)"),
    QT_TRANSLATE_NOOP("core", "unknown data set '%1': choose %2"),
    // Your own images, a folder of class folders (core/image).
    QT_TRANSLATE_NOOP("core", "%1: no such folder"),
    QT_TRANSLATE_NOOP("core", "%1: an image folder needs one subfolder per class, and at least two "
                              "classes; it has %2"),
    QT_TRANSLATE_NOOP("core", "%1: the class folder holds no images (.png, .jpg, …)"),
    QT_TRANSLATE_NOOP("core", "%1: %2 images, more than the limit of %3 examples"),
    QT_TRANSLATE_NOOP("core", "%1: %2 images are too few to split into train and test parts"),
    QT_TRANSLATE_NOOP("core", "%1: the folder holds no IDX files, no CIFAR-10 batches and no "
                              "subfolders of images (one per class)"),
    // Matrices in CSV (core/conv).
    QT_TRANSLATE_NOOP("core", "%1: empty, where a number was expected"),
    QT_TRANSLATE_NOOP("core", "%1: %2 is not a number"),
    QT_TRANSLATE_NOOP("core",
                      "%1: %2 is not a finite number (NaN and infinity cannot be convolved)"),
    QT_TRANSLATE_NOOP("core", "%1: line %2 has %3, line %4 has %5: every row needs the same number "
                              "of values"),
    QT_TRANSLATE_NOOP("core", "%1: no numbers in it; a matrix needs at least one row"),
    QT_TRANSLATE_NOOP("core", "%1: could not be read"),
    QT_TRANSLATE_NOOP("core", "%1: is a folder, not a CSV file"),
    QT_TRANSLATE_NOOP("core", "%1: cannot be opened for reading"),
    // Kernel files (core/conv).
    QT_TRANSLATE_NOOP("core", "%1: no \"rows\": the kernel's values are missing"),
    QT_TRANSLATE_NOOP("core", "%1: \"rows\" must be a list of rows, such as [[0, 1], [1, 0]]"),
    QT_TRANSLATE_NOOP("core", "%1: row %2 must be a list of numbers, such as [1, 2, 1]"),
    QT_TRANSLATE_NOOP("core", "%1: the divisor is 0, and nothing can be divided by 0"),
    QT_TRANSLATE_NOOP("core", "cannot open kernel '%1': it is a folder, not a file"),
    QT_TRANSLATE_NOOP("core", "cannot open kernel '%1': no such file, or not readable"),
    // JSON: sessions, architectures, kernels (core/io).
    QT_TRANSLATE_NOOP("core", "%1: not valid JSON: %2"),
    QT_TRANSLATE_NOOP("core", "%1:%2: not valid JSON: %3"),
    QT_TRANSLATE_NOOP("core", "%1: the number %2 is too small (below the range of a double, it "
                              "would read as 0)"),
    QT_TRANSLATE_NOOP("core", "%1: %2 is too large (beyond the range of a double)"),
    // Limits on sizes from a file or a person (core/io).
    QT_TRANSLATE_NOOP("core", "%1: %2 is more than the limit of %3"),
    // Model files, .csmodel (core/nn).
    QT_TRANSLATE_NOOP("core", "%1: is a folder, not a model file"),
    QT_TRANSLATE_NOOP("core", "%1: the file is empty, not a model file"),
    QT_TRANSLATE_NOOP("core", "%1: cannot read: %2"),
    QT_TRANSLATE_NOOP("core", "%1: truncated: only %2 bytes"),
    QT_TRANSLATE_NOOP("core", "%1: not a ConvSight model file (a ConvSight model file starts with "
                              "\"CSMODEL\")"),
    QT_TRANSLATE_NOOP("core", "%1: written by a newer ConvSight: format %2, this build reads %3"),
    QT_TRANSLATE_NOOP("core", "%1: corrupted: checksum mismatch (the file changed after it was "
                              "written)"),
    QT_TRANSLATE_NOOP("core", "%1: corrupted: %2"),
    // ONNX models (core/onnx).
    QT_TRANSLATE_NOOP("core", "%1: is a folder, not an ONNX model"),
    QT_TRANSLATE_NOOP("core", "%1: the file is empty, not an ONNX model"),
    QT_TRANSLATE_NOOP("core", "%1: the file is larger than 2 GB; ONNX keeps weights that large in "
                              "external data files"),
    QT_TRANSLATE_NOOP("core", "%1: not an ONNX model: the protobuf data is truncated or corrupted"),
    QT_TRANSLATE_NOOP("core", "%1: not an ONNX model: it has no graph (or a graph without nodes)"),
    QT_TRANSLATE_NOOP("core", "%1: not an ONNX model, or one too old: IR version %2 (ConvSight "
                              "reads IR version 3 and later)"),
    QT_TRANSLATE_NOOP("core", "%1: the model imports no opset of the standard ONNX operators"),
    QT_TRANSLATE_NOOP("core", "%1: opset %2 is outside what ConvSight reads (%3 to %4)"),
    QT_TRANSLATE_NOOP("core", "%1: the model has no layers"),
    // Architectures (core/nn).
    QT_TRANSLATE_NOOP("core", "%1: is a folder, not an architecture file"),
    QT_TRANSLATE_NOOP("core", "%1: cannot open: %2"),
    QT_TRANSLATE_NOOP("core", "%1: an architecture needs at least one layer"),
    QT_TRANSLATE_NOOP("core", "the architecture's 'name' must be a non-empty string"),
    QT_TRANSLATE_NOOP("core",
                      "the architecture has an unknown entry '%1' (it takes 'name', 'input' "
                      "and 'layers')"),
    QT_TRANSLATE_NOOP("core", "Conv2d: the stride must be at least 1"),
    // Training refusals (core/nn).
    QT_TRANSLATE_NOOP("core", "training needs both a training and a test set"),
    QT_TRANSLATE_NOOP("core", "the model file holds no optimizer state, so its training cannot be "
                              "resumed; start a new run from it instead"),
    QT_TRANSLATE_NOOP("core", "the checkpoint has already trained %1 epochs of the %2 asked for; "
                              "ask for more epochs to continue"),
    QT_TRANSLATE_NOOP("core", "trainer: all %1 epochs are done"),
    QT_TRANSLATE_NOOP("core", "training settings: %1"),
    QT_TRANSLATE_NOOP("core", "the number of epochs must be between 1 and %1, not %2"),
    QT_TRANSLATE_NOOP("core", "training settings: a shift of up to %1 pixels must be smaller than "
                              "the %2×%3 images, or shifted images come out blank"),
    QT_TRANSLATE_NOOP("core", "the model \"%1\" takes examples of shape %2, but %3 has examples of "
                              "shape %4"),
    QT_TRANSLATE_NOOP("core", "the model \"%1\" gives outputs of shape %2, but %3 has %4 classes: "
                              "its last layer needs one output per class"),
    QT_TRANSLATE_NOOP("core", "trainer: pause or stop the training before saving it"),
    // Explanations (core/nn): what a model or a setting does not allow.
    QT_TRANSLATE_NOOP("core", "%1: explanations need an image input (C, H, W), and this model's "
                              "input is %2"),
    QT_TRANSLATE_NOOP("core", "not set"),
    QT_TRANSLATE_NOOP("core", "%1: there are no layers to explain"),
    QT_TRANSLATE_NOOP("core", "%1: there is no example to explain"),
    QT_TRANSLATE_NOOP("core", "%1: Grad-CAM needs a layer with feature maps (C, h, w), and %2 has "
                              "none"),
    QT_TRANSLATE_NOOP("core", "the occlusion patch (%1 pixels) is larger than the image (%2)"),
    QT_TRANSLATE_NOOP("core", "the occlusion fill value must be a finite number"),
    QT_TRANSLATE_NOOP("core", "%1: layer %2 has no feature maps to maximise"),
    QT_TRANSLATE_NOOP("core", "the input range needs a finite low below a finite high"),
    QT_TRANSLATE_NOOP("core", "the step size is a fraction of the input range, above 0 and at most "
                              "1"),
    QT_TRANSLATE_NOOP("core", "the jitter must be from 0 to half the image's side, not %1"),
    // Lessons (core/course).
    QT_TRANSLATE_NOOP("core", "cannot be read"),
    QT_TRANSLATE_NOOP("core", "a lesson starts with a header between \"---\" lines (title, lines, "
                              "workspace, state, example)"),
    QT_TRANSLATE_NOOP("core", "the header has no closing \"---\" line"),
    QT_TRANSLATE_NOOP("core", "the header has no \"%1\""),
    QT_TRANSLATE_NOOP("core", "a header line is \"key: value\", not \"%1\""),
    QT_TRANSLATE_NOOP("core", "\"%1\" has no value"),
    QT_TRANSLATE_NOOP("core", "a setup line is one line: <!-- setup: state=FILE example=ID "
                              "workspace=NAME -->"),
    QT_TRANSLATE_NOOP("core",
                      "the setup line sets nothing (state=FILE, example=ID, workspace=NAME)"),
    QT_TRANSLATE_NOOP("core", "the lesson has no step: each starts with a \"## \" heading"),
    QT_TRANSLATE_NOOP("core", "the lesson has no \"## Question\" section at its end"),
    QT_TRANSLATE_NOOP("core", "a step's heading has no title"),
    QT_TRANSLATE_NOOP("core", "the step \"%1\" has no text"),
    QT_TRANSLATE_NOOP("core", "the question has no setup line; put it in a step"),
    QT_TRANSLATE_NOOP("core", "a choice after \"Answer:\"; the choices come first"),
    QT_TRANSLATE_NOOP("core", "a choice is written \"- [ ] wrong\" or \"- [x] right\""),
    QT_TRANSLATE_NOOP("core", "the choice has no text"),
    QT_TRANSLATE_NOOP("core", "text between the choices and \"Answer:\"; a choice is one line"),
    QT_TRANSLATE_NOOP("core", "the question has no text before its choices"),
    QT_TRANSLATE_NOOP("core", "the question needs at least two choices (\"- [ ] ...\")"),
};

} // namespace convsight::io
