using BenchmarkDotNet.Attributes;
using ReportMining.Input;
using ReportMining.Output;

namespace ReportMining.Benchmarks;

/// <summary>
/// The whole pipeline over <see cref="BenchmarkCorpus"/> (the 339 ILACS texts when <c>../shared</c> is
/// present): <c>Analyze</c> on one core, <c>AnalyzeMany</c> on all cores, and what
/// <c>reportmining extract --format jsonl FOLDER</c> does (read the files strictly, analyse, write
/// JSONL) with one job and with all cores. MB/s is corpus UTF-8 bytes over the mean time.
/// </summary>
/// <remarks>
/// <c>dotnet run -c Release --project benchmarks/ReportMining.Benchmarks -- --filter *ExtractBenchmarks* --job short</c>
/// </remarks>
[CorpusThroughput]
public class ExtractBenchmarks
{
    private ReportMiner _oneCore = null!;
    private ReportMiner _oneCoreRulesOnly = null!;
    private ReportMiner _allCores = null!;
    private DocumentInput[] _inputs = [];
    private List<InputSource> _sources = [];

    [GlobalSetup]
    public void Setup()
    {
        _oneCore = new ReportMiner(new ReportMinerOptions { MaxDegreeOfParallelism = 1 });
        _oneCoreRulesOnly = new ReportMiner(new ReportMinerOptions { MaxDegreeOfParallelism = 1, LearnedMeasures = false });
        _allCores = new ReportMiner();
        _inputs = BenchmarkCorpus.Texts.Select((t, i) => new DocumentInput(i.ToString(), t)).ToArray();
        _sources = InputSource.Expand([BenchmarkCorpus.Name]).Where(s => s.Format == InputFormat.Text).ToList();
        if (_sources.Count != BenchmarkCorpus.Texts.Length)
            throw new InvalidOperationException($"{BenchmarkCorpus.Name}: {_sources.Count} sources for {BenchmarkCorpus.Texts.Length} texts");
    }

    [Benchmark(Baseline = true, Description = "Analyze, 1 core")]
    public int AnalyzeOneCore() => AnalyzeEach(_oneCore);

    /// <summary>The same without the percentage measure ranker (<c>LearnedMeasures = false</c>): what the ranker costs.</summary>
    [Benchmark(Description = "Analyze, 1 core, rules-only measures")]
    public int AnalyzeOneCoreRulesOnlyMeasures() => AnalyzeEach(_oneCoreRulesOnly);

    private int AnalyzeEach(ReportMiner miner)
    {
        int items = 0;
        foreach (var input in _inputs)
        {
            var analysis = miner.Analyze(input.Text, new AnalysisOptions { Id = input.Id });
            items += analysis.Dates.Count + analysis.Ratings.Count + 1;
        }

        return items;
    }

    [Benchmark(Description = "AnalyzeMany, all cores")]
    public int AnalyzeManyAllCores()
    {
        int items = 0;
        foreach (var analysis in _allCores.AnalyzeMany(_inputs))
            items += analysis.Dates.Count + analysis.Ratings.Count + 1;
        return items;
    }

    [Benchmark(Description = "extract --format jsonl, 1 job")]
    public long ExtractOneJob() => Extract(_oneCore, lookahead: 1);

    [Benchmark(Description = "extract --format jsonl, all cores")]
    public long ExtractAllCores() => Extract(_allCores, lookahead: Environment.ProcessorCount);

    /// <summary>Files read and checked, analysed, written as JSONL: the work of the extract command without its console.</summary>
    private long Extract(ReportMiner miner, int lookahead)
    {
        var output = new CountingStream();
        using (var writer = ResultWriter.Create(OutputFormat.JsonLines, output))
        {
            foreach (var result in miner.AnalyzeInputs(InputReader.Read(_sources, stdin: null, new InputOptions { PdfLookahead = lookahead })))
            {
                if (result.Error is not null) throw new InvalidOperationException($"{result.Id}: {result.Error.Message}");
                writer.Write(result);
            }

            writer.Complete();
        }

        return output.Length;
    }
}

/// <summary>A write-only stream that counts bytes and keeps none.</summary>
internal sealed class CountingStream : Stream
{
    private long _length;
    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => _length;
    public override long Position { get => _length; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => _length += count;
    public override void Write(ReadOnlySpan<byte> buffer) => _length += buffer.Length;
    public override void WriteByte(byte value) => _length++;
}
