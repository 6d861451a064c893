// The GUI's files go through io::write_file_atomically; PNGs are encoded in memory first.
#include "common/SaveFile.h"

#include "io/AtomicFile.h"

#include <QBuffer>
#include <QFile>
#include <stdexcept>
#include <string_view>

namespace convsight::widgets {

void saveFile(const QString& path, const QByteArray& bytes) {
    io::write_file_atomically(
        QFile::encodeName(path).toStdString(),
        std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())));
}

void savePng(const QString& path, const QImage& image) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (image.isNull() || !image.save(&buffer, "PNG"))
        throw std::runtime_error("cannot write '" + path.toStdString() +
                                 "': the image cannot be encoded as PNG");
    saveFile(path, bytes);
}

} // namespace convsight::widgets
