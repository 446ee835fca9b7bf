using System.Text.Json.Serialization;
using ReportMining.Output;

namespace ReportMining.Dates;

/// <summary>A hedge on a date or duration (TIMEX3 mod).</summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<DateModifier>))]
public enum DateModifier
{
    /// <summary>About, nearly, around.</summary>
    Approx,
    /// <summary>Less than, under, within.</summary>
    LessThan,
    /// <summary>More than, over.</summary>
    MoreThan,
    /// <summary>The start of (early 2019).</summary>
    Start,
    /// <summary>The middle of (mid-2019).</summary>
    Mid,
    /// <summary>The end of (late 2019).</summary>
    End,
    /// <summary>At least.</summary>
    EqualOrMore,
    /// <summary>At most.</summary>
    EqualOrLess,
    /// <summary>Before the date.</summary>
    Before,
    /// <summary>After the date (since).</summary>
    After,
    /// <summary>On or before the date (by, until).</summary>
    OnOrBefore,
    /// <summary>On or after the date ("2019 and beyond").</summary>
    OnOrAfter,
}
