namespace ReportMining.Percentages;

/// <summary>A percentage or a proportion said in words, with what it measures.</summary>
/// <remarks>
/// A range ("20-30%", "between 20% and 30%") gives one mention per figure. A hedge before the
/// figure ("nearly", "more than") is part of <see cref="Text"/> and sets
/// <see cref="Approximate"/> and <see cref="Modifier"/>.
/// </remarks>
public sealed record PercentageMention
{
    /// <summary>The words (equal to the text's slice): "80%", "44 per cent", "nearly half".</summary>
    public required string Text { get; init; }

    /// <summary>The value in percent (a half is 50; "one in five" is 20; five percentage points is 5).</summary>
    public required double Value { get; init; }

    /// <summary>True when hedged ("nearly", "about", "more than").</summary>
    public bool Approximate { get; init; }

    /// <summary>What the hedge says: approx, less_than, more_than, equal_or_more, equal_or_less; null when exact.</summary>
    public PercentageModifier? Modifier { get; init; }

    /// <summary>Percent, percentage points, or a proportion in words.</summary>
    public PercentageKind Kind { get; init; }

    /// <summary>The short noun phrase measured ("vacancy rate", "councils").</summary>
    public string? Measure { get; init; }

    /// <summary>Where it applies ("assessment teams").</summary>
    public string? Scope { get; init; }

    /// <summary>Start in the text.</summary>
    public required int Start { get; init; }

    /// <summary>End (exclusive) in the text.</summary>
    public required int End { get; init; }

    /// <summary>Start of the words of <see cref="Measure"/> in the text (they may lie before the figure, even in an earlier sentence); null without a measure.</summary>
    public int? MeasureStart { get; init; }

    /// <summary>End (exclusive) of the words of <see cref="Measure"/>; null without a measure.</summary>
    public int? MeasureEnd { get; init; }

    /// <summary>Start of the words of <see cref="Scope"/> in the text; null without a scope.</summary>
    public int? ScopeStart { get; init; }

    /// <summary>End (exclusive) of the words of <see cref="Scope"/>; null without a scope.</summary>
    public int? ScopeEnd { get; init; }
}
