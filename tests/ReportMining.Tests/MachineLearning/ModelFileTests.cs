using System.Buffers.Binary;
using System.Security.Cryptography;
using ReportMining.MachineLearning;

namespace ReportMining.Tests.MachineLearning;

public sealed class ModelFileTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("rm-model-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static LinearModel Model(ModelKind kind = ModelKind.Sentiment) =>
        MaxEntTrainer.Train(MaxEntTrainerTests.ToySet(), null, kind, new FeaturizerOptions { HashBits = 12, CharNgramMin = 2, CharNgramMax = 5, LexiconWeight = 0.5f }, new TrainerOptions { L2 = 3e-4, ClassWeightPower = 0.5 });

    private string Write(byte[] bytes, string name = "model.bin")
    {
        string path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static byte[] Reseal(byte[] bytes)
    {
        SHA256.HashData(bytes.AsSpan(0, bytes.Length - 32), bytes.AsSpan(bytes.Length - 32));
        return bytes;
    }

    [Fact]
    public void Round_trip_keeps_everything()
    {
        var model = Model();
        string path = Write(ModelFile.ToBytes(model));
        var loaded = ModelFile.Load(path, ModelKind.Sentiment);
        loaded.Kind.Should().Be(model.Kind);
        loaded.Labels.Should().Equal(model.Labels);
        loaded.Featurizer.Should().Be(model.Featurizer);
        loaded.Trainer.Should().Be(model.Trainer);
        loaded.TrainingExamples.Should().Be(model.TrainingExamples);
        loaded.Buckets.Should().Equal(model.Buckets);
        loaded.Weights.Should().Equal(model.Weights);
        loaded.Biases.Should().Equal(model.Biases);
        ModelFile.ToBytes(loaded).Should().Equal(File.ReadAllBytes(path));
    }

    [Fact]
    public void Round_trip_keeps_the_word_vectors()
    {
        string[] words = ["children", "care", "leavers", "social", "workers"];
        var hashes = words.Select(w => TextFeaturizer.HashWord(w)).ToArray();
        var values = Enumerable.Range(0, words.Length * 3).Select(i => (float)(Half)((i % 7) - 3.25f)).ToArray();
        var options = new FeaturizerOptions { HashBits = 12, EmbeddingWeight = 0.75f, Vectors = new WordVectors(hashes, values, 3) };
        var model = MaxEntTrainer.Train(MaxEntTrainerTests.ToySet(), null, ModelKind.Area, options, new TrainerOptions { L2 = 3e-4 });
        var loaded = ModelFile.Read(ModelFile.ToBytes(model), "vectors", ModelKind.Area);
        loaded.Featurizer.Should().Be(model.Featurizer);
        loaded.Featurizer.Vectors!.Values.Should().Equal(values);
        loaded.Featurizer.Vectors.Row(hashes[3]).Should().Be(3);
        loaded.Featurizer.Dimension.Should().Be((1 << 12) + 3);
        ModelFile.ToBytes(loaded).Should().Equal(ModelFile.ToBytes(model));
    }

    private static LinearModel VectorModel(bool mean)
    {
        string[] words = ["children", "care", "leavers", "social", "workers"];
        var hashes = words.Select(w => TextFeaturizer.HashWord(w)).ToArray();
        var values = Enumerable.Range(0, words.Length * 3).Select(i => (float)(Half)((i % 7) - 3.25f)).ToArray();
        var options = new FeaturizerOptions { HashBits = 12, EmbeddingWeight = 0.75f, EmbeddingMean = mean, Vectors = new WordVectors(hashes, values, 3) };
        return MaxEntTrainer.Train(MaxEntTrainerTests.ToySet(), null, ModelKind.Area, options, new TrainerOptions { L2 = 3e-4 });
    }

    // header (16 bytes), then the featuriser: five int32, the contrast byte, four float32, then (format 3) the mean flag
    private const int MeanFlagOffset = 16 + (5 * 4) + 1 + (4 * 4);

    [Fact]
    public void The_mean_word_vector_flag_round_trips_and_a_bad_flag_is_corrupt()
    {
        var model = VectorModel(mean: true);
        var bytes = ModelFile.ToBytes(model);
        bytes[MeanFlagOffset].Should().Be(1);
        var loaded = ModelFile.Read(bytes, "mean", ModelKind.Area);
        loaded.Featurizer.EmbeddingMean.Should().BeTrue();
        loaded.Featurizer.Should().Be(model.Featurizer);

        bytes[MeanFlagOffset] = 2;
        ShouldFail(Reseal(bytes), "word-vector mean flag 2", ModelKind.Area);
    }

    [Fact]
    public void A_format_2_file_still_loads_with_a_normalised_word_vector_block()
    {
        // format 2 had no mean flag and no fingerprint: the same file without those nine bytes, version 2
        var model = VectorModel(mean: false);
        var v4 = ModelFile.ToBytes(model);
        var v2 = v4[..MeanFlagOffset].Concat(v4[(MeanFlagOffset + 1 + 8)..]).ToArray();
        BinaryPrimitives.WriteUInt16LittleEndian(v2.AsSpan(4), 2);
        BinaryPrimitives.WriteUInt64LittleEndian(v2.AsSpan(8), (ulong)v2.Length);
        var loaded = ModelFile.Read(Reseal(v2), "format 2", ModelKind.Area);
        loaded.Featurizer.EmbeddingMean.Should().BeFalse();
        loaded.Featurizer.Should().Be(model.Featurizer);
        loaded.Weights.Should().Equal(model.Weights);
        ModelFile.ToBytes(loaded).Should().Equal(v4, "it is written back as format 4");
    }

    [Fact]
    public void The_word_list_fingerprint_round_trips_and_a_format_3_file_loads_without_one()
    {
        var model = VectorModel(mean: true);
        var marked = new LinearModel(model.Kind, model.Labels, model.Featurizer with { LexiconFingerprint = 0x0123456789ABCDEF },
            model.Trainer, model.TrainingExamples, model.Buckets, model.Weights, model.Biases);
        var v4 = ModelFile.ToBytes(marked);
        BinaryPrimitives.ReadUInt64LittleEndian(v4.AsSpan(MeanFlagOffset + 1)).Should().Be(0x0123456789ABCDEF);
        ModelFile.Read(v4, "marked", ModelKind.Area).Featurizer.Should().Be(marked.Featurizer);

        var v3 = v4[..(MeanFlagOffset + 1)].Concat(v4[(MeanFlagOffset + 1 + 8)..]).ToArray();
        BinaryPrimitives.WriteUInt16LittleEndian(v3.AsSpan(4), 3);
        BinaryPrimitives.WriteUInt64LittleEndian(v3.AsSpan(8), (ulong)v3.Length);
        var loaded = ModelFile.Read(Reseal(v3), "format 3", ModelKind.Area);
        loaded.Featurizer.LexiconFingerprint.Should().Be(0);
        loaded.Featurizer.EmbeddingMean.Should().BeTrue();
        loaded.Weights.Should().Equal(model.Weights);
    }

    private void ShouldFail(byte[] bytes, string reason, ModelKind kind = ModelKind.Sentiment)
    {
        string path = Write(bytes);
        var act = () => ModelFile.Load(path, kind);
        var e = act.Should().Throw<ModelFormatException>().Which;
        e.FilePath.Should().Be(path);
        e.Message.Should().Contain(path).And.Contain(reason);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(15)]
    [InlineData(40)]
    [InlineData(-1)]
    [InlineData(-33)]
    public void Truncated_files_are_refused(int keep)
    {
        var bytes = ModelFile.ToBytes(Model());
        int length = keep >= 0 ? keep : bytes.Length + keep;
        ShouldFail(bytes[..length], "truncated");
    }

    [Fact]
    public void A_flipped_byte_fails_the_checksum()
    {
        var bytes = ModelFile.ToBytes(Model());
        for (int at = 16; at < bytes.Length; at += Math.Max(1, bytes.Length / 7))
        {
            var copy = (byte[])bytes.Clone();
            copy[at] ^= 0x10;
            ShouldFail(copy, "checksum");
        }
    }

    [Fact]
    public void Trailing_data_is_refused()
    {
        var bytes = ModelFile.ToBytes(Model());
        ShouldFail([.. bytes, 0, 0, 0], "trailing data");
    }

    [Fact]
    public void A_file_that_is_not_a_model_is_refused()
    {
        ShouldFail("this is a text file, not a model at all"u8.ToArray(), "bad magic");
    }

    [Fact]
    public void Another_format_version_is_refused()
    {
        var bytes = ModelFile.ToBytes(Model());
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(4), 1);
        ShouldFail(bytes, "unsupported format version 1");
    }

    [Fact]
    public void A_model_of_another_kind_is_refused()
    {
        ShouldFail(ModelFile.ToBytes(Model(ModelKind.Area)), "it is a 'area' model, expected 'sentiment'");
    }

    [Fact]
    public void An_unknown_kind_is_refused()
    {
        var bytes = ModelFile.ToBytes(Model());
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(6), 99);
        ShouldFail(Reseal(bytes), "unknown model kind 99");
    }

    [Fact]
    public void Content_that_passes_the_checksum_but_is_out_of_range_is_refused()
    {
        var bytes = ModelFile.ToBytes(Model());
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(16), 40); // hash bits
        ShouldFail(Reseal(bytes), "corrupt");

        bytes = ModelFile.ToBytes(Model());
        var tail = bytes.Length - 32 - (4 * 3) - 4; // the last row's bucket
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(tail), -5);
        ShouldFail(Reseal(bytes), "out of order or out of range");

        bytes = ModelFile.ToBytes(Model());
        BinaryPrimitives.WriteSingleLittleEndian(bytes.AsSpan(bytes.Length - 32 - 4), float.NaN);
        ShouldFail(Reseal(bytes), "not a finite number");
    }

    [Fact]
    public void Reading_the_weight_rows_through_a_callback_checks_them_as_the_plain_read_does()
    {
        var model = Model();
        int k = model.ClassCount, rowBytes = 4 + (4 * k), rows = model.Buckets.Length;
        int seen = -1, classes = -1;
        byte[] section = [];
        ModelFile.WeightRows take = (_, s, count, c) => (section, seen, classes) = (s.ToArray(), count, c);
        var loaded = ModelFile.Read(ModelFile.ToBytes(model), "rows", ModelKind.Sentiment, take, () => [.. model.Weights]);
        (seen, classes).Should().Be((rows, k));
        section.Length.Should().Be(rows * rowBytes);
        BinaryPrimitives.ReadInt32LittleEndian(section.AsSpan((rows - 1) * rowBytes)).Should().Be(model.Buckets[^1]);
        BinaryPrimitives.ReadSingleLittleEndian(section.AsSpan(((rows - 1) * rowBytes) + 4)).Should().Be(model.Weights[(rows - 1) * k]);
        loaded.Buckets.Should().Equal(model.Buckets);

        // a non-finite weight anywhere in the rows is refused, first, middle or last
        foreach (int row in new[] { 0, rows / 2, rows - 1 })
        {
            foreach (float bad in new[] { float.NaN, float.PositiveInfinity, float.NegativeInfinity })
            {
                var bytes = ModelFile.ToBytes(model);
                int start = bytes.Length - 32 - (rows * rowBytes);
                BinaryPrimitives.WriteSingleLittleEndian(bytes.AsSpan(start + (row * rowBytes) + 4 + (4 * (row % k))), bad);
                var act = () => ModelFile.Read(Reseal(bytes), "rows", ModelKind.Sentiment, take, () => []);
                act.Should().Throw<ModelFormatException>().Which.Message.Should().Contain("not a finite number", $"row {row}, {bad}");
            }
        }

        // large finite weights are fine
        var big = ModelFile.ToBytes(model);
        BinaryPrimitives.WriteSingleLittleEndian(big.AsSpan(big.Length - 32 - 4), float.MaxValue);
        ModelFile.Read(Reseal(big), "rows", ModelKind.Sentiment, take, () => []).Buckets.Should().Equal(model.Buckets);
    }

    [Fact]
    public void A_missing_file_is_reported_by_name()
    {
        string path = Path.Combine(_dir, "absent.bin");
        var act = () => ModelFile.Load(path, ModelKind.Sentiment);
        act.Should().Throw<ModelFormatException>().Which.Message.Should().Contain(path).And.Contain("not found");
    }

    [Fact]
    public void Corrupt_bytes_never_crash_the_reader()
    {
        var bytes = ModelFile.ToBytes(Model());
        var random = new Random(11);
        for (int i = 0; i < 200; i++)
        {
            var copy = bytes[..random.Next(bytes.Length)];
            if (copy.Length > 20) copy[random.Next(16, copy.Length)] = (byte)random.Next(256);
            var act = () => ModelFile.Read(copy, "fuzz", ModelKind.Sentiment);
            act.Should().Throw<ModelFormatException>();
        }
    }

    [Fact]
    public void Half_precision_values_read_back_exactly_as_the_framework_converts_them()
    {
        // every one of the 65,536 bit patterns: zeros, subnormals, normals, infinities and NaNs
        for (int bits = 0; bits <= ushort.MaxValue; bits++)
        {
            float expected = (float)BitConverter.UInt16BitsToHalf((ushort)bits);
            float actual = ModelFile.HalfToSingle((ushort)bits);
            BitConverter.SingleToUInt32Bits(actual).Should().Be(BitConverter.SingleToUInt32Bits(expected), $"bits 0x{bits:X4}");
        }
    }
}
