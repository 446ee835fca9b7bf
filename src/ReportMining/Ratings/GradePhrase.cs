namespace ReportMining.Ratings;

/// <summary>
/// Reads the words of an Ofsted grade ("Outstanding", "Requires improvement to / be good",
/// "require improvement", "inadequate") at a position, case-insensitively, across line breaks
/// and the soft hyphens of the normalised reading. Shared by the inspection reader (judgement
/// tables and headings) and the rating extractor (prose).
/// </summary>
internal static class GradePhrase
{
    private const char SoftHyphen = '\u00AD';

    /// <summary>
    /// Reads a grade phrase starting exactly at <paramref name="pos"/>. Returns the index one
    /// past its last letter, or -1. <paramref name="allowOld"/> also accepts the older scales
    /// ("adequate", "excellent", "performs well").
    /// </summary>
    public static int Match(ReadOnlySpan<char> text, int pos, out Grade grade, bool allowOld = false)
    {
        grade = default;
        if (pos < 0 || pos >= text.Length || !char.IsLetter(text[pos])) return -1;
        if (pos > 0 && IsWordChar(text[pos - 1])) return -1;
        int i = pos;
        var w = ReadWord(text, ref i);
        if (w.IsEmpty) return -1;
        if (Is(w, "outstanding")) { grade = Grade.Outstanding; return i; }
        if (Is(w, "good")) { grade = Grade.Good; return i; }
        if (Is(w, "inadequate")) { grade = Grade.Inadequate; return i; }
        if (Is(w, "requires") || Is(w, "require") || Is(w, "required") || Is(w, "requiring"))
        {
            int j = i;
            var w2 = ReadWord(text, ref j);
            if (!Is(w2, "improvement")) return -1;
            grade = Grade.RequiresImprovement;
            return ExtendToBeGood(text, j);
        }

        if (allowOld)
        {
            if (Is(w, "adequate")) { grade = Grade.Adequate; return i; }
            if (Is(w, "excellent")) { grade = Grade.Excellent; return i; }
            if (Is(w, "performs") || Is(w, "performing"))
            {
                int j = i;
                var w2 = ReadWord(text, ref j);
                if (Is(w2, "well") || Is(w2, "excellently")) { grade = Grade.PerformsWell; return j; }
                if (Is(w2, "adequately")) { grade = Grade.PerformsAdequately; return j; }
                if (Is(w2, "poorly")) { grade = Grade.PerformsPoorly; return j; }
            }
        }

        return -1;
    }

    /// <summary>After "requires improvement", takes in " to be good" when it follows (over line breaks).</summary>
    public static int ExtendToBeGood(ReadOnlySpan<char> text, int end)
    {
        int k = end;
        var a = ReadWord(text, ref k);
        if (!Is(a, "to")) return end;
        var b = ReadWord(text, ref k);
        if (!Is(b, "be")) return end;
        var c = ReadWord(text, ref k);
        return Is(c, "good") ? k : end;
    }

    /// <summary>
    /// Reads the next word after <paramref name="i"/>: skips spaces, line breaks, form feeds and
    /// soft hyphens, then letters (with inner apostrophes, hyphens and soft hyphens). Moves
    /// <paramref name="i"/> past the word. Returns an empty span when the next thing is not a letter.
    /// </summary>
    public static ReadOnlySpan<char> ReadWord(ReadOnlySpan<char> text, ref int i)
    {
        int k = i;
        while (k < text.Length && (char.IsWhiteSpace(text[k]) || text[k] == SoftHyphen)) k++;
        int start = k;
        while (k < text.Length)
        {
            char c = text[k];
            if (char.IsLetter(c)) k++;
            else if ((c == SoftHyphen || c is '\'' or '’' or '-') && k + 1 < text.Length && k > start && (char.IsLetter(text[k + 1]) || text[k + 1] == SoftHyphen)) k++;
            else break;
        }

        if (k == start) return [];
        i = k;
        return text[start..k];
    }

    /// <summary>True when <paramref name="word"/> equals <paramref name="lower"/> ignoring case and soft hyphens.</summary>
    public static bool Is(ReadOnlySpan<char> word, string lower)
    {
        if (word.Length == lower.Length) return word.Equals(lower, StringComparison.OrdinalIgnoreCase);
        if (word.Length < lower.Length || word.IndexOf(SoftHyphen) < 0) return false;
        int j = 0;
        foreach (char c in word)
        {
            if (c == SoftHyphen) continue;
            if (j >= lower.Length || char.ToLowerInvariant(c) != lower[j]) return false;
            j++;
        }

        return j == lower.Length;
    }

    /// <summary>True for letters and digits (a word continues).</summary>
    public static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == SoftHyphen;

    /// <summary>Higher is better: outstanding 4, good 3, requires improvement 2, inadequate 1 (older scales mapped alongside).</summary>
    public static int Rank(Grade grade) => grade switch
    {
        Grade.Outstanding or Grade.Excellent => 4,
        Grade.Good or Grade.PerformsWell => 3,
        Grade.RequiresImprovement or Grade.Adequate or Grade.PerformsAdequately => 2,
        _ => 1,
    };

    /// <summary>The change from <paramref name="before"/> to <paramref name="after"/>.</summary>
    public static RatingChange Compare(Grade before, Grade after)
    {
        int d = Rank(after) - Rank(before);
        return d > 0 ? RatingChange.Improved : d < 0 ? RatingChange.Declined : RatingChange.Unchanged;
    }
}
