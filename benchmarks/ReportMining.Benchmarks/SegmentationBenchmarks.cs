using BenchmarkDotNet.Attributes;
using ReportMining.Text;

namespace ReportMining.Benchmarks;

/// <summary>Normalise and segment (the document model every stage reads) over the whole corpus.</summary>
[CorpusThroughput]
public class SegmentationBenchmarks
{
    private string[] _texts = [];

    [GlobalSetup]
    public void Setup() => _texts = BenchmarkCorpus.Texts;

    [Benchmark(Description = "normalise+segment")]
    public int NormaliseAndSegment()
    {
        int sentences = 0;
        foreach (var text in _texts)
        {
            using var doc = Document.Parse(text);
            sentences += doc.Sentences.Count;
        }

        return sentences;
    }
}
