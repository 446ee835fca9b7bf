using ReportMining.Text;

namespace ReportMining.Inspections;

/// <summary>Reads the kind of document and an inspection report's own facts (authority, dates, lead inspector, judgements).</summary>
internal sealed class InspectionReader
{
    /// <summary>Fills <see cref="AnalysisContext.Kind"/> and <see cref="AnalysisContext.Inspection"/>.</summary>
    public void Read(AnalysisContext context)
    {
        // Filled in by the ratings issue.
        _ = context.Document;
    }
}
