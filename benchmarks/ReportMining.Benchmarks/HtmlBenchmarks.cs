using BenchmarkDotNet.Attributes;
using ReportMining.Dates;
using ReportMining.Sentiment;

namespace ReportMining.Benchmarks;

/// <summary>
/// The visual report (<c>ToHtml</c>) over the benchmark corpus: with the pipeline's own items, and
/// with a dense synthetic layer (an item every 25 characters, every third crossing its neighbour,
/// every sentence coloured) to measure the boundary walk and the splitting of crossing spans.
/// MB/s is corpus bytes per second (see <see cref="CorpusThroughputAttribute"/>).
/// </summary>
[CorpusThroughput]
public class HtmlBenchmarks
{
    private ReportAnalysis[] _pipeline = [];
    private ReportAnalysis[] _dense = [];

    [GlobalSetup]
    public void Setup()
    {
        var miner = new ReportMiner();
        _pipeline = BenchmarkCorpus.Texts.Select(t => miner.Analyze(t)).ToArray();
        _dense = BenchmarkCorpus.Texts.Select(Dense).ToArray();
        Console.WriteLine($"// corpus {BenchmarkCorpus.Name}: {BenchmarkCorpus.Texts.Length} texts, {BenchmarkCorpus.Utf8Bytes:N0} bytes");
    }

    private static ReportAnalysis Dense(string text)
    {
        var dates = new List<DateMention>();
        for (int i = 0; i + 12 <= text.Length; i += 25)
        {
            int end = Math.Min(text.Length, i + (i % 75 == 0 ? 40 : 12));
            dates.Add(new DateMention { Text = text[i..end], Type = DateType.Date, Value = "2020", Start = i, End = end });
        }

        using var document = Text.Document.Parse(text);
        var evidence = document.Sentences.Select((s, k) => new Evidence { Start = s.Start, End = s.End, Sentiment = (SentimentLabel)(k % 4), Confidence = 0.8 }).ToArray();
        return new ReportAnalysis
        {
            SourceText = text,
            Dates = dates,
            ServiceAreas = [new ServiceAreaSentiment { Area = ServiceArea.Workforce, Sentiment = SentimentLabel.Mixed, Score = 0, Mentions = evidence.Length, Evidence = evidence }],
        };
    }

    [Benchmark(Baseline = true)]
    public long PipelineItems()
    {
        long n = 0;
        foreach (var a in _pipeline) n += a.ToHtml().Length;
        return n;
    }

    [Benchmark]
    public long DenseItems()
    {
        long n = 0;
        foreach (var a in _dense) n += a.ToHtml().Length;
        return n;
    }
}
