namespace ReportMining.Percentages;

/// <summary>Finds percentages and proportions with what they measure.</summary>
internal sealed class PercentageExtractor
{
    /// <summary>The percentages of the document.</summary>
    public IReadOnlyList<PercentageMention> Extract(AnalysisContext context)
    {
        // Filled in by the percentages issue.
        _ = context;
        return [];
    }
}
