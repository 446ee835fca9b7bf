using System.Globalization;
using System.Text;

namespace ReportMining;

/// <summary>A short, readable <see cref="object.ToString"/> for notebooks and logs.</summary>
public sealed partial record ReportAnalysis
{
    // Records print every property by default, and lists print as their type name: show counts instead,
    // e.g. "ReportAnalysis { Id = a.txt, Kind = News, DocumentDate = 2020-03-16, Ratings = 2, ... }".
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Id = ").Append(Id ?? "null");
        builder.Append(", Kind = ").Append(Kind);
        builder.Append(", DocumentDate = ").Append(DocumentDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "null");
        if (Inspection is { } inspection) builder.Append(", Inspection = ").Append(inspection.LocalAuthority ?? "(authority not found)");
        builder.Append(", Ratings = ").Append(Ratings.Count);
        builder.Append(", Dates = ").Append(Dates.Count);
        builder.Append(", Percentages = ").Append(Percentages.Count);
        builder.Append(", Quotes = ").Append(Quotes.Count);
        builder.Append(", ServiceAreas = ").Append(ServiceAreas.Count);
        return true;
    }
}
