namespace ReportMining.Ratings;

/// <summary>Finds grade statements in prose and news.</summary>
internal sealed class RatingExtractor
{
    /// <summary>The grade statements of the document.</summary>
    public IReadOnlyList<Rating> Extract(AnalysisContext context)
    {
        // Filled in by the ratings issue.
        _ = context;
        return [];
    }
}
