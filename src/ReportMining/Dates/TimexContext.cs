namespace ReportMining.Dates;

/// <summary>
/// What the date parser knows while it reads one document: the document date (the anchor of
/// relative expressions), the last date the text mentioned (the anchor of "the following day"),
/// the quarter being reported on (the anchor of "a year ago" in results), and which way round
/// the text writes day and month.
/// </summary>
internal sealed class TimexContext
{
    public TimexContext(DateOnly? documentDate)
    {
        Dct = documentDate;
    }

    /// <summary>The document date.</summary>
    public DateOnly? Dct { get; }

    /// <summary>The last date mentioned with its own year (or resolved against the document date).</summary>
    public TDate? Reference { get; set; }

    /// <summary>Where the expression that set <see cref="Reference"/> ends in the text.</summary>
    public int ReferenceEnd { get; set; } = -1;

    /// <summary>The last date mentioned, relative ones included ("last year"): the anchor of "the year before".</summary>
    public TDate? LastMentioned { get; set; }

    /// <summary>The last quarter mentioned or implied (financial reporting).</summary>
    public TDate? ReferenceQuarter { get; set; }

    /// <summary>Where <see cref="ReferenceQuarter"/> was mentioned.</summary>
    public int ReferenceQuarterAt { get; set; }

    /// <summary>How far (characters, about a paragraph or two) a quarter's mention reaches for "a year ago".</summary>
    private const int QuarterReach = 1500;

    /// <summary>The reporting quarter when it was mentioned shortly before <paramref name="position"/>.</summary>
    public TDate? RecentQuarter(int position) => ReferenceQuarter is { } q && position - ReferenceQuarterAt <= QuarterReach ? q : null;

    /// <summary>Month-first dates seen ("March 16").</summary>
    public int MonthFirst { get; set; }

    /// <summary>Day-first dates seen ("16 March").</summary>
    public int DayFirst { get; set; }

    /// <summary>True when numeric dates such as 06/10/2016 are read day first (the default, British).</summary>
    public bool NumericDayFirst => MonthFirst <= DayFirst;

    /// <summary>The document date as a value of granularity <paramref name="g"/>, or an unknown value.</summary>
    public TDate Now(Gran g)
    {
        if (Dct is not { } d) return new TDate { G = g, Year = TDate.Unknown };
        return TDate.OfDay(d).Coarsen(g);
    }

    /// <summary>The anchor for expressions relative to the narrative ("the following year").</summary>
    public TDate Anchor(Gran g)
    {
        if (Reference is { } r && r.HasYear && r.G >= g) return r.Coarsen(g);
        if (Reference is { } r2 && r2.HasYear && g == Gran.Year) return TDate.OfYear(r2.Year);
        return Now(g);
    }
}
