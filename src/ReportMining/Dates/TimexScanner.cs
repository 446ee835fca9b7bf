namespace ReportMining.Dates;

/// <summary>
/// Finds temporal expressions in one pass: it looks for triggers (digits, and month, weekday,
/// unit and relative words, via vectorised searches), tokenises a small window around each one
/// and lets <see cref="TimexParser"/> read the longest expression covering the trigger. Work is
/// linear in the text: each window is bounded and the scan never moves backwards past an
/// expression it reported.
/// </summary>
internal static class TimexScanner
{
    private const int Before = 56;  // characters of left context tokenised before a trigger
    private const int After = 110;  // characters of right context
    private const int MaxBack = 8;  // tokens an expression may start before its trigger

    /// <summary>Scans <paramref name="text"/> (the normalised reading) and adds what it finds to <paramref name="output"/>.</summary>
    public static void Scan(ReadOnlySpan<char> text, TimexContext context, List<Timex> output, int from = 0)
    {
        Span<DTok> tokens = stackalloc DTok[64];
        int pos = from;
        int lastEnd = from;
        int nextDigit = -1, nextWord = -1;
        while (pos < text.Length)
        {
            if (nextDigit < pos)
            {
                int k = text[pos..].IndexOfAnyInRange('0', '9');
                nextDigit = k < 0 ? int.MaxValue : pos + k;
            }

            if (nextWord < pos)
            {
                int k = text[pos..].IndexOfAny(Lexicon.Triggers);
                nextWord = k < 0 ? int.MaxValue : pos + k;
            }

            int p = Math.Min(nextDigit, nextWord);
            if (p == int.MaxValue) break;
            bool digit = p == nextDigit;

            if (!digit)
            {
                // a trigger word must be a whole word ("day" in "holiday" is not)
                if (p > 0 && IsWordChar(text[p - 1]))
                {
                    pos = p + 1;
                    continue;
                }

                int we = p;
                while (we < text.Length && (char.IsLetter(text[we]) || text[we] == '\u00AD')) we++;
                var lex = we - p <= 16 ? Lexicon.Find(text[p..we]) : default;
                if (!lex.Trigger)
                {
                    pos = we;
                    continue;
                }
            }
            else if (p > 0 && char.IsAsciiDigit(text[p - 1]))
            {
                pos = p + 1;
                continue;
            }

            // the window
            int left = Math.Max(lastEnd, p - Before);
            int nl = text[left..p].LastIndexOf('\n');
            if (nl >= 0) left += nl + 1;
            while (left < p && left > 0 && IsWordChar(text[left - 1]) && IsWordChar(text[left])) left++;
            int right = Math.Min(text.Length, p + After);
            int n = TimexTokenizer.Tokenize(text, left, right, tokens);
            int seed = -1;
            for (int t = 0; t < n; t++)
            {
                if (tokens[t].Start <= p && p < tokens[t].End)
                {
                    seed = t;
                    break;
                }
            }

            if (seed < 0)
            {
                pos = p + 1;
                continue;
            }

            var window = tokens[..n];
            var parser = new TimexParser(window, context, text);
            bool found = false;
            for (int s = Math.Max(0, seed - MaxBack); s <= seed; s++)
            {
                if (!parser.TryAt(s, out var m)) continue;
                if (m.E <= seed) continue;
                found = true;
                int start = window[m.S].Start, end = window[m.E - 1].End;
                if (!m.Suppress) Emit(window, m, start, end, context, output);
                lastEnd = end;
                pos = end;
                break;
            }

            if (!found) pos = window[seed].End;
        }
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '\u00AD';

    private static void Emit(ReadOnlySpan<DTok> w, in TimexMatch m, int start, int end, TimexContext context, List<Timex> output)
    {
        Timex[]? parts = null;
        if (m.Type == DateType.Range && m.V1 is not null && m.V2 is not null)
        {
            parts =
            [
                new Timex(w[m.S1].Start, w[m.E1 - 1].End, DateType.Date, m.V1, null),
                new Timex(w[m.S2].Start, w[m.E2 - 1].End, DateType.Date, m.V2, null),
            ];
        }

        int core = m.C > m.S && m.C < m.E ? w[m.C].Start : start;
        output.Add(new Timex(start, end, m.Type, m.Value, m.Mod) { Parts = parts, CoreStart = core });
        if (!m.HasDate || !m.Date.HasYear) return;
        // the quarter being reported on: a recent one (not "the third quarter of 1984")
        if (m.Date.G == Gran.Quarter && !m.Derived && (context.Dct is not { } dct || m.Date.FirstDay is { } q && q > dct.AddMonths(-15) && q <= dct.AddMonths(3))) context.ReferenceQuarter = m.Date;
        if (m.Explicit || m.Date.G >= Gran.Month && !m.Derived) context.Reference = m.Date;
    }
}
