using System.Text.Json.Serialization;
using ReportMining.Output;

namespace ReportMining.Percentages;

/// <summary>How a percentage is said.</summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<PercentageKind>))]
public enum PercentageKind
{
    /// <summary>A figure in percent: "40%", "44 per cent", "forty percent", "40pc".</summary>
    Percent,
    /// <summary>
    /// A difference between two percentages: "rose by five percentage points". The value is
    /// the number of points; the measure is the rate that moved.
    /// </summary>
    PercentagePoints,
    /// <summary>A proportion in words: "half", "a third", "three quarters", "one in five", "nine out of ten".</summary>
    Proportion,
}
