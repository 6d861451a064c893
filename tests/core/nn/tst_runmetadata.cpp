// Qt Test suite for nn::RunMetadata: a full round trip, missing optional entries, each wrong type
// refused with the entry named, unknown entries kept, and a checkpoint written by the trainer
// read back through run_metadata().
#include "data/SyntheticShapes.h"
#include "nn/Models.h"
#include "nn/RunMetadata.h"
#include "nn_test_support.h"

#include <QTemporaryDir>
#include <QTest>

using namespace convsight;
using namespace convsight::nn;
using nlohmann::json;
using nn_test::messageOf;
using nn_test::q;

namespace {

json fullMetadata() {
    TrainerConfig config;
    config.epochs = 4;
    config.learning_rate = 0.01f;
    config.seed = 9;
    EpochRecord record;
    record.epoch = 1;
    record.learning_rate = 0.01f;
    record.train_loss = 0.5;
    record.test_accuracy = 0.75;
    return {{"dataset", "shapes"},
            {"dataset_name", "shapes (train)"},
            {"normalization", {{"mean", {0.25}}, {"std", {0.5}}}},
            {"class_names", {"circle", "square"}},
            {"limit", 100},
            {"epoch", 1},
            {"seed", 9},
            {"pixel_permutation_seed", 14},
            {"hyperparameters", config.hyperparameters()},
            {"history", json::array({record.to_json()})},
            {"batch_in_epoch", 3}};
}

} // namespace

class tst_RunMetadata : public QObject {
    Q_OBJECT
private slots:
    void roundTrip();
    void missingOptionalEntries();
    void wrongTypeIsRefusedByName_data();
    void wrongTypeIsRefusedByName();
    void classNamesFallBack();
    void trainerCheckpointLoads();
};

void tst_RunMetadata::roundTrip() {
    const json in = fullMetadata();
    const RunMetadata m = RunMetadata::from_json(in);
    QCOMPARE(m.dataset.value(), std::string("shapes"));
    QCOMPARE(m.normalization->mean, std::vector<float>{0.25f});
    QCOMPARE(m.normalization->std, std::vector<float>{0.5f});
    QCOMPARE(m.class_names.size(), std::size_t{2});
    QCOMPARE(m.limit, std::int64_t{100});
    QCOMPARE(m.epoch.value(), 1);
    QCOMPARE(m.seed.value(), std::uint64_t{9});
    QCOMPARE(m.pixel_permutation_seed.value(), std::uint64_t{14});
    QCOMPARE(m.hyperparameters->epochs, 4);
    QCOMPARE(m.history->size(), std::size_t{1});
    QCOMPARE(m.history->front().test_accuracy, 0.75);
    COMPARE_JSON(m.other, (json{{"batch_in_epoch", 3}}));
    COMPARE_JSON(m.to_json(), in);
}

void tst_RunMetadata::missingOptionalEntries() {
    const RunMetadata empty = RunMetadata::from_json(json::object());
    QVERIFY(!empty.dataset);
    QVERIFY(!empty.normalization);
    QVERIFY(empty.class_names.empty());
    QCOMPARE(empty.limit, std::int64_t{0});
    QVERIFY(!empty.epoch && !empty.seed && !empty.hyperparameters && !empty.history);
    QVERIFY(!empty.pixel_permutation_seed);
    COMPARE_JSON(empty.to_json(), json::object());

    const RunMetadata some = RunMetadata::from_json({{"dataset", "mnist"}});
    COMPARE_JSON(some.to_json(), (json{{"dataset", "mnist"}}));
}

void tst_RunMetadata::wrongTypeIsRefusedByName_data() {
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value"); // JSON
    QTest::newRow("dataset") << "dataset"
                             << "3";
    QTest::newRow("dataset_name") << "dataset_name"
                                  << "[]";
    QTest::newRow("normalization") << "normalization"
                                   << "[0.5]";
    QTest::newRow("normalization.mean") << "normalization"
                                        << R"({"mean": "a", "std": [1]})";
    QTest::newRow("class_names") << "class_names"
                                 << R"(["a", 2])";
    QTest::newRow("limit") << "limit"
                           << R"("ten")";
    QTest::newRow("negative limit") << "limit"
                                    << "-1";
    QTest::newRow("epoch") << "epoch"
                           << "1.5";
    QTest::newRow("seed") << "seed"
                          << "true";
    QTest::newRow("hyperparameters") << "hyperparameters"
                                     << R"({"epochs": 3})";
    QTest::newRow("history") << "history"
                             << "{}";
}

void tst_RunMetadata::wrongTypeIsRefusedByName() {
    QFETCH(QString, key);
    QFETCH(QString, value);
    json in = fullMetadata();
    in[key.toStdString()] = json::parse(value.toStdString());
    const auto message = messageOf<std::invalid_argument>([&] { RunMetadata::from_json(in); });
    QVERIFY(message);
    QVERIFY2(message->startsWith(QStringLiteral("metadata '") + key), qPrintable(*message));
}

void tst_RunMetadata::classNamesFallBack() {
    const RunMetadata m = RunMetadata::from_json({{"class_names", {"cat"}}});
    QCOMPARE(q(m.class_name(0)), QStringLiteral("cat"));
    QCOMPARE(q(m.class_name(2)), QStringLiteral("class 2"));
}

void tst_RunMetadata::trainerCheckpointLoads() {
    // A checkpoint as `convsight-cli train --out` writes it today.
    QTemporaryDir dir;
    TrainerConfig config;
    config.epochs = 1;
    config.batch_size = 32;
    config.threads = 1;
    config.checkpoint_path = dir.filePath(QStringLiteral("run.csmodel")).toStdString();
    // The statistics are floats, as image::open_training_data computes them.
    config.dataset_info = {{"dataset", "shapes"},
                           {"normalization", {{"mean", {0.1f}}, {"std", {0.3f}}}},
                           {"limit", 64}};
    const data::DatasetSplit data = data::make_shapes(64, 32, 1);
    Trainer trainer(with_class_count(make_model("mlp", 1), data.train->class_count(), 1), data,
                    config);
    trainer.run();

    const SavedModel saved = load_model_file(config.checkpoint_path);
    const RunMetadata m = run_metadata(saved, config.checkpoint_path);
    QCOMPARE(m.dataset.value(), std::string("shapes"));
    QCOMPARE(m.normalization->std, std::vector<float>{0.3f});
    QCOMPARE(m.limit, std::int64_t{64});
    QCOMPARE(m.epoch.value(), 1);
    QCOMPARE(m.history->size(), std::size_t{1});
    QCOMPARE(m.class_names, data.train->class_names());
    QVERIFY(m.hyperparameters->hyperparameters() == config.hyperparameters());
    // Written again, it is the same metadata.
    COMPARE_JSON(m.to_json(), saved.metadata);

    // A broken entry is refused with the file's name.
    SavedModel broken = load_model_file(config.checkpoint_path);
    broken.metadata["limit"] = "all";
    const auto message = messageOf<ModelFileError>([&] { run_metadata(broken, "x.csmodel"); });
    QVERIFY(message && message->startsWith(QStringLiteral("x.csmodel: metadata 'limit'")));
}

QTEST_GUILESS_MAIN(tst_RunMetadata)
#include "tst_runmetadata.moc"
