using ReportMining.MachineLearning;
using ReportMining.Sentiment.Training;
using ReportMining.Tests.Support;

namespace ReportMining.Tests.MachineLearning;

public sealed class TrainCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("rm-train-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string News => Path.Combine(SharedData.RepoRoot, "models", "training", "news.jsonl");

    private int Train(string output, params string[] extra)
    {
        var writer = new StringWriter();
        var original = Console.Out;
        Console.SetOut(writer);
        try
        {
            return ReportMining.Cli.Program.Main(["train", "--labels", News, "--out", output, "--folds", "0", "--set", "iterations=60", .. extra]);
        }
        finally
        {
            Console.SetOut(original);
        }
    }

    [Fact]
    public void Training_twice_writes_the_same_bytes()
    {
        string a = Path.Combine(_dir, "a"), b = Path.Combine(_dir, "b");
        Train(a).Should().Be(0);
        Train(b).Should().Be(0);
        foreach (var kind in ModelKinds.All)
        {
            File.ReadAllBytes(Path.Combine(b, kind.FileName())).Should().Equal(File.ReadAllBytes(Path.Combine(a, kind.FileName())), kind.Name());
        }

        // and the files load as a working classifier
        var miner = new ReportMiner(new ReportMinerOptions { ModelDirectory = a });
        miner.ClassifySentence("Care leavers in Northmoor are very well supported by their own advisers.").Sentiment.Should().Be(ReportMining.Sentiment.SentimentLabel.Positive);
    }

    [Fact]
    public void News_sentences_are_written_for_the_project_and_cover_every_class()
    {
        var data = TrainingData.Load(News, null, null);
        data.Count.Should().BeGreaterThanOrEqualTo(300);
        data.Should().OnlyContain(d => d.Source == "news" && d.Text.Length > 0);
        foreach (var kind in ModelKinds.All)
        {
            foreach (var label in SentenceLabelSets.For(kind))
            {
                data.Should().Contain(d => d.LabelFor(kind) == label, $"{kind.Name()} label {label}");
            }
        }
    }

    [Fact]
    public void Bad_label_records_are_reported_with_file_and_line()
    {
        string path = Path.Combine(_dir, "bad.jsonl");
        File.WriteAllLines(path, ["{\"id\":\"x\",\"text\":\"Fine.\",\"sentiment\":\"positive\",\"area\":\"general\"}", "{\"id\":\"y\",\"text\":\"Oops.\",\"sentiment\":\"happy\",\"area\":\"general\"}"]);
        var act = () => TrainingData.Load(path, null, null);
        act.Should().Throw<InvalidDataException>().WithMessage("bad.jsonl:2: unknown sentiment 'happy'*");
    }

    [Fact]
    public void Folds_keep_each_group_together_and_are_balanced()
    {
        var data = Enumerable.Range(0, 200).Select(i => new LabelledSentence
        {
            Id = $"s{i}", Source = "report", Group = $"la:{i % 23}", Text = "x", Sentiment = "positive", Area = "general", Fine = "none",
        }).ToList();
        var folds = SentenceModelTrainer.AssignFolds(data, 5, 1);
        folds.Should().Equal(SentenceModelTrainer.AssignFolds(data, 5, 1));
        for (int g = 0; g < 23; g++)
        {
            folds.Where((_, i) => i % 23 == g).Distinct().Should().HaveCount(1);
        }

        var sizes = Enumerable.Range(0, 5).Select(f => folds.Count(x => x == f)).ToArray();
        (sizes.Max() - sizes.Min()).Should().BeLessThanOrEqualTo(9);
    }

    [Fact]
    public void Exported_features_are_each_sentence_s_fold_labels_and_vector()
    {
        var data = TrainingData.Load(News, null, null).Take(40).ToList();
        var recipe = SentenceModelRecipe.Default;
        var trainer = new SentenceModelTrainer(data, recipe);
        using var stream = new MemoryStream();
        trainer.ExportFeatures(stream);
        stream.Position = 0;
        using var reader = new BinaryReader(stream);
        var featurizer = new TextFeaturizer(recipe.Featurizer);
        for (int i = 0; i < data.Count; i++)
        {
            reader.ReadInt32().Should().Be(trainer.Folds[i]);
            reader.ReadInt32().Should().Be(1, "these are news sentences");
            foreach (var kind in ModelKinds.All)
            {
                SentenceLabelSets.For(kind)[reader.ReadInt32()].Should().Be(data[i].LabelFor(kind), kind.Name());
            }

            int n = reader.ReadInt32();
            var indices = Enumerable.Range(0, n).Select(_ => reader.ReadInt32()).ToArray();
            var values = Enumerable.Range(0, n).Select(_ => reader.ReadSingle()).ToArray();
            var expected = featurizer.Featurize(data[i].Text);
            indices.Should().Equal(expected.Indices.ToArray(), data[i].Id);
            values.Should().Equal(expected.Values.ToArray(), data[i].Id);
        }

        stream.Position.Should().Be(stream.Length, "nothing follows the last sentence");
    }
}
