using System.Text.Json.Serialization;
using ReportMining.Output;

namespace ReportMining;

/// <summary>What kind of document a text is.</summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<DocumentKind>))]
public enum DocumentKind
{
    /// <summary>A full inspection report (ILACS, SIF or earlier frameworks).</summary>
    InspectionReport,
    /// <summary>A letter about an ILACS focused visit.</summary>
    FocusedVisit,
    /// <summary>A letter about a monitoring visit to an inadequate authority.</summary>
    MonitoringVisit,
    /// <summary>A news story or press release.</summary>
    News,
    /// <summary>Anything else.</summary>
    Other,
}
