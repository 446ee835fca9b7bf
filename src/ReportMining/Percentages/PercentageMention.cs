namespace ReportMining.Percentages;

/// <summary>A percentage or a proportion said in words, with what it measures.</summary>
public sealed record PercentageMention
{
    /// <summary>The words (equal to the text's slice): "80%", "44 per cent", "nearly half".</summary>
    public required string Text { get; init; }

    /// <summary>The value in percent (a half is 50).</summary>
    public required double Value { get; init; }

    /// <summary>True when hedged ("nearly", "about", "more than").</summary>
    public bool Approximate { get; init; }

    /// <summary>The short noun phrase measured ("vacancy rate", "councils").</summary>
    public string? Measure { get; init; }

    /// <summary>Where it applies ("assessment teams").</summary>
    public string? Scope { get; init; }

    /// <summary>Start in the text.</summary>
    public required int Start { get; init; }

    /// <summary>End (exclusive) in the text.</summary>
    public required int End { get; init; }
}
