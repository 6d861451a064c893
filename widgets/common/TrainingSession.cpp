// TrainingSession: preparing on a worker, training on the trainer's thread, copies to the GUI.
#include "common/TrainingSession.h"

#include "common/CoreMessages.h"
#include "common/SaveFile.h"
#include "nn/Evaluator.h"
#include "nn/FirstLayer.h"
#include "nn/ModelFile.h"
#include "onnx/AnyModel.h"

#include <QFile>
#include <QMetaObject>
#include <QTemporaryDir>
#include <exception>
#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace convsight::widgets {

using nlohmann::json;

// What the worker hands back: a trainer ready to start, or a loaded model, or the reason not.
struct TrainingSession::Prepared {
    image::TrainingData data;
    std::unique_ptr<nn::Trainer> trainer;        // a new run
    std::shared_ptr<const nn::Sequential> model; // the starting weights, or a loaded model
    nn::RunMetadata metadata;                    // of a loaded model file
    json optimizer;
    std::optional<image::PhotoNormalisation> photoNormalisation; // a model without a data set
    std::vector<nn::EpochRecord> history;                        // of a loaded model file
    nn::TrainerConfig config; // of a loaded model file that has its run's hyperparameters
    QString error;
};

namespace {

compute::Tensor firstLayerOf(const nn::Sequential& model) {
    return nn::first_conv(model) ? nn::first_conv_weights(model) : compute::Tensor();
}

} // namespace

TrainingSession::TrainingSession(QObject* parent)
    : QObject(parent) {}

TrainingSession::~TrainingSession() {
    stopAndWait();
}

bool TrainingSession::isActive() const {
    return state_ == State::Preparing || state_ == State::Running || state_ == State::Paused;
}

QString TrainingSession::stateText(State state) {
    switch (state) {
    case State::Idle:
        return tr("Ready");
    case State::Preparing:
        return tr("Opening the data set…");
    case State::Running:
        return tr("Training");
    case State::Paused:
        return tr("Paused");
    case State::Finished:
        return tr("Finished");
    case State::Stopped:
        return tr("Stopped");
    case State::Failed:
        return tr("Failed");
    }
    return {};
}

QStringList TrainingSession::classNames() const {
    QStringList names;
    if (data_.raw.train)
        for (const std::string& name : data_.raw.train->class_names())
            names << translateCoreText(name);
    else if (loadedMetadata_)
        for (const std::string& name : loadedMetadata_->class_names)
            names << translateCoreText(name);
    return names;
}

namespace {

// A run's batches, tensors and the previous run's data set are freed when the run starts or ends,
// but glibc keeps freed pages in its arenas (one per thread that trained) for the next
// allocation; run after run in a lesson that shows as resident memory that only grows. Hand the
// free pages back to the system at those two moments (a few milliseconds).
void releaseFreedMemory() {
#ifdef __GLIBC__
    malloc_trim(0);
#endif
}

} // namespace

void TrainingSession::setState(State state) {
    if (state_ == state)
        return;
    if (state == State::Finished || state == State::Stopped || state == State::Failed ||
        (state == State::Running && state_ == State::Preparing))
        releaseFreedMemory();
    state_ = state;
    emit stateChanged(state);
}

void TrainingSession::start(const Setup& setup) {
    stopAndWait();
    trainer_.reset();
    setup_ = setup;
    batches_.clear();
    epochs_.clear();
    checkpoints_.clear();
    latest_.reset();
    latestPosition_ = 0.0;
    viewed_ = -1;
    loadedMetadata_.reset();
    photoNormalisation_.reset();
    unsaved_ = false;
    deviceFailure_.clear();
    setState(State::Preparing);
    preparing_.run([setup](const CancelFlag&) { return prepareRun(setup); },
                   [this](Prepared ready) { finishPreparing(ready); });
}

TrainingSession::Prepared TrainingSession::prepareRun(const Setup& setup) {
    Prepared prepared;
    try {
        const std::string spec = setup.datasetSpec.toStdString();
        // A folder of photos is read at the network's input size (fine-tuning VGG-16: 224×224 RGB).
        const nlohmann::json& input = setup.architecture.value("input", nlohmann::json::array());
        data::Shape example;
        for (const nlohmann::json& size : input)
            example.push_back(size.is_number_integer() ? size.get<std::int64_t>() : 0);
        prepared.data =
            image::open_training_data(spec, {}, setup.limit, image::folder_options_for(example));
        nn::TrainerConfig config = setup.config;
        if (setup.permutePixels)
            image::permute_training_data(prepared.data, config.seed);
        nn::RunMetadata info;
        info.dataset = spec;
        info.normalization = prepared.data.stats;
        info.limit = setup.limit;
        info.pixel_permutation_seed = prepared.data.pixel_permutation_seed;
        config.dataset_info = info.to_json();
        nn::Sequential model = nn::model_from_json(setup.architecture);
        model.initialize(config.seed);
        if (setup.startingWeights)
            copyMatchingWeights(model, *setup.startingWeights);
        if (!setup.initialKernels.empty())
            nn::set_first_conv_kernels(model, setup.initialKernels);
        prepared.trainer = std::make_unique<nn::Trainer>(std::move(model), prepared.data.normalised,
                                                         std::move(config));
        prepared.model =
            std::make_shared<const nn::Sequential>(nn::copy_model(prepared.trainer->model()));
        prepared.optimizer = nn::optimizer_settings(prepared.trainer->optimizer());
    } catch (const std::exception& e) {
        prepared.error = translateCoreMessage(e.what());
    }
    return prepared;
}

int TrainingSession::copyMatchingWeights(nn::Sequential& model, const nn::Sequential& from) {
    int copied = 0;
    for (int i = 0; i < std::min(model.size(), from.size()); ++i) {
        std::vector<nn::Parameter*> to = model.layer(i).parameters();
        const std::vector<const nn::Parameter*> source = from.layer(i).parameters();
        if (to.empty() || to.size() != source.size())
            continue;
        bool same = true;
        for (std::size_t p = 0; p < to.size(); ++p)
            same = same && to[p]->value.shape() == source[p]->value.shape();
        if (!same)
            continue;
        for (std::size_t p = 0; p < to.size(); ++p)
            to[p]->value.copy_from(source[p]->value);
        // BatchNorm's running statistics come with its weights.
        const auto buffers = model.layer(i).buffers();
        const auto sourceBuffers = from.layer(i).buffers();
        for (std::size_t b = 0; b < buffers.size() && b < sourceBuffers.size(); ++b)
            if (buffers[b].second.shape() == sourceBuffers[b].second.shape())
                compute::Tensor(buffers[b].second).copy_from(sourceBuffers[b].second);
        ++copied;
    }
    return copied;
}

void TrainingSession::finishPreparing(Prepared& ready) {
    if (!ready.error.isEmpty()) {
        setState(State::Failed);
        emit failed(ready.error);
        return;
    }
    data_ = std::move(ready.data);
    trainer_ = std::move(ready.trainer);
    initialFirstLayer_ = firstLayerOf(*ready.model);
    checkpoints_.push_back({0, ready.model, {}});
    newestCopy(ready.model, 0.0, ready.optimizer);
    emit prepared();
    emit checkpointAdded(0);
    connectTrainer();
    trainer_->start();
}

void TrainingSession::connectTrainer() {
    nn::Trainer* trainer = trainer_.get();
    const int every = std::max(1, setup_.snapshotEveryBatches);
    // These run on the trainer's thread, between batches: the model is still, so it is copied
    // there; everything else is queued to the GUI thread.
    trainer->on_batch([this, trainer, every](const nn::BatchProgress& progress) {
        if (failNextBatch_.exchange(false))
            throw compute::DeviceError(failNextBatchOp_,
                                       failNextBatchOp_ +
                                           ": the GPU failed (a fault injected by a test)");
        QMetaObject::invokeMethod(
            this,
            [this, progress] {
                batches_.push_back(progress);
                unsaved_ = true;
                emit batchDone(progress);
            },
            Qt::QueuedConnection);
        const bool single = stepping_.exchange(false);
        if ((single || progress.batch % every == 0) && progress.batch < progress.batches) {
            auto copy = std::make_shared<const nn::Sequential>(nn::copy_model(trainer->model()));
            const json settings = nn::optimizer_settings(trainer->optimizer());
            const double position =
                progress.epoch - 1 +
                static_cast<double>(progress.batch) / static_cast<double>(progress.batches);
            QMetaObject::invokeMethod(
                this, [this, copy, settings, position] { newestCopy(copy, position, settings); },
                Qt::QueuedConnection);
        }
    });
    trainer->on_epoch([this, trainer](const nn::EpochRecord& record) {
        auto copy = std::make_shared<const nn::Sequential>(nn::copy_model(trainer->model()));
        const json settings = nn::optimizer_settings(trainer->optimizer());
        QMetaObject::invokeMethod(
            this,
            [this, copy, settings, record] {
                epochs_.push_back(record);
                checkpoints_.push_back({record.epoch, copy, record});
                emit epochDone(record);
                newestCopy(copy, record.epoch, settings);
                emit checkpointAdded(static_cast<int>(checkpoints_.size()) - 1);
            },
            Qt::QueuedConnection);
    });
    trainer->on_state([this, trainer](nn::Trainer::State state) {
        const bool hasFailed = state == nn::Trainer::State::Failed;
        const QString error = hasFailed ? translateCoreMessage(trainer->error()) : QString();
        const QString deviceOp =
            hasFailed ? QString::fromStdString(trainer->device_error_op()) : QString();
        QMetaObject::invokeMethod(
            this,
            [this, state, error, deviceOp] {
                switch (state) {
                case nn::Trainer::State::Idle:
                    break;
                case nn::Trainer::State::Running:
                    setState(State::Running);
                    break;
                case nn::Trainer::State::Paused:
                    setState(State::Paused);
                    break;
                case nn::Trainer::State::Finished:
                    setState(State::Finished);
                    break;
                case nn::Trainer::State::Stopped:
                    setState(State::Stopped);
                    break;
                case nn::Trainer::State::Failed:
                    deviceFailure_ = deviceOp;
                    setState(State::Failed);
                    emit failed(error);
                    break;
                }
            },
            Qt::QueuedConnection);
    });
}

bool TrainingSession::continueOnCpu(QString* error) {
    if (!trainer_ || state_ != State::Failed || deviceFailure_.isEmpty()) {
        *error = tr("There is no run that the GPU stopped.");
        return false;
    }
    trainer_->wait(); // its thread has ended (Failed); this joins it
    nn::TrainerConfig config = trainer_->config();
    config.device = compute::Device::cpu();
    std::unique_ptr<nn::Trainer> next;
    try {
        // The run as it stood: weights, optimizer state, epochs and batches done, history.
        const QTemporaryDir folder;
        const std::string path = folder.filePath(QStringLiteral("run.csmodel")).toStdString();
        trainer_->save_checkpoint(path);
        next = std::make_unique<nn::Trainer>(nn::load_model_file(path), data_.normalised, config);
    } catch (const std::exception&) {
        // The GPU cannot be read back (a fault that broke its context): the newest copy of the
        // weights, on the CPU already, for the epochs left.
        try {
            if (!latest_)
                throw std::runtime_error("no copy of the weights was taken yet");
            config.epochs = std::max(1, config.epochs - static_cast<int>(epochs_.size()));
            next =
                std::make_unique<nn::Trainer>(nn::copy_model(*latest_), data_.normalised, config);
        } catch (const std::exception& e) {
            *error = tr("The run cannot go on on the CPU: %1").arg(translateCoreMessage(e.what()));
            return false;
        }
    }
    trainer_ = std::move(next);
    setup_.config.device = compute::Device::cpu();
    deviceFailure_.clear();
    connectTrainer();
    trainer_->start();
    return true;
}

void TrainingSession::failNextBatchForTesting(const QString& op) {
    failNextBatchOp_ = op.toStdString();
    failNextBatch_ = true;
}

void TrainingSession::pause() {
    if (trainer_)
        trainer_->pause();
}

void TrainingSession::resume() {
    if (trainer_)
        trainer_->resume();
}

void TrainingSession::step() {
    if (!trainer_)
        return;
    stepping_ = true;
    trainer_->step();
}

void TrainingSession::stop() {
    if (trainer_)
        trainer_->stop();
}

void TrainingSession::stopAndWait() {
    if (!trainer_ || trainer_->state() == nn::Trainer::State::Idle)
        return;
    trainer_->stop();
    trainer_->wait();
    if (isActive())
        setState(State::Stopped);
}

void TrainingSession::setViewedCheckpoint(int index) {
    index = index >= 0 && index < static_cast<int>(checkpoints_.size()) ? index : -1;
    if (index == viewed_)
        return;
    viewed_ = index;
    emit viewedModelChanged();
}

std::shared_ptr<const nn::Sequential> TrainingSession::viewedModel() const {
    return viewed_ >= 0 ? checkpoints_[static_cast<std::size_t>(viewed_)].model : latest_;
}

double TrainingSession::viewedPosition() const {
    return viewed_ >= 0 ? checkpoints_[static_cast<std::size_t>(viewed_)].epoch : latestPosition_;
}

void TrainingSession::newestCopy(std::shared_ptr<const nn::Sequential> model, double position,
                                 const nlohmann::json& settings) {
    latest_ = std::move(model);
    latestPosition_ = position;
    optimizerSettings_ = settings;
    emit snapshotTaken();
    if (viewed_ < 0)
        emit viewedModelChanged();
}

bool TrainingSession::saveModel(const QString& path, QString* error) {
    if (!writeModel(path, error))
        return false;
    unsaved_ = false;
    return true;
}

QByteArray TrainingSession::modelBytes(QString* error) const {
    QTemporaryDir folder;
    if (!folder.isValid()) {
        *error = tr("Cannot create a temporary folder for the model: %1").arg(folder.errorString());
        return {};
    }
    const QString path = folder.filePath(QStringLiteral("model.csmodel"));
    if (!writeModel(path, error))
        return {};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read the model back: %1").arg(file.errorString());
        return {};
    }
    return file.readAll();
}

namespace {

// `bytes` in a file of a new temporary folder (kept while `folder` lives); empty on failure.
QString writeTemporaryModel(const QTemporaryDir& folder, const QByteArray& bytes) {
    if (!folder.isValid())
        return {};
    const QString path = folder.filePath(QStringLiteral("session.csmodel"));
    try {
        saveFile(path, bytes);
    } catch (const std::exception&) {
        return {};
    }
    return path;
}

} // namespace

QString TrainingSession::checkModelBytes(const QByteArray& bytes) {
    const QTemporaryDir folder;
    const QString path = writeTemporaryModel(folder, bytes);
    if (path.isEmpty())
        return tr("Cannot write a temporary copy of the model.");
    try {
        const std::string file = path.toStdString();
        nn::SavedModel saved = nn::load_model_file(file);
        nn::run_metadata(saved, file);
        return {};
    } catch (const std::exception& e) {
        return translateCoreMessage(e.what()).replace(path, tr("the model"));
    }
}

void TrainingSession::loadModelBytes(const QByteArray& bytes, const QString& name) {
    if (isActive()) {
        emit failed(tr("Stop the training before loading a model."));
        return;
    }
    preparing_.run(
        [bytes, name](const CancelFlag&) {
            const QTemporaryDir folder;
            const QString path = writeTemporaryModel(folder, bytes);
            if (path.isEmpty()) {
                Prepared failed;
                failed.error = tr("Cannot write a temporary copy of the model.");
                return failed;
            }
            Prepared loaded = readModelFile(path);
            loaded.error.replace(path, name);
            return loaded;
        },
        [this](Prepared loaded) { finishLoading(loaded); });
}

bool TrainingSession::writeModel(const QString& path, QString* error) const {
    try {
        if (trainer_ && trainer_->state() != nn::Trainer::State::Running &&
            trainer_->state() != nn::Trainer::State::Idle) {
            trainer_->save_checkpoint(path.toStdString());
            return true;
        }
        if (!latest_) {
            *error = tr("There is no model to save yet: train one or load a model file.");
            return false;
        }
        nn::RunMetadata metadata;
        if (loadedMetadata_) {
            metadata = *loadedMetadata_;
        } else {
            metadata.dataset = setup_.datasetSpec.toStdString();
            metadata.normalization = data_.stats;
            metadata.class_names = data_.raw.train->class_names();
            metadata.history = epochs_;
            metadata.epoch = static_cast<int>(epochs_.size());
        }
        nn::save_model_file(path.toStdString(), *latest_, metadata.to_json());
        return true;
    } catch (const std::exception& e) {
        *error = translateCoreMessage(e.what());
        return false;
    }
}

void TrainingSession::loadModel(const QString& path) {
    if (isActive()) {
        emit failed(tr("Stop the training before loading a model."));
        return;
    }
    preparing_.run([path](const CancelFlag&) { return readModelFile(path); },
                   [this](Prepared loaded) { finishLoading(loaded); });
}

TrainingSession::Prepared TrainingSession::readModelFile(const QString& path) {
    Prepared prepared;
    try {
        const std::string file = path.toStdString();
        // A .csmodel, or an ONNX network imported into the same nn network.
        nn::SavedModel saved = onnx::load_any_model(file);
        nn::RunMetadata metadata = nn::run_metadata(saved, file);
        if (!metadata.dataset) {
            // A network without a data set of its own: photos go in, normalised as it says or,
            // for ImageNet's input size, as ImageNet's networks expect.
            image::PhotoNormalisation normalisation =
                image::photo_normalisation(saved.model.input_shape(), metadata.normalization);
            prepared.data.stats = normalisation.stats;
            prepared.photoNormalisation = std::move(normalisation);
            prepared.optimizer = saved.optimizer;
            prepared.metadata = std::move(metadata);
            prepared.model = std::make_shared<const nn::Sequential>(std::move(saved.model));
            return prepared;
        }
        prepared.data = image::open_training_data(
            *metadata.dataset, metadata.normalization.value_or(data::ChannelStats{}),
            metadata.limit, image::folder_options_for(saved.model.input_shape()));
        if (metadata.pixel_permutation_seed)
            image::permute_training_data(prepared.data, *metadata.pixel_permutation_seed);
        nn::check_model_fits(saved.model, *prepared.data.normalised.test);
        if (metadata.hyperparameters)
            prepared.config = *metadata.hyperparameters;
        prepared.history = metadata.history.value_or(std::vector<nn::EpochRecord>{});
        prepared.metadata = std::move(metadata);
        prepared.optimizer = saved.optimizer;
        prepared.model = std::make_shared<const nn::Sequential>(std::move(saved.model));
    } catch (const std::exception& e) {
        prepared.error = translateCoreMessage(e.what());
    }
    return prepared;
}

void TrainingSession::finishLoading(Prepared& loaded) {
    if (!loaded.error.isEmpty()) {
        emit failed(loaded.error);
        return;
    }
    trainer_.reset();
    data_ = std::move(loaded.data);
    loadedMetadata_ = std::move(loaded.metadata);
    photoNormalisation_ = std::move(loaded.photoNormalisation);
    initialFirstLayer_ = compute::Tensor();
    batches_.clear();
    epochs_ = std::move(loaded.history);
    viewed_ = -1;
    checkpoints_ = {{static_cast<int>(epochs_.size()), loaded.model,
                     epochs_.empty() ? nn::EpochRecord{} : epochs_.back()}};
    setup_ = Setup{};
    setup_.datasetSpec = QString::fromStdString(loadedMetadata_->dataset.value_or(""));
    setup_.architecture = nn::architecture_json(*loaded.model);
    setup_.config = loaded.config;
    newestCopy(loaded.model, static_cast<double>(epochs_.size()), loaded.optimizer);
    unsaved_ = false;
    setState(State::Finished);
    emit modelLoaded();
    emit checkpointAdded(0);
}

} // namespace convsight::widgets
