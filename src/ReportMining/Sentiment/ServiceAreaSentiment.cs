namespace ReportMining.Sentiment;

/// <summary>How a document judges one area of the service, with the sentences that say so.</summary>
public sealed record ServiceAreaSentiment
{
    /// <summary>The area.</summary>
    public required ServiceArea Area { get; init; }

    /// <summary>The top-level area a finer area belongs to; null for a top-level area.</summary>
    public ServiceArea? Parent { get; init; }

    /// <summary>The overall judgement of the area.</summary>
    public required SentimentLabel Sentiment { get; init; }

    /// <summary>From -1 (all criticism) to 1 (all praise).</summary>
    public required double Score { get; init; }

    /// <summary>How many sentences are about the area.</summary>
    public required int Mentions { get; init; }

    /// <summary>The sentences, each with its own label.</summary>
    public IReadOnlyList<Evidence> Evidence { get; init; } = [];
}
