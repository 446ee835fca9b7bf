using BenchmarkDotNet.Attributes;
using ReportMining.Percentages;
using ReportMining.Text;

namespace ReportMining.Benchmarks;

/// <summary>
/// Throughput of the percentages stage (trigger scan, figure finder, measure and scope rules, measure ranker)
/// over the corpus, on documents already parsed (the stage's own cost). MB/s =
/// <see cref="BenchmarkCorpus.Utf8Bytes"/> divided by the mean time (the MB/s column).
/// </summary>
[CorpusThroughput]
public class PercentagesBenchmarks
{
    private Document[] _documents = [];
    private readonly MeasureRanker _ranker = MeasureRanker.Load(null);

    [GlobalSetup]
    public void Setup()
    {
        _documents = BenchmarkCorpus.Texts.Select(Document.Parse).ToArray();
        Console.WriteLine($"// corpus: {BenchmarkCorpus.Name}, {_documents.Length} texts, {BenchmarkCorpus.Utf8Bytes:N0} UTF-8 bytes");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        foreach (var d in _documents) d.Dispose();
    }

    /// <summary>Every percentage of every document, with measure and scope, as the pipeline finds them (rules and the shipped measure ranker).</summary>
    [Benchmark(Description = "percentages")]
    public int ExtractPercentages()
    {
        int n = 0;
        foreach (var d in _documents) n += PercentageExtractor.Extract(d, _ranker).Count;
        return n;
    }

    /// <summary>The same with the measure rules alone (<c>ReportMinerOptions.LearnedMeasures = false</c>).</summary>
    [Benchmark(Description = "percentages, rules only")]
    public int ExtractPercentagesRulesOnly()
    {
        int n = 0;
        foreach (var d in _documents) n += PercentageExtractor.Extract(d).Count;
        return n;
    }

    /// <summary>The trigger scan alone ("%", "per cent", fraction words, "one in", "out of").</summary>
    [Benchmark(Description = "percentage triggers")]
    public int ScanTriggers()
    {
        int n = 0;
        foreach (var d in _documents) n += PercentageExtractor.CountTriggers(d.Normalized);
        return n;
    }
}
