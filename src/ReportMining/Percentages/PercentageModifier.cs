using System.Text.Json.Serialization;
using ReportMining.Output;

namespace ReportMining.Percentages;

/// <summary>How a hedged figure relates to the stated one (the TIMEX3 <c>mod</c> names).</summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<PercentageModifier>))]
public enum PercentageModifier
{
    /// <summary>About, nearly, almost, around, approximately, some.</summary>
    Approx,
    /// <summary>Less than, under, below, just under.</summary>
    LessThan,
    /// <summary>More than, over, above, just over.</summary>
    MoreThan,
    /// <summary>At least, no fewer than, "or more".</summary>
    EqualOrMore,
    /// <summary>Up to, at most, no more than, "or less".</summary>
    EqualOrLess,
}
