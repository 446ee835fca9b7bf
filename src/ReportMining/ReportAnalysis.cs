using ReportMining.Dates;
using ReportMining.Inspections;
using ReportMining.Percentages;
using ReportMining.Quotes;
using ReportMining.Ratings;
using System.Text.Json.Serialization;
using ReportMining.Sentiment;

namespace ReportMining;

/// <summary>Everything extracted from one document (the output contract of DESIGN.md).</summary>
public sealed partial record ReportAnalysis
{
    /// <summary>The input's id: its file path, or the id it came with.</summary>
    public string? Id { get; init; }

    /// <summary>What kind of document it is.</summary>
    public DocumentKind Kind { get; init; } = DocumentKind.Other;

    /// <summary>The anchor used for partial and relative dates.</summary>
    public DateOnly? DocumentDate { get; init; }

    /// <summary>
    /// Where <see cref="DocumentDate"/> came from: <c>given</c> (the caller's option), <c>dateline</c>,
    /// <c>published</c>, <c>inspection_dates</c>, <c>latest_date</c>; null when there is none.
    /// </summary>
    public string? DocumentDateSource { get; init; }

    /// <summary>The report's own facts, when the text is an inspection report or visit letter.</summary>
    public InspectionFacts? Inspection { get; init; }

    /// <summary>Grade statements in prose.</summary>
    public IReadOnlyList<Rating> Ratings { get; init; } = [];

    /// <summary>Dates, ranges, durations and sets.</summary>
    public IReadOnlyList<DateMention> Dates { get; init; } = [];

    /// <summary>Percentages and proportions.</summary>
    public IReadOnlyList<PercentageMention> Percentages { get; init; } = [];

    /// <summary>Direct quotations.</summary>
    public IReadOnlyList<Quote> Quotes { get; init; } = [];

    /// <summary>Sentiment per service area, top-level areas first.</summary>
    public IReadOnlyList<ServiceAreaSentiment> ServiceAreas { get; init; } = [];

    /// <summary>
    /// The text that was analysed (the same string instance, not a copy), so that views such as
    /// the HTML report can show every span in place. Not written to JSON.
    /// </summary>
    [JsonIgnore]
    public string? SourceText { get; init; }
}
