using ReportMining.MachineLearning;

namespace ReportMining.Tests.MachineLearning;

public class MaxEntTrainerTests
{
    private static readonly FeaturizerOptions Options = new() { HashBits = 12 };

    /// <summary>Three classes, each marked by its own feature plus shared noise features.</summary>
    internal static SparseDataset ToySet()
    {
        var data = new SparseDataset(["red", "green", "blue"]);
        var random = new Random(7);
        for (int i = 0; i < 90; i++)
        {
            int label = i % 3;
            int noise = 100 + random.Next(20);
            data.Add([label * 10, noise], [1f, 0.5f], label);
        }

        return data;
    }

    [Fact]
    public void Learns_a_separable_toy_set()
    {
        var data = ToySet();
        var model = MaxEntTrainer.Train(data, null, ModelKind.Sentiment, Options, new TrainerOptions { L2 = 1e-4 });
        Span<float> p = stackalloc float[3];
        for (int label = 0; label < 3; label++)
        {
            int predicted = model.Predict(new FeatureVector([label * 10, 105], [1f, 0.5f]), p);
            predicted.Should().Be(label);
            p[label].Should().BeGreaterThan(0.9f);
        }
    }

    [Fact]
    public void Training_is_deterministic_to_the_byte()
    {
        var data = ToySet();
        var a = ModelFile.ToBytes(MaxEntTrainer.Train(data, null, ModelKind.Area, Options, new TrainerOptions()));
        var b = ModelFile.ToBytes(MaxEntTrainer.Train(data, null, ModelKind.Area, Options, new TrainerOptions()));
        b.Should().Equal(a);
    }

    [Fact]
    public void Stronger_regularisation_gives_smaller_weights()
    {
        var data = ToySet();
        double Norm(double l2) => MaxEntTrainer.Train(data, null, ModelKind.Sentiment, Options, new TrainerOptions { L2 = l2 }).Weights.Sum(w => (double)w * w);
        Norm(1e-1).Should().BeLessThan(Norm(1e-3));
    }

    [Fact]
    public void Trains_on_the_given_rows_only()
    {
        var data = ToySet();
        var rows = Enumerable.Range(0, data.Count).Where(i => data.Label(i) != 2).ToArray();
        var model = MaxEntTrainer.Train(data, rows, ModelKind.Sentiment, Options, new TrainerOptions());
        model.TrainingExamples.Should().Be(rows.Length);
        model.Buckets.Should().NotContain(20); // the blue marker was never seen
        Span<float> p = stackalloc float[3];
        model.Predict(new FeatureVector([20], [1f]), p).Should().NotBe(2);
    }

    [Fact]
    public void Class_weighting_favours_the_rare_class()
    {
        var data = new SparseDataset(["common", "rare"]);
        for (int i = 0; i < 95; i++) data.Add([1, 2], [1f, 1f], 0);
        for (int i = 0; i < 5; i++) data.Add([1, 2], [1f, 1f], 1);
        Span<float> p = stackalloc float[2];
        MaxEntTrainer.Train(data, null, ModelKind.Sentiment, Options, new TrainerOptions()).Predict(new FeatureVector([1, 2], [1f, 1f]), p);
        float unweighted = p[1];
        MaxEntTrainer.Train(data, null, ModelKind.Sentiment, Options, new TrainerOptions { ClassWeightPower = 1 }).Predict(new FeatureVector([1, 2], [1f, 1f]), p);
        unweighted.Should().BeApproximately(0.05f, 0.02f);
        p[1].Should().BeApproximately(0.5f, 0.02f);
    }

    [Fact]
    public void Metrics_compute_accuracy_and_macro_f1()
    {
        var m = new ClassificationMetrics(["a", "b"]);
        m.Add(0, 0); m.Add(0, 0); m.Add(0, 1); m.Add(1, 1);
        m.Accuracy.Should().Be(0.75);
        m.Precision(1).Should().Be(0.5);
        m.Recall(0).Should().BeApproximately(2.0 / 3, 1e-12);
        m.MacroF1.Should().BeApproximately(((0.8) + (2.0 / 3)) / 2, 1e-12);
    }
}
