using BenchmarkDotNet.Attributes;
using ReportMining.Dates;
using ReportMining.Text;

namespace ReportMining.Benchmarks;

/// <summary>
/// Throughput of the dates stage (trigger scan, window parse, TIMEX3 normalisation) over the
/// corpus, on documents already parsed (the stage's own cost). MB/s = <see cref="BenchmarkCorpus.Utf8Bytes"/>
/// divided by the mean time (the MB/s column).
/// </summary>
[CorpusThroughput]
public class DatesBenchmarks
{
    private Document[] _documents = [];

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

    /// <summary>All dates of every document, anchored at a document date.</summary>
    [Benchmark(Description = "dates")]
    public int ExtractDates()
    {
        int n = 0;
        var anchor = new DateOnly(2024, 6, 3);
        foreach (var d in _documents) n += DateExtractor.Find(d, anchor).Count;
        return n;
    }

    /// <summary>The document date found in the text (dateline, "published", "today (…)").</summary>
    [Benchmark(Description = "document date")]
    public int FindDocumentDates()
    {
        int n = 0;
        foreach (var d in _documents)
        {
            if (DocumentDateFinder.Find(d, out _, out _)) n++;
        }

        return n;
    }
}
