using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using ReportMining.Cli;

namespace ReportMining.Benchmarks;

/// <summary>
/// Training the three sentence models on every label in <c>models/training</c> (word vectors from
/// the unlabelled reports included), as <c>reportmining train --folds 0</c> does, into a temporary
/// folder. One cold run: training is a one-off job, and a minute is the budget.
/// Run: <c>dotnet run -c Release --project benchmarks/ReportMining.Benchmarks -- --filter '*TrainingBenchmarks*'</c>
/// (without <c>--job</c>, so the single-run job below is used).
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 1)]
[MemoryDiagnoser]
public class TrainingBenchmarks
{
    private string _root = "";
    private string _out = "";

    [GlobalSetup]
    public void Setup()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ReportMining.sln"))) dir = dir.Parent;
        _root = dir?.FullName ?? throw new InvalidOperationException("run from inside the repository");
        _out = Directory.CreateTempSubdirectory("reportmining-train-").FullName;
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_out, recursive: true);

    [Benchmark(Description = "train sentiment, area and fine-area models on all labels")]
    public int TrainAll()
    {
        string labels = Path.Combine(_root, "models", "training");
        string corpus = Path.Combine(_root, "..", "shared", "corpus", "ilacs", "texts");
        var args = new List<string> { "train", "--folds", "0", "--labels", labels, "--out", _out };
        if (Directory.Exists(corpus)) args.AddRange(["--corpus", corpus]);
        int code = Cli.Cli.Run([.. args], Stream.Null, Stream.Null, TextWriter.Null);
        if (code != 0) throw new InvalidOperationException($"reportmining train exited with {code}");
        return code;
    }
}
