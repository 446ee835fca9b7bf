using System.Text.Json.Serialization;
using ReportMining.Output;

namespace ReportMining.Ratings;

/// <summary>An Ofsted grade, current or from an older framework.</summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<Grade>))]
public enum Grade
{
    /// <summary>Outstanding.</summary>
    Outstanding,
    /// <summary>Good.</summary>
    Good,
    /// <summary>Requires improvement (to be good).</summary>
    RequiresImprovement,
    /// <summary>Inadequate.</summary>
    Inadequate,
    /// <summary>Adequate (pre-2013 frameworks).</summary>
    Adequate,
    /// <summary>Excellent (older frameworks).</summary>
    Excellent,
    /// <summary>Performs well (annual performance assessments).</summary>
    PerformsWell,
    /// <summary>Performs adequately (annual performance assessments).</summary>
    PerformsAdequately,
    /// <summary>Performs poorly (annual performance assessments).</summary>
    PerformsPoorly,
}
