namespace ReportMining.Sentiment;

/// <summary>A sentence that says something about a service area, with its own label.</summary>
public readonly record struct Evidence
{
    /// <summary>Start of the sentence.</summary>
    public required int Start { get; init; }

    /// <summary>End (exclusive) of the sentence.</summary>
    public required int End { get; init; }

    /// <summary>The sentence's sentiment.</summary>
    public required SentimentLabel Sentiment { get; init; }

    /// <summary>The model's confidence in that sentiment, in [0, 1].</summary>
    public required double Confidence { get; init; }
}
