using BenchmarkDotNet.Attributes;
using ReportMining.MachineLearning;
using ReportMining.Sentiment;
using ReportMining.Text;

namespace ReportMining.Benchmarks;

/// <summary>
/// The sentence models on real report sentences: featurising alone, all three models together
/// (what the pipeline runs per sentence), and the whole sentiment stage on documents (parse,
/// label every sentence, aggregate by area). Sentences are taken from <see cref="BenchmarkCorpus"/>
/// in file order. Run: <c>dotnet run -c Release --project benchmarks/ReportMining.Benchmarks -- --filter '*Classify*' --job short</c>.
/// </summary>
[MemoryDiagnoser]
public class ClassifyBenchmarks
{
    /// <summary>Sentences classified per benchmark invocation.</summary>
    public const int SentenceCount = 50_000;

    private string[] _sentences = [];
    private string[] _documents = [];
    private SentenceModels _models = null!;
    private TextFeaturizer _featurizer = null!;

    [GlobalSetup]
    public void Setup()
    {
        _models = SentenceModels.Load(null);
        _featurizer = new TextFeaturizer(_models.Sentiment.Featurizer);
        var sentences = new List<string>(SentenceCount);
        var documents = new List<string>();
        long bytes = 0;
        foreach (var text in BenchmarkCorpus.Texts)
        {
            if (bytes < 2_000_000)
            {
                documents.Add(text);
                bytes += System.Text.Encoding.UTF8.GetByteCount(text);
            }

            using var document = Document.Parse(text);
            foreach (var s in document.SentenceSpan)
            {
                if (sentences.Count == SentenceCount) break;
                sentences.Add(new string(document.NormalizedSlice(s.Span)));
            }
        }

        // a small corpus (the samples) is repeated up to the count
        for (int i = 0; sentences.Count < SentenceCount && i < sentences.Count; i++) sentences.Add(sentences[i]);
        _sentences = [.. sentences];
        _documents = [.. documents];
        DocumentBytes = documents.Sum(d => (long)System.Text.Encoding.UTF8.GetByteCount(d));
        Console.WriteLine($"// {_sentences.Length} sentences, {_sentences.Sum(s => s.Length) / _sentences.Length} characters on average; {documents.Count} documents, {DocumentBytes:N0} UTF-8 bytes, from {BenchmarkCorpus.Name}");
    }

    /// <summary>UTF-8 size of the documents of <see cref="SentimentStage"/> (divide by its time for MB/s).</summary>
    public static long DocumentBytes { get; private set; }

    [Benchmark(OperationsPerInvoke = SentenceCount, Description = "featurise one sentence")]
    public int Featurize()
    {
        int total = 0;
        foreach (var s in _sentences) total += _featurizer.Featurize(s).Count;
        return total;
    }

    [Benchmark(OperationsPerInvoke = SentenceCount, Description = "classify one sentence (3 models)")]
    public int Classify()
    {
        int total = 0;
        foreach (var s in _sentences) total += (int)_models.Classify(s).Sentiment;
        return total;
    }

    [Benchmark(Description = "sentiment stage on ~2 MB of reports (parse, classify, aggregate)")]
    public int SentimentStage()
    {
        int total = 0;
        foreach (var text in _documents)
        {
            using var document = Document.Parse(text);
            var labels = new SentenceLabel[document.SentenceSpan.Length];
            var normalized = document.Normalized;
            int i = 0;
            foreach (var s in document.SentenceSpan) labels[i++] = _models.Classify(normalized[s.Start..s.End]);
            var context = new AnalysisContext(document, new AnalysisOptions(), _models, CancellationToken.None) { SentenceLabels = labels };
            total += ServiceAreaAggregator.Aggregate(context).Count;
        }

        return total;
    }

    /// <summary>
    /// The same workloads timed by CPU time rather than wall-clock time, for a shared, overloaded
    /// machine where wall-clock benchmarks measure the other tenants. Single-threaded; run with
    /// <c>dotnet run -c Release --project benchmarks/ReportMining.Benchmarks -- cpu</c>.
    /// </summary>
    public static void CpuTime()
    {
        var b = new ClassifyBenchmarks();
        b.Setup();
        long chars = b._sentences.Sum(s => (long)System.Text.Encoding.UTF8.GetByteCount(s));
        Measure("featurise", () => b.Featurize(), SentenceCount, chars);
        var options = b._featurizer.Options;
        foreach (var (name, variant) in new[]
        {
            ("featurise, words only", options with { CharNgramMin = 0, LexiconWeight = 0 }),
            ("featurise, words + lexicon", options with { CharNgramMin = 0 }),
            ("featurise, words + char n-grams", options with { LexiconWeight = 0 }),
        })
        {
            var f = new TextFeaturizer(variant);
            Measure(name, () => { int t = 0; foreach (var x in b._sentences) t += f.Featurize(x).Count; return t; }, SentenceCount, chars);
        }

        Measure("classify (3 models)", () => b.Classify(), SentenceCount, chars);
        Measure("sentiment stage (parse, classify, aggregate)", () => b.SentimentStage(), 0, DocumentBytes);
    }

    private static void Measure(string name, Func<int> work, int sentences, long bytes)
    {
        work(); // warm up (tiered JIT)
        work();
        var process = System.Diagnostics.Process.GetCurrentProcess();
        process.Refresh();
        var cpu0 = process.TotalProcessorTime;
        var wall = System.Diagnostics.Stopwatch.StartNew();
        int runs = 0;
        do
        {
            work();
            runs++;
            process.Refresh();
        }
        while ((process.TotalProcessorTime - cpu0).TotalSeconds < 3);
        double cpu = (process.TotalProcessorTime - cpu0).TotalSeconds / runs;
        double elapsed = wall.Elapsed.TotalSeconds / runs;
        string rate = sentences > 0 ? $"{sentences / cpu:N0} sentences/s, " : "";
        Console.WriteLine($"{name}: {cpu * 1000:0.0} ms CPU per run ({elapsed * 1000:0.0} ms wall): {rate}{bytes / cpu / 1e6:0.0} MB/s of CPU time");
    }
}
