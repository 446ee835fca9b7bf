using ReportMining.Ratings;

namespace ReportMining.Inspections;

/// <summary>One graded judgement of an inspection report, with the span of the words that give the grade.</summary>
public sealed record Judgement
{
    /// <summary>The judgement area.</summary>
    public required JudgementArea Area { get; init; }

    /// <summary>The grade given.</summary>
    public required Grade Grade { get; init; }

    /// <summary>Start of the grade's words in the text.</summary>
    public required int Start { get; init; }

    /// <summary>End (exclusive) of the grade's words in the text.</summary>
    public required int End { get; init; }
}
