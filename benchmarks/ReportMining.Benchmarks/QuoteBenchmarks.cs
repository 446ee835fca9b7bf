using System.Text.Json;
using BenchmarkDotNet.Attributes;
using ReportMining.Quotes;
using ReportMining.Sentiment;
using ReportMining.Text;

namespace ReportMining.Benchmarks;

/// <summary>
/// The quote stage alone (documents parsed beforehand) on the benchmark corpus (ILACS reports)
/// and, when <c>../shared</c> is present, on the PolNeAR dev articles (news, quote-dense).
/// Throughput: divide <see cref="BenchmarkCorpus.Utf8Bytes"/> (printed at setup) by the mean.
/// </summary>
[MemoryDiagnoser]
public class QuoteBenchmarks
{
    private Document[] _reports = [];
    private Document[] _news = [];
    private readonly ISentenceClassifier _classifier = new ReportMiner().SentenceClassifier;

    [GlobalSetup]
    public void Setup()
    {
        _reports = BenchmarkCorpus.Texts.Select(Document.Parse).ToArray();
        Console.WriteLine($"// reports: {BenchmarkCorpus.Name}, {BenchmarkCorpus.Utf8Bytes:N0} UTF-8 bytes");
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ReportMining.sln"))) dir = dir.Parent;
        var shared = Environment.GetEnvironmentVariable("REPORTMINING_SHARED") ?? Path.Combine(dir?.FullName ?? ".", "..", "shared");
        var dev = Path.Combine(shared, "bench", "polnear", "dev.jsonl");
        if (File.Exists(dev))
        {
            var texts = File.ReadLines(dev).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("text").GetString()!).ToArray();
            _news = texts.Select(Document.Parse).ToArray();
            Console.WriteLine($"// news: {dev}, {texts.Sum(t => (long)System.Text.Encoding.UTF8.GetByteCount(t)):N0} UTF-8 bytes");
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        foreach (var d in _reports) d.Dispose();
        foreach (var d in _news) d.Dispose();
    }

    [Benchmark]
    public int Reports()
    {
        int n = 0;
        foreach (var d in _reports) n += QuoteExtractor.Extract(d, _classifier).Count;
        return n;
    }

    [Benchmark]
    public int News()
    {
        int n = 0;
        foreach (var d in _news) n += QuoteExtractor.Extract(d, _classifier).Count;
        return n;
    }
}
