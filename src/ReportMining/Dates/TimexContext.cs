using ReportMining.Text;

namespace ReportMining.Dates;

/// <summary>
/// What the date parser knows while it reads one document: the document date (the anchor of
/// relative expressions), the last date the text mentioned (the anchor of "a year earlier",
/// "the following day"), which way round the text writes day and month, and, per sentence,
/// whether it speaks of the future (for "Tuesday" and "January" without a year).
/// </summary>
internal sealed class TimexContext
{
    private readonly Document? _document;
    private int _sentence = -2;
    private bool _sentenceFuture;

    public TimexContext(DateOnly? documentDate, Document? document)
    {
        Dct = documentDate;
        _document = document;
    }

    /// <summary>The document date.</summary>
    public DateOnly? Dct { get; }

    /// <summary>The last date mentioned with its own year (or resolved against the document date).</summary>
    public TDate? Reference { get; set; }

    /// <summary>The last quarter mentioned or implied (financial reporting).</summary>
    public TDate? ReferenceQuarter { get; set; }

    /// <summary>Month-first dates seen ("March 16").</summary>
    public int MonthFirst { get; set; }

    /// <summary>Day-first dates seen ("16 March").</summary>
    public int DayFirst { get; set; }

    /// <summary>True when numeric dates such as 06/10/2016 are read day first (the default, British).</summary>
    public bool NumericDayFirst => MonthFirst <= DayFirst;

    /// <summary>True when the sentence holding <paramref name="position"/> speaks of the future.</summary>
    public bool IsFuture(ReadOnlySpan<char> text, int position)
    {
        int start, end, index;
        if (_document is not null)
        {
            index = _document.SentenceAt(position);
            if (index < 0) return false;
            var s = _document.SentenceSpan[index];
            start = s.Start;
            end = s.End;
        }
        else
        {
            index = -1;
            start = Math.Max(0, position - 200);
            end = Math.Min(text.Length, position + 100);
        }

        if (index >= 0 && index == _sentence) return _sentenceFuture;
        bool future = FutureMarkers.Any(text[start..end]);
        if (index >= 0)
        {
            _sentence = index;
            _sentenceFuture = future;
        }

        return future;
    }

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

/// <summary>Words that put a sentence in the future.</summary>
internal static class FutureMarkers
{
    private static readonly System.Collections.Frozen.FrozenSet<string> Words = System.Collections.Frozen.FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        ["will", "ll", "shall", "plans", "planned", "planning", "scheduled", "expected", "expects", "upcoming", "next", "would", "could", "might", "resume", "resumes"]);

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool Any(ReadOnlySpan<char> sentence)
    {
        int i = 0;
        while (i < sentence.Length)
        {
            if (!char.IsLetter(sentence[i]))
            {
                i++;
                continue;
            }

            int s = i;
            while (i < sentence.Length && char.IsLetter(sentence[i])) i++;
            var word = sentence[s..i];
            if (word.Length <= 9 && Lookup.Contains(word))
            {
                // "ll" only as a contraction ("they'll")
                if (word.Length != 2 || (s > 0 && sentence[s - 1] is '\'' or '’')) return true;
            }
        }

        return false;
    }
}
