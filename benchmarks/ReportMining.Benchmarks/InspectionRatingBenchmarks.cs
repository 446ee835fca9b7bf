using BenchmarkDotNet.Attributes;
using ReportMining.Inspections;
using ReportMining.Ratings;
using ReportMining.Sentiment;
using ReportMining.Text;

namespace ReportMining.Benchmarks;

/// <summary>
/// The inspection reader and the rating extractor over the corpus, on documents parsed in
/// setup (so the normaliser's cost is not counted). MB/s = corpus UTF-8 bytes / mean time.
/// </summary>
[MemoryDiagnoser]
public class InspectionRatingBenchmarks
{
    private sealed class NoClassifier : ISentenceClassifier
    {
        public SentenceLabel Classify(ReadOnlySpan<char> sentence) => default;
    }

    private Document[] _documents = [];
    private AnalysisContext[] _contexts = [];
    private readonly RatingExtractor _ratings = new();
    private readonly InspectionReader _reader = new();

    [GlobalSetup]
    public void Setup()
    {
        _documents = BenchmarkCorpus.Texts.Select(Document.Parse).ToArray();
        _contexts = _documents.Select(d => new AnalysisContext(d, new AnalysisOptions(), new NoClassifier(), CancellationToken.None)).ToArray();
        foreach (var c in _contexts) _reader.Read(c);
        Console.WriteLine($"// corpus: {BenchmarkCorpus.Name}, {BenchmarkCorpus.Utf8Bytes / 1e6:F1} MB");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        foreach (var d in _documents) d.Dispose();
    }

    [Benchmark]
    public int ReadInspections()
    {
        int n = 0;
        foreach (var c in _contexts)
        {
            _reader.Read(c);
            n += c.Inspection?.Judgements.Count ?? 0;
        }

        return n;
    }

    private static readonly System.Buffers.SearchValues<string> Triggers =
        System.Buffers.SearchValues.Create(["good", "outstanding", "inadequate", "improvement", "adequate", "excellent", "performs"], StringComparison.OrdinalIgnoreCase);

    [Benchmark]
    public int TriggersOnly()
    {
        int n = 0;
        foreach (var d in _documents)
        {
            var text = d.Normalized;
            int pos = 0;
            while (true)
            {
                int k = text[pos..].IndexOfAny(Triggers);
                if (k < 0) break;
                n++;
                pos += k + 4;
            }
        }

        return n;
    }

    [Benchmark]
    public int FindCouncils()
    {
        int n = 0;
        foreach (var d in _documents) n += new AuthorityMentions(d.Text).Around(0, d.Text.Length).Count;
        return n;
    }

    [Benchmark]
    public int ExtractRatings()
    {
        int n = 0;
        foreach (var c in _contexts) n += _ratings.Extract(c).Count;
        return n;
    }
}
