using System.Diagnostics;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using ReportMining.Input;
using ReportMining.Output;

namespace ReportMining.Benchmarks;

/// <summary>
/// <c>extract --format jsonl</c> over a large generated JSONL file (lines of exactly 2,000 bytes made
/// from the project's own sample text), at two sizes. Memory must not grow with the input: the
/// <c>Peak WS MB</c> column (the benchmark process's peak working set) and <c>Peak heap MB</c>
/// (largest managed heap seen after a collection) stay about the same for 16 MB and 128 MB.
/// </summary>
/// <remarks>
/// <c>dotnet run -c Release --project benchmarks/ReportMining.Benchmarks -- --filter *JsonlStreaming*</c>
/// </remarks>
[Config(typeof(JsonlConfig))]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class JsonlStreamingBenchmarks
{
    public const int LineBytes = 2000;

    private string _path = string.Empty;
    private ReportMiner _miner = null!;
    private long _peakHeap;

    [Params(16, 128)]
    public int SizeMb { get; set; }

    public static long Bytes(int sizeMb) => sizeMb * 1_000_000L / LineBytes * LineBytes;

    public static string PeakFile(int sizeMb) => Path.Combine(Path.GetTempPath(), $"reportmining-bench-jsonl-{sizeMb}.peak");

    [GlobalSetup]
    public void Setup()
    {
        _miner = new ReportMiner();
        _path = Path.Combine(Path.GetTempPath(), $"reportmining-bench-{SizeMb}mb.jsonl");
        if (!File.Exists(_path) || new FileInfo(_path).Length != Bytes(SizeMb)) Generate(_path, Bytes(SizeMb));
        _peakHeap = 0;
    }

    /// <summary>Writes lines of exactly <see cref="LineBytes"/> bytes, streaming, never holding the file.</summary>
    private static void Generate(string path, long bytes)
    {
        var sample = File.ReadAllText(Path.Combine(RepoRoot(), "samples", "northmoor-inspection-news.txt"));
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20);
        var line = new byte[LineBytes];
        for (long written = 0, n = 0; written < bytes; written += LineBytes, n++)
        {
            // a different slice of the sample on each line, JSON-escaped, padded with spaces to the fixed length
            int start = (int)(n * 37 % Math.Max(1, sample.Length - 200));
            string text = sample[start..];
            byte[] json;
            do
            {
                json = Encoding.UTF8.GetBytes($"{{\"id\":\"line-{n}\",\"text\":{JsonSerializer.Serialize(text)},\"date\":\"2020-03-16\"}}");
                text = text[..(text.Length * 3 / 4)];
            }
            while (json.Length > LineBytes - 1);

            json.CopyTo(line, 0);
            line.AsSpan(json.Length, LineBytes - 1 - json.Length).Fill((byte)' ');
            line[^1] = (byte)'\n';
            file.Write(line);
        }
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ReportMining.sln"))) dir = dir.Parent;
        return dir?.FullName ?? Directory.GetCurrentDirectory();
    }

    [Benchmark(Description = "extract --format jsonl, streamed")]
    public long ExtractJsonl()
    {
        var output = new CountingStream();
        long records = 0;
        using (var writer = ResultWriter.Create(OutputFormat.JsonLines, output))
        {
            foreach (var result in _miner.AnalyzeInputs(InputReader.Read([_path])))
            {
                writer.Write(result);
                if ((++records & 1023) == 0) _peakHeap = Math.Max(_peakHeap, GC.GetGCMemoryInfo().HeapSizeBytes);
            }

            writer.Complete();
        }

        if (records != Bytes(SizeMb) / LineBytes) throw new InvalidOperationException($"{records} records for {Bytes(SizeMb) / LineBytes} lines");
        return output.Length;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        using var self = Process.GetCurrentProcess();
        File.WriteAllText(PeakFile(SizeMb), $"{self.PeakWorkingSet64} {_peakHeap}");
    }

    private sealed class JsonlConfig : ManualConfig
    {
        public JsonlConfig()
        {
            AddDiagnoser(MemoryDiagnoser.Default);
            AddColumn(new JsonlColumn("MBps", "MB/s", (size, seconds) => (Bytes(size) / 1e6 / seconds).ToString("F1")));
            AddColumn(new JsonlColumn("PeakWs", "Peak WS MB", (size, _) => Peak(size, 0)));
            AddColumn(new JsonlColumn("PeakHeap", "Peak heap MB", (size, _) => Peak(size, 1)));
        }

        private static string Peak(int size, int field)
        {
            var file = PeakFile(size);
            if (!File.Exists(file)) return "-";
            var parts = File.ReadAllText(file).Split(' ');
            return (long.Parse(parts[field]) / 1e6).ToString("F0");
        }
    }

    private sealed class JsonlColumn(string id, string name, Func<int, double, string> value) : IColumn
    {
        public string Id => id;
        public string ColumnName => name;
        public bool AlwaysShow => true;
        public ColumnCategory Category => ColumnCategory.Custom;
        public int PriorityInCategory => 0;
        public bool IsNumeric => true;
        public UnitType UnitType => UnitType.Dimensionless;
        public string Legend => name switch
        {
            "MB/s" => "Generated JSONL megabytes (10^6 bytes) per second",
            "Peak WS MB" => "Peak working set of the benchmark process (10^6 bytes)",
            _ => "Largest managed heap after a collection seen during the runs (10^6 bytes)",
        };
        public bool IsAvailable(Summary summary) => true;
        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var stats = summary[benchmarkCase]?.ResultStatistics;
            var size = benchmarkCase.Parameters["SizeMb"] is int s ? s : 0;
            return stats is null || stats.Mean <= 0 ? "-" : value(size, stats.Mean / 1e9);
        }
    }
}
