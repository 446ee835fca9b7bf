namespace ReportMining.Dates;

/// <summary>A temporal expression found by the parser, by token range, with its TIMEX3 reading.</summary>
internal struct TimexMatch
{
    /// <summary>First token.</summary>
    public int S;

    /// <summary>One past the last token.</summary>
    public int E;

    /// <summary>First token of the expression as TimeML marks it (without "about", "nearly").</summary>
    public int C;

    public DateType Type;

    public string Value;

    public DateModifier? Mod;

    /// <summary>The calendar value, for dates (used as the reference for later relative expressions).</summary>
    public TDate Date;

    public bool HasDate;

    /// <summary>True when the date is stated, not worked out from another date ("16 March 2020", "2017").</summary>
    public bool Explicit;

    /// <summary>True when the date was worked out by moving another one ("a year ago"): it does not become the reporting period.</summary>
    public bool Derived;

    /// <summary>True for words that look like a date but are not one (ages, prices per month, school years): consumed, not reported.</summary>
    public bool Suppress;

    /// <summary>For a range: the token ranges and values of its two ends.</summary>
    public int S1, E1, S2, E2;

    public string? V1, V2;
}

/// <summary>A temporal expression by character span, as the scanner reports it.</summary>
internal readonly record struct Timex(int Start, int End, DateType Type, string Value, DateModifier? Mod)
{
    /// <summary>Where the expression starts as TimeML marks it: after an approximating hedge ("about", "nearly").</summary>
    public int CoreStart { get; init; } = Start;

    /// <summary>For a range: its two ends, as TimeML annotates them (two dates).</summary>
    public Timex[]? Parts { get; init; }
}
