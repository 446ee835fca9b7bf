namespace ReportMining;

/// <summary>Per-document options for <see cref="ReportMiner.Analyze(string, AnalysisOptions?, CancellationToken)"/>.</summary>
public sealed record AnalysisOptions
{
    /// <summary>The id written to <see cref="ReportAnalysis.Id"/> (a file path, a URL, a key).</summary>
    public string? Id { get; init; }

    /// <summary>
    /// The document (publication) date that resolves relative and partial dates ("Friday,
    /// August 2", "last year"). When null the library looks for one in the text.
    /// </summary>
    public DateOnly? DocumentDate { get; init; }
}
