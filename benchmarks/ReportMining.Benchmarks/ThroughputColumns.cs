using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace ReportMining.Benchmarks;

/// <summary>
/// Marks a benchmark class whose every operation processes the whole <see cref="BenchmarkCorpus"/>
/// once, so that throughput (MB/s) and allocation per input byte can be shown beside the mean.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class CorpusThroughputAttribute : Attribute, IConfigSource
{
    public CorpusThroughputAttribute()
    {
        Config = ManualConfig.CreateEmpty()
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddColumn(new MegabytesPerSecondColumn(), new AllocatedPerInputByteColumn(), new CorpusColumn());
    }

    public IConfig Config { get; }
}

/// <summary>UTF-8 megabytes (10^6 bytes) of corpus per second of mean operation time.</summary>
public sealed class MegabytesPerSecondColumn : IColumn
{
    public string Id => "MBps";
    public string ColumnName => "MB/s";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => "Corpus UTF-8 megabytes (10^6 bytes) processed per second";
    public bool IsAvailable(Summary summary) => true;
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var stats = summary[benchmarkCase]?.ResultStatistics;
        if (stats is null || stats.Mean <= 0) return "-";
        double seconds = stats.Mean / 1e9;
        return (BenchmarkCorpus.Utf8Bytes / 1e6 / seconds).ToString("F1");
    }
}

/// <summary>Bytes allocated on the managed heap per UTF-8 byte of input.</summary>
public sealed class AllocatedPerInputByteColumn : IColumn
{
    public string Id => "AllocPerByte";
    public string ColumnName => "Alloc B/input B";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 1;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => "Managed bytes allocated per UTF-8 byte of input";
    public bool IsAvailable(Summary summary) => true;
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var report = summary[benchmarkCase];
        if (report is null) return "-";
        long? bytes = report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase);
        return bytes is null ? "-" : ((double)bytes.Value / BenchmarkCorpus.Utf8Bytes).ToString("F3");
    }
}

/// <summary>Which texts the benchmark ran on.</summary>
public sealed class CorpusColumn : IColumn
{
    public string Id => "Corpus";
    public string ColumnName => "Corpus";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 2;
    public bool IsNumeric => false;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => "Texts the benchmark ran on (count, MB)";
    public bool IsAvailable(Summary summary) => true;
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) =>
        $"{BenchmarkCorpus.Texts.Length} texts, {BenchmarkCorpus.Utf8Bytes / 1e6:F1} MB";
}
