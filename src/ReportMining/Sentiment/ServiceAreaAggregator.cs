namespace ReportMining.Sentiment;

/// <summary>Turns sentence labels into the per-area summary of a document.</summary>
internal static class ServiceAreaAggregator
{
    /// <summary>Summarises the labelled sentences of a document by area.</summary>
    public static IReadOnlyList<ServiceAreaSentiment> Aggregate(AnalysisContext context)
    {
        // Filled in by the sentiment issue.
        _ = context;
        return [];
    }
}
