namespace ReportMining.Text;

/// <summary>
/// Splits a block of normalised text into sentences. A sentence ends at <c>.</c>, <c>?</c>,
/// <c>!</c> or <c>…</c> (with any closing quotes or brackets) followed by white space and a
/// capital, digit, opening quote or bracket, except after abbreviations (Mr., Dr., St., No.,
/// e.g., i.e.), initials ("J. Smith") and inside numbers ("4.5"). Sentences longer than
/// <see cref="MaxSentenceLength"/> characters are cut at a space so that no later stage sees
/// unbounded input.
/// </summary>
internal static class SentenceSplitter
{
    /// <summary>The longest sentence handed on; longer runs are cut at white space.</summary>
    public const int MaxSentenceLength = 1500;

    private static readonly System.Buffers.SearchValues<char> Terminals = System.Buffers.SearchValues.Create(".?!…");

    private static readonly string[] Abbreviations =
    [
        "mr", "mrs", "ms", "mx", "dr", "prof", "st", "no", "nos", "vs", "cllr", "clr", "rev", "hon", "rt", "sr", "jr",
        "gen", "col", "capt", "lt", "sgt", "inc", "ltd", "co", "corp", "dept", "govt", "jan", "feb", "mar", "apr",
        "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "fig", "para", "paras", "approx", "vol", "pp", "p",
        "ref", "cf", "al", "est", "mt", "ft", "op", "art", "sec", "ch", "gov", "sen", "rep", "supt", "insp", "det",
    ];

    /// <summary>Appends the sentences of <paramref name="block"/> to <paramref name="sentences"/>.</summary>
    public static void Split(ReadOnlySpan<char> text, TextSpan block, int paragraph, List<Sentence> sentences)
    {
        int start = SkipSpace(text, block.Start, block.End);
        int i = start;
        int at = -1; // the next terminal mark at or after i (block.End when none): found once, reused across cuts
        while (i < block.End)
        {
            if (at < i)
            {
                int hit = text[i..block.End].IndexOfAny(Terminals);
                at = hit < 0 ? block.End : i + hit;
            }

            if (at - start > MaxSentenceLength)
            {
                // no boundary within the limit: cut at a space so that no sentence is unbounded
                int limit = start + MaxSentenceLength;
                int cut = limit;
                while (cut > start + MaxSentenceLength / 2 && !char.IsWhiteSpace(text[cut])) cut--;
                if (cut <= start + MaxSentenceLength / 2) cut = limit;
                Add(text, start, cut, cut, paragraph, sentences);
                start = SkipSpace(text, cut, block.End);
                i = start;
                continue;
            }

            if (at >= block.End) break;
            if (IsBoundary(text, at, block.End, out int next))
            {
                Add(text, start, at + 1, next, paragraph, sentences);
                start = next;
                i = next;
            }
            else
            {
                i = at + 1;
            }
        }

        if (start < block.End) Add(text, start, block.End, block.End, paragraph, sentences);
    }

    private static int SkipSpace(ReadOnlySpan<char> text, int i, int end)
    {
        while (i < end && (char.IsWhiteSpace(text[i]) || text[i] == '\u00AD')) i++;
        return i;
    }

    private static void Add(ReadOnlySpan<char> text, int start, int end, int limit, int paragraph, List<Sentence> sentences)
    {
        // take closing quotes and brackets that follow the terminal mark
        while (end < limit && IsCloser(text[end])) end++;
        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] == '\u00AD')) end--;
        if (end > start) sentences.Add(new Sentence(new TextSpan(start, end), paragraph));
    }

    private static bool IsCloser(char c) => c is '"' or '”' or '’' or '\'' or ')' or ']' or '»';

    private static bool IsOpener(char c) =>
        char.IsUpper(c) || char.IsDigit(c) || c is '"' or '“' or '‘' or '\'' or '(' or '[' or '£' or '$' or '€' or '«';

    private static bool IsBoundary(ReadOnlySpan<char> text, int i, int end, out int next)
    {
        next = i + 1;
        int j = i + 1;
        // runs of terminal marks ("?!", "...")
        while (j < end && text[j] is '.' or '?' or '!' or '…') j++;
        while (j < end && IsCloser(text[j])) j++;
        if (j >= end)
        {
            next = end;
            return true;
        }

        if (!char.IsWhiteSpace(text[j])) return false;
        int k = j;
        while (k < end && char.IsWhiteSpace(text[k])) k++;
        if (k >= end)
        {
            next = end;
            return true;
        }

        if (!IsOpener(text[k])) return false;
        if (text[i] == '.' && j == i + 1 && IsAbbreviation(text, i, text[k])) return false;
        next = k;
        return true;
    }

    private static bool IsAbbreviation(ReadOnlySpan<char> text, int dot, char following)
    {
        int w = dot;
        while (w > 0 && char.IsLetter(text[w - 1])) w--;
        var word = text[w..dot];
        if (word.IsEmpty) return false;
        // initials ("J. Smith") and dotted abbreviations ("e.g.", "i.e.", "U.K.")
        if (word.Length == 1)
        {
            if (char.IsUpper(word[0])) return true;
            if (w > 0 && text[w - 1] == '.') return true;
        }

        if (w > 1 && text[w - 1] == '.' && word.Length <= 2) return true;
        foreach (var a in Abbreviations)
        {
            if (word.Equals(a, StringComparison.OrdinalIgnoreCase))
            {
                // "No." and "St." only abbreviate before a number or a name; a lone capitalised
                // month or "No" at a sentence end is rare enough to keep together.
                if (a is "no" or "nos") return char.IsDigit(following);
                return char.IsUpper(word[0]) || a is "p" or "pp" or "cf" or "al" or "approx" or "est";
            }
        }

        return false;
    }
}
