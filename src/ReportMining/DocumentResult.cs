using ReportMining.Input;

namespace ReportMining;

/// <summary>
/// The outcome for one input of <see cref="ReportMiner.AnalyzeInputs"/>:
/// its analysis, or why it could not be read or analysed.
/// </summary>
public sealed record DocumentResult
{
    /// <summary>The input it came from (its id, its document text, its size).</summary>
    public required InputItem Input { get; init; }

    /// <summary>The analysis; null when <see cref="Error"/> is set.</summary>
    public ReportAnalysis? Analysis { get; init; }

    /// <summary>Why there is no analysis; null on success.</summary>
    public InputError? Error { get; init; }

    /// <summary>The input's id.</summary>
    public string Id => Input.Id;
}
