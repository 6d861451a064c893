// The one way ConvSight writes a file: into a temporary file in the target's folder, flushed to
// the disk, then renamed over the target, so a reader (or a crash, or a kill) sees the old file or
// the complete new one, never part of one.
#pragma once

#include <string>
#include <string_view>
#include <sys/types.h>

namespace convsight::io {

// An atomic replacement of `path`, in progress:
//
//     AtomicFile file(path);   // refuses a folder, a missing folder, an unwritable one
//     file.write(bytes);       // as often as needed (or write to fd(), or let a library write
//     file.commit();           //   to temporary_path()); commit puts it in place
//
// The temporary file is created in the target's folder with mode 0666 less the umask (like any
// new document). On Linux it is first an unnamed file (O_TMPFILE): a process killed while writing
// leaves nothing behind. It gets a name only when temporary_path() asks for one, or in commit()
// just before the rename; that name is fresh and unguessable ('.NAME.XXXXXXXX.EXT', keeping the
// extension for libraries that choose the format by it), created with O_EXCL|O_NOFOLLOW, so a
// symlink or a folder planted beside the target is never followed, written or removed. Without
// O_TMPFILE (another system, a file system without it) the named file is made at once.
//
// A symlink at the target itself is replaced by the new file (rename never follows it).
//
// What a kill can leave: never a torn target; a named temporary file only when the process dies
// between naming the file and renaming it (in commit(), microseconds; or for as long as a library
// writes to temporary_path()).
//
// Every failure throws std::runtime_error "cannot write 'PATH': REASON", with the system's reason
// taken at the moment of the failing call; the target is then as it was. If the object is
// destroyed before commit(), the temporary file goes and the target is untouched.
class AtomicFile {
public:
    explicit AtomicFile(std::string path);
    ~AtomicFile();
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;

    const std::string& path() const { return path_; }
    // A name of the temporary file, for a library that must open a path itself (OpenCV's
    // VideoWriter): it keeps the target's extension. Names an unnamed temporary file on first use.
    const std::string& temporary_path();
    // The temporary file's descriptor, open for writing (not to be closed by the caller).
    int fd();
    // Appends `bytes` to the temporary file.
    void write(std::string_view bytes);
    // Flushes the temporary file to the disk, renames it over the target and flushes the folder.
    void commit();
    bool committed() const { return committed_; }

private:
    [[noreturn]] void fail(const std::string& reason) const;
    [[noreturn]] void fail_with_errno(const std::string& doing, int error) const;
    void open_named();
    void name_unnamed();
    void remove_named();

    std::string path_;
    std::string folder_;
    std::string temporary_;
    int fd_{-1};
    bool unnamed_{false}; // O_TMPFILE, no name in the folder yet
    bool committed_{false};
    dev_t device_{};
    ino_t inode_{};
};

// Replaces `path` with `bytes` through an AtomicFile.
void write_file_atomically(const std::string& path, std::string_view bytes);

} // namespace convsight::io
