namespace ReportMining.Dates;

/// <summary>A date, range, duration or set in the text, with its TIMEX3 value.</summary>
public sealed record DateMention
{
    /// <summary>The words (equal to the text's slice).</summary>
    public required string Text { get; init; }

    /// <summary>What kind of expression it is.</summary>
    public required DateType Type { get; init; }

    /// <summary>The TIMEX3 value: <c>2020-03-16</c>, <c>2019-07-10/2019-07-11</c>, <c>P3Y</c>, <c>PAST_REF</c>.</summary>
    public required string Value { get; init; }

    /// <summary>A hedge, when the text gives one.</summary>
    public DateModifier? Modifier { get; init; }

    /// <summary>Start in the text.</summary>
    public required int Start { get; init; }

    /// <summary>End (exclusive) in the text.</summary>
    public required int End { get; init; }
}
