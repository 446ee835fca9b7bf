namespace ReportMining.Dates;

/// <summary>Finds dates, ranges, durations and sets, normalised to TIMEX3 values.</summary>
internal sealed class DateExtractor
{
    /// <summary>Sets <see cref="AnalysisContext.DocumentDate"/> (when not given) and its source from the text.</summary>
    public void FindDocumentDate(AnalysisContext context)
    {
        if (context.Options.DocumentDate is { } given)
        {
            context.DocumentDate = given;
            context.DocumentDateSource = "given";
        }
    }

    /// <summary>The temporal expressions of the document, resolved against <see cref="AnalysisContext.DocumentDate"/>.</summary>
    public IReadOnlyList<DateMention> Extract(AnalysisContext context)
    {
        // Filled in by the dates issue.
        _ = context;
        return [];
    }
}
