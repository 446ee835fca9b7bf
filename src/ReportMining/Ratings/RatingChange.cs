using System.Text.Json.Serialization;
using ReportMining.Output;

namespace ReportMining.Ratings;

/// <summary>How a grade changed from the previous one.</summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<RatingChange>))]
public enum RatingChange
{
    /// <summary>Raised to a better grade.</summary>
    Improved,
    /// <summary>Lowered to a worse grade.</summary>
    Declined,
    /// <summary>The same grade as before.</summary>
    Unchanged,
}
