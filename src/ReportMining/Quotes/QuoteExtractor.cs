namespace ReportMining.Quotes;

/// <summary>Finds direct quotations with their speakers and stance.</summary>
internal sealed class QuoteExtractor
{
    /// <summary>The quotes of the document; stance comes from <see cref="AnalysisContext.SentenceLabels"/>.</summary>
    public IReadOnlyList<Quote> Extract(AnalysisContext context)
    {
        // Filled in by the quotes issue.
        _ = context;
        return [];
    }
}
