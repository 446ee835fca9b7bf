using BenchmarkDotNet.Attributes;
using ReportMining.Dates;
using ReportMining.Inspections;
using ReportMining.Percentages;
using ReportMining.Quotes;
using ReportMining.Ratings;
using ReportMining.Sentiment;
using ReportMining.Text;

namespace ReportMining.Benchmarks;

/// <summary>
/// Each pipeline stage on its own, over the whole corpus, on documents parsed once in setup
/// with the earlier stages' results in place, so each figure is that stage's own cost.
/// Run: <c>dotnet run -c Release --project benchmarks/ReportMining.Benchmarks -- --filter '*StageBenchmarks*'</c>.
/// </summary>
[CorpusThroughput]
public class StageBenchmarks
{
    private readonly InspectionReader _inspections = new();
    private readonly DateExtractor _dates = new();
    private readonly PercentageExtractor _percentages = new(MeasureRanker.Load(null));
    private readonly RatingExtractor _ratings = new();
    private readonly QuoteExtractor _quotes = new();
    private ReportMiner _miner = null!;
    private AnalysisContext[] _contexts = [];

    [GlobalSetup]
    public void Setup()
    {
        _miner = new ReportMiner();
        _contexts = BenchmarkCorpus.Texts.Select(text =>
        {
            var context = new AnalysisContext(Document.Parse(text), new AnalysisOptions(), _miner.SentenceClassifier, CancellationToken.None);
            _inspections.Read(context);
            _dates.FindDocumentDate(context);
            context.Dates = _dates.Extract(context);
            context.SentenceLabels = Label(context.Document);
            return context;
        }).ToArray();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        foreach (var context in _contexts) context.Document.Dispose();
    }

    private SentenceLabel[] Label(Document document)
    {
        var sentences = document.SentenceSpan;
        var labels = new SentenceLabel[sentences.Length];
        for (int i = 0; i < sentences.Length; i++) labels[i] = _miner.SentenceClassifier.Classify(document.NormalizedSlice(sentences[i].Span));
        return labels;
    }

    [Benchmark(Description = "inspection facts")]
    public int Inspections()
    {
        int n = 0;
        foreach (var c in _contexts)
        {
            _inspections.Read(c);
            n += c.Inspection?.Judgements.Count ?? 0;
        }

        return n;
    }

    [Benchmark(Description = "dates")]
    public int Dates()
    {
        int n = 0;
        foreach (var c in _contexts) n += _dates.Extract(c).Count;
        return n;
    }

    [Benchmark(Description = "percentages")]
    public int Percentages()
    {
        int n = 0;
        foreach (var c in _contexts) n += _percentages.Extract(c).Count;
        return n;
    }

    [Benchmark(Description = "ratings")]
    public int Ratings()
    {
        int n = 0;
        foreach (var c in _contexts) n += _ratings.Extract(c).Count;
        return n;
    }

    [Benchmark(Description = "quotes")]
    public int Quotes()
    {
        int n = 0;
        foreach (var c in _contexts) n += _quotes.Extract(c).Count;
        return n;
    }

    [Benchmark(Description = "classify sentences")]
    public int Classify()
    {
        int n = 0;
        foreach (var c in _contexts) n += Label(c.Document).Length;
        return n;
    }

    [Benchmark(Description = "service areas")]
    public int ServiceAreas()
    {
        int n = 0;
        foreach (var c in _contexts) n += ServiceAreaAggregator.Aggregate(c).Count;
        return n;
    }
}
