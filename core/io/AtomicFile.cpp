// AtomicFile: an unnamed (O_TMPFILE) or freshly named temporary file beside the target, fsync,
// rename, fsync of the folder. POSIX calls throughout, so errno is read right after each one.
#include "io/AtomicFile.h"

#include <cerrno>
#include <fcntl.h>
#include <filesystem>
#include <random>
#include <stdexcept>
#include <sys/stat.h>
#include <system_error>
#include <unistd.h>

namespace convsight::io {

namespace {

namespace fs = std::filesystem;

std::string system_text(int error) {
    return std::generic_category().message(error);
}

// Eight letters or digits, different in every call and every process: a temporary name nobody
// can plant something at in advance.
std::string random_letters() {
    static constexpr char kLetters[] =
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    thread_local std::mt19937_64 generator{[] {
        std::random_device device;
        std::seed_seq seed{device(), device(), device(), static_cast<unsigned>(::getpid())};
        return std::mt19937_64(seed);
    }()};
    std::uniform_int_distribution<std::size_t> pick(0, sizeof(kLetters) - 2);
    std::string letters(8, '\0');
    for (char& letter : letters)
        letter = kLetters[pick(generator)];
    return letters;
}

bool is_folder(const std::string& path) {
    struct stat status {};
    return ::stat(path.c_str(), &status) == 0 && S_ISDIR(status.st_mode);
}

// Linux's unnamed files need the /proc link to be given a name later (linkat without the
// privilege AT_EMPTY_PATH asks for).
bool unnamed_files_possible() {
#ifdef O_TMPFILE
    static const bool possible = ::access("/proc/self/fd", X_OK) == 0;
    return possible;
#else
    return false;
#endif
}

// '.NAME.XXXXXXXX.EXT' beside the target (the stem cut so the name stays within NAME_MAX).
std::string temporary_name(const std::string& folder, const std::string& path) {
    const fs::path target(path);
    const std::string stem = target.stem().string().substr(0, 160);
    const std::string extension = target.extension().string().substr(0, 40);
    return (fs::path(folder) / ("." + stem + "." + random_letters() + extension)).string();
}

} // namespace

AtomicFile::AtomicFile(std::string path)
    : path_(std::move(path)) {
    if (path_.empty())
        fail("no file name given");
    const fs::path target(path_);
    if (!target.has_filename() || is_folder(path_))
        fail("it is a folder; give the name of a file");
    folder_ = target.has_parent_path() ? target.parent_path().string() : std::string(".");
    struct stat status {};
    if (::stat(folder_.c_str(), &status) != 0) {
        const int error = errno;
        if (error == ENOENT)
            fail("the folder '" + folder_ + "' does not exist");
        fail_with_errno("cannot reach the folder '" + folder_ + "'", error);
    }
    if (!S_ISDIR(status.st_mode))
        fail("'" + folder_ + "' is not a folder");

#ifdef O_TMPFILE
    if (unnamed_files_possible()) {
        fd_ = ::open(folder_.c_str(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0666);
        unnamed_ = fd_ >= 0;
    }
#endif
    // No unnamed files here (the file system or the system lacks them): a named one; a real
    // refusal (no permission, a full disk) shows again there, with its reason.
    if (!unnamed_)
        open_named();
    struct stat opened {};
    if (::fstat(fd_, &opened) != 0)
        fail_with_errno("cannot examine the temporary file", errno);
    device_ = opened.st_dev;
    inode_ = opened.st_ino;
}

AtomicFile::~AtomicFile() {
    if (fd_ >= 0)
        ::close(fd_);
    if (!committed_)
        remove_named();
}

void AtomicFile::fail(const std::string& reason) const {
    throw std::runtime_error("cannot write '" + path_ + "': " + reason);
}

void AtomicFile::fail_with_errno(const std::string& doing, int error) const {
    fail(doing.empty() ? system_text(error) : doing + ": " + system_text(error));
}

void AtomicFile::open_named() {
    for (int attempt = 0; attempt < 100; ++attempt) {
        std::string name = temporary_name(folder_, path_);
        // O_EXCL: never an existing file, folder or symlink; O_NOFOLLOW for good measure.
        fd_ = ::open(name.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666);
        if (fd_ >= 0) {
            temporary_ = std::move(name);
            return;
        }
        const int error = errno;
        if (error != EEXIST)
            fail_with_errno("cannot create a file in the folder '" + folder_ + "'", error);
    }
    fail("cannot find a free temporary name in the folder '" + folder_ + "'");
}

void AtomicFile::name_unnamed() {
    const std::string link = "/proc/self/fd/" + std::to_string(fd_);
    for (int attempt = 0; attempt < 100; ++attempt) {
        std::string name = temporary_name(folder_, path_);
        if (::linkat(AT_FDCWD, link.c_str(), AT_FDCWD, name.c_str(), AT_SYMLINK_FOLLOW) == 0) {
            temporary_ = std::move(name);
            unnamed_ = false;
            return;
        }
        const int error = errno;
        if (error != EEXIST)
            fail_with_errno("cannot name the temporary file in the folder '" + folder_ + "'",
                            error);
    }
    fail("cannot find a free temporary name in the folder '" + folder_ + "'");
}

// Removes the temporary name, only while it is still the file this object made.
void AtomicFile::remove_named() {
    if (unnamed_ || temporary_.empty())
        return;
    struct stat status {};
    if (::lstat(temporary_.c_str(), &status) == 0 && status.st_dev == device_ &&
        status.st_ino == inode_)
        ::unlink(temporary_.c_str());
    temporary_.clear();
}

const std::string& AtomicFile::temporary_path() {
    if (committed_)
        fail("it is already complete");
    if (unnamed_)
        name_unnamed();
    return temporary_;
}

int AtomicFile::fd() {
    if (fd_ < 0)
        fail("it is already complete");
    return fd_;
}

void AtomicFile::write(std::string_view bytes) {
    if (fd_ < 0)
        fail("it is already complete");
    while (!bytes.empty()) {
        const ssize_t written = ::write(fd_, bytes.data(), bytes.size());
        if (written < 0) {
            const int error = errno;
            if (error == EINTR)
                continue;
            fail_with_errno("", error);
        }
        bytes.remove_prefix(static_cast<std::size_t>(written));
    }
}

void AtomicFile::commit() {
    if (committed_)
        return;
    if (::fsync(fd_) != 0)
        fail_with_errno("cannot flush it to the disk", errno);
    if (unnamed_) {
        name_unnamed();
    } else {
        // A library wrote through temporary_path(): the name must still be this file.
        struct stat status {};
        if (::lstat(temporary_.c_str(), &status) != 0 || status.st_dev != device_ ||
            status.st_ino != inode_)
            fail("its temporary file '" + temporary_ + "' was removed or replaced while writing");
    }
    // Renamed before the descriptor is closed, so that a name exists for as short a time as can
    // be (a kill in between leaves it); fsync has reported any write error already.
    if (::rename(temporary_.c_str(), path_.c_str()) != 0) {
        const int error = errno;
        if (error == EISDIR || is_folder(path_))
            fail("it is a folder; give the name of a file");
        fail_with_errno("", error);
    }
    const int fd = fd_;
    fd_ = -1;
    ::close(fd);
    committed_ = true;
    temporary_.clear();
    // The rename reaches the disk with the folder's entry. Best effort: not every file system
    // lets a folder be synced, and the new file is in place either way.
    const int folder = ::open(folder_.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (folder >= 0) {
        ::fsync(folder);
        ::close(folder);
    }
}

void write_file_atomically(const std::string& path, std::string_view bytes) {
    AtomicFile file(path);
    file.write(bytes);
    file.commit();
}

} // namespace convsight::io
