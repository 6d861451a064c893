// Saving from the GUI through core's one atomic write (io::AtomicFile): a file the user or the
// app writes is replaced whole or not at all, with a new document's permissions.
#pragma once

#include <QByteArray>
#include <QImage>
#include <QString>

namespace convsight::widgets {

// Writes `bytes` to `path` atomically. Throws std::runtime_error "cannot write 'PATH': REASON"
// (a folder as the path, a missing folder, no permission, a full disk); the old file then stays.
void saveFile(const QString& path, const QByteArray& bytes);
// `image` as a PNG file at `path`, atomically; throws as saveFile().
void savePng(const QString& path, const QImage& image);

} // namespace convsight::widgets
