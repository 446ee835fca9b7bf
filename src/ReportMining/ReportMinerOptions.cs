namespace ReportMining;

/// <summary>Options fixed when a <see cref="ReportMiner"/> is built.</summary>
public sealed record ReportMinerOptions
{
    /// <summary>
    /// A folder holding model files to use instead of the models shipped inside the package;
    /// null to use the shipped models.
    /// </summary>
    public string? ModelDirectory { get; init; }

    /// <summary>How many documents <see cref="ReportMiner.AnalyzeMany"/> works on at once; null for one per core.</summary>
    public int? MaxDegreeOfParallelism { get; init; }
}
