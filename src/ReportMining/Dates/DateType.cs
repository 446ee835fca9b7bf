using System.Text.Json.Serialization;
using ReportMining.Output;

namespace ReportMining.Dates;

/// <summary>The kind of temporal expression (TIMEX3 types, with ranges apart).</summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<DateType>))]
public enum DateType
{
    /// <summary>A calendar date or period: a day, month, year, week, quarter, season, decade, or a reference such as PRESENT_REF.</summary>
    Date,
    /// <summary>A range between two dates, valued a/b.</summary>
    Range,
    /// <summary>A length of time, valued as an ISO 8601 period (P3Y).</summary>
    Duration,
    /// <summary>A recurring time (every week).</summary>
    Set,
    /// <summary>A time of day.</summary>
    Time,
}
