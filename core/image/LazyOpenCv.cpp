// OpenCV's image codecs and video I/O through dlopen: the symbols below are looked up by their
// Itanium C++ names, and each is checked against the header's declaration at compile time.
#include "image/LazyOpenCv.h"

#include "image/ImageIO.h"

#include <dlfcn.h>
#include <new>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/videoio.hpp>
#include <type_traits>

namespace convsight::image {
namespace {

using Decode = cv::Mat (*)(cv::InputArray, int);
using Encode = bool (*)(const cv::String&, cv::InputArray, std::vector<uchar>&,
                        const std::vector<int>&);
// The names looked up are these functions' (a change of signature fails to compile). Taking an
// address inside decltype uses nothing of the library.
static_assert(std::is_same_v<Decode, decltype(static_cast<Decode>(&cv::imdecode))>);
static_assert(std::is_same_v<Encode, decltype(static_cast<Encode>(&cv::imencode))>);
static_assert(std::has_virtual_destructor_v<cv::VideoCapture> &&
              std::has_virtual_destructor_v<cv::VideoWriter>);

// The library `soname`, opened once; throws ImageError saying why it cannot be.
void* open_library(const char* soname, const char* what) {
    void* library = dlopen(soname, RTLD_NOW | RTLD_LOCAL);
    if (!library)
        throw ImageError(std::string("cannot load OpenCV's ") + what + ": " + dlerror());
    return library;
}

void* symbol(void* library, const char* name, const char* soname) {
    void* found = dlsym(library, name);
    if (!found)
        throw ImageError(std::string("cannot load OpenCV's ") + soname + ": it has no " + name);
    return found;
}

struct Codecs {
    Decode decode;
    Encode encode;
};

const Codecs& codecs() {
    static const Codecs loaded = [] {
        void* library = open_library(CONVSIGHT_IMGCODECS_SONAME, "image codecs");
        return Codecs{
            reinterpret_cast<Decode>(symbol(library, "_ZN2cv8imdecodeERKNS_11_InputArrayEi",
                                            CONVSIGHT_IMGCODECS_SONAME)),
            reinterpret_cast<Encode>(symbol(
                library,
                "_ZN2cv8imencodeERKNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEERKNS_11_"
                "InputArrayERSt6vectorIhSaIhEERKSB_IiSaIiEE",
                CONVSIGHT_IMGCODECS_SONAME))};
    }();
    return loaded;
}

// The complete-object default constructors of cv::VideoCapture and cv::VideoWriter.
struct Video {
    void (*new_capture)(void*);
    void (*new_writer)(void*);
};

const Video& video() {
    static const Video loaded = [] {
        void* library = open_library(CONVSIGHT_VIDEOIO_SONAME, "video input and output");
        return Video{reinterpret_cast<void (*)(void*)>(
                         symbol(library, "_ZN2cv12VideoCaptureC1Ev", CONVSIGHT_VIDEOIO_SONAME)),
                     reinterpret_cast<void (*)(void*)>(
                         symbol(library, "_ZN2cv11VideoWriterC1Ev", CONVSIGHT_VIDEOIO_SONAME))};
    }();
    return loaded;
}

// Builds a T with `constructor` in memory of its size; its virtual destructor frees it.
template <class T>
std::unique_ptr<T> construct(void (*constructor)(void*)) {
    void* memory = ::operator new(sizeof(T));
    try {
        constructor(memory);
    } catch (...) {
        ::operator delete(memory);
        throw;
    }
    return std::unique_ptr<T>(std::launder(static_cast<T*>(memory)));
}

} // namespace

cv::Mat imdecode(cv::InputArray bytes, int flags) {
    return codecs().decode(bytes, flags);
}

bool imencode(const std::string& extension, cv::InputArray image, std::vector<uchar>& bytes,
              const std::vector<int>& parameters) {
    return codecs().encode(extension, image, bytes, parameters);
}

std::unique_ptr<cv::VideoCapture> new_video_capture() {
    return construct<cv::VideoCapture>(video().new_capture);
}

std::unique_ptr<cv::VideoWriter> new_video_writer() {
    return construct<cv::VideoWriter>(video().new_writer);
}

} // namespace convsight::image
