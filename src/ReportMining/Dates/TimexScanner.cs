using System.Runtime.CompilerServices;

namespace ReportMining.Dates;

/// <summary>
/// Finds temporal expressions in one pass: it looks for triggers (digits, and month, weekday,
/// unit and relative words: a scalar pass in which a word reaches the lexicon only when its
/// length and first two letters are those of a trigger), tokenises a small window around each
/// one and lets <see cref="TimexParser"/> read the longest expression covering the trigger,
/// starting no further back than the run of known words before it. Work is linear in the text:
/// each window is bounded and the scan never moves backwards past an expression it reported.
/// </summary>
internal static class TimexScanner
{
    private const int Before = 36;  // characters of left context tokenised before a trigger
    private const int After = 48;   // characters of right context
    private const int MaxBack = 8;  // tokens an expression may start before its trigger

    /// <summary>Scans <paramref name="text"/> (the normalised reading) and adds what it finds to <paramref name="output"/>.</summary>
    public static void Scan(ReadOnlySpan<char> text, TimexContext context, List<Timex> output, int from = 0)
    {
        Span<DTok> tokens = stackalloc DTok[64];
        int pos = from;
        int lastEnd = from;
        while (pos < text.Length)
        {
            int p = NextTrigger(text, pos);
            if (p < 0) break;
            if (PercentAt(text, p, out int after) || NotTemporal(text, p, out after))
            {
                pos = after; // decided from the characters around, without tokenising a window
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
            // an expression is a run of known words, numbers and punctuation: start no further back than that
            int first = seed;
            while (first > 0 && seed - first < MaxBack && CanBeInside(window[first - 1])) first--;
            for (int s = first; s <= seed; s++)
            {
                if (!CanStart(window[s]) || !parser.TryAt(s, out var m)) continue;
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

    /// <summary>True when the digits at <paramref name="p"/> are a percentage ("45%", "2.5%", "30 per cent", "12 percent"); <paramref name="after"/> is past them.</summary>
    private static bool PercentAt(ReadOnlySpan<char> text, int p, out int after)
    {
        int i = p;
        while (i < text.Length && char.IsAsciiDigit(text[i])) i++;
        if (i + 1 < text.Length && text[i] == '.' && char.IsAsciiDigit(text[i + 1]))
        {
            i++;
            while (i < text.Length && char.IsAsciiDigit(text[i])) i++;
        }

        after = i;
        if (i < text.Length && text[i] == '%') return true;
        if (i < text.Length && text[i] == ' ')
        {
            var rest = text[(i + 1)..];
            return rest.StartsWith("per cent", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("percent", StringComparison.OrdinalIgnoreCase);
        }

        return false;
    }

    /// <summary>
    /// True for the commonest triggers that the characters around them show cannot be in a
    /// temporal expression: "may" in lower case (the month is capitalised), "long-term" and "in
    /// terms of", and a number of one to three digits between two words outside the lexicon
    /// ("with 45 children"), which no expression begins, contains or ends with.
    /// </summary>
    private static bool NotTemporal(ReadOnlySpan<char> text, int p, out int after)
    {
        after = p;
        char c = text[p];
        if (char.IsAsciiDigit(c))
        {
            int e = p;
            while (e < text.Length && char.IsAsciiDigit(text[e])) e++;
            after = e;
            if (e - p > 3 || p < 2 || text[p - 1] != ' ' || e + 2 >= text.Length || text[e] != ' ') return false;
            int ws = e + 1, we = ws;
            while (we < text.Length && char.IsAsciiLetter(text[we])) we++;
            if (we == ws || we < text.Length && (IsLetter(text[we]) || text[we] is '-' or '\'' or '’' or '\u00AD')) return false;
            if (we - ws == 1 || Lexicon.Find(text[ws..we]).Kind != LexKind.None) return false; // "10 p.m.", "5 o'clock"
            int pe = p - 1, ps = pe;
            while (ps > 0 && char.IsAsciiLetter(text[ps - 1])) ps--;
            if (ps == pe || ps > 0 && (IsLetter(text[ps - 1]) || text[ps - 1] is '-' or '\'' or '’' or '\u00AD')) return false;
            var before = Lexicon.Find(text[ps..pe]);
            return before.Kind == LexKind.None
                || before.Kind == LexKind.Keyword && before.Keyword is Kw.The or Kw.Of or Kw.For or Kw.In or Kw.On or Kw.At or Kw.By or Kw.Than
                    or Kw.About or Kw.Around or Kw.Over or Kw.Under or Kw.Nearly or Kw.Almost or Kw.Some or Kw.A;
        }

        int we2 = p;
        while (we2 < text.Length && IsLetter(text[we2])) we2++;
        var word = text[p..we2];
        after = we2;
        if (word.Length == 3 && word.SequenceEqual("may")) return true;
        if ((word.Length == 4 || word.Length == 5 && word[4] == 's') && word.StartsWith("term", StringComparison.Ordinal))
        {
            if (p > 1 && text[p - 1] == '-' && IsLetter(text[p - 2])) return true; // "long-term"
            if (word.Length == 5 && text[we2..].StartsWith(" of ", StringComparison.Ordinal)) return true; // "in terms of"
        }

        return false;
    }

    /// <summary>Tokens an expression can contain: numbers, punctuation inside a sentence, words of the lexicon.</summary>
    private static bool CanBeInside(in DTok t) =>
        t.Kind == TokKind.Number || t.Lex.Kind != LexKind.None
        || t.Kind == TokKind.Punct && (t.Ch is not ('.' or ';' or '!' or '?' or '"' or '“' or '”' or ')' or '(') || t.Ch == '.' && !t.Space);

    /// <summary>
    /// Tokens an expression can start with: numbers, an apostrophe ('90s), words of the lexicon
    /// other than the prepositions, conjunctions and labels that the grammar reads only inside or
    /// before an expression ("in", "of", "since", "section").
    /// </summary>
    private static bool CanStart(in DTok t) =>
        t.Kind == TokKind.Number || t.Kind == TokKind.Punct && t.Ch is '\'' or '/'
        || t.Lex.Kind != LexKind.None && !(t.Lex.Kind == LexKind.Keyword && NeverStarts[t.Lex.Value]);

    private static readonly bool[] NeverStarts = MakeNeverStarts();

    private static bool[] MakeNeverStarts()
    {
        var never = new bool[Enum.GetValues<Kw>().Length + 1];
        Kw[] words =
        [
            Kw.In, Kw.Of, Kw.To, Kw.And, Kw.Or, Kw.From, Kw.For, Kw.On, Kw.By, Kw.After, Kw.Before, Kw.Between, Kw.During,
            Kw.Within, Kw.Since, Kw.Until, Kw.Till, Kw.Through, Kw.Thru, Kw.Than, Kw.Section, Kw.Paragraph, Kw.Act, Kw.Page,
            Kw.Chapter, Kw.Regulations, Kw.Number, Kw.Stage, Kw.Key, Kw.Our, Kw.My, Kw.Your, Kw.Period, Kw.Age, Kw.Term,
            Kw.Soon, Kw.Previously, Kw.Most,
        ];
        foreach (var w in words) never[(int)w] = true;
        return never;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '\u00AD';

    /// <summary>ASCII characters by kind: 1 a letter, 2 a digit, 0 anything else.</summary>
    private static ReadOnlySpan<byte> AsciiKinds =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 0, 0, 0, 0, 0, 0,
        0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
        0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
    ];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsLetter(char c) => char.IsAsciiLetter(c) || (c > '\u007F' && NonAsciiLetter(c));

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool NonAsciiLetter(char c) => char.IsLetter(c) || c == '\u00AD';

    /// <summary>
    /// The start of the next trigger at or after <paramref name="pos"/>: a run of digits, or a
    /// whole word the lexicon marks as a trigger. One scalar pass over the characters; a word
    /// reaches the lexicon only when its length and first two letters are those of a trigger.
    /// </summary>
    private static int NextTrigger(ReadOnlySpan<char> text, int pos)
    {
        int n = text.Length;
        int i = pos;
        if (i > 0 && i < n && IsLetter(text[i]) && IsLetter(text[i - 1]))
        {
            while (i < n && IsLetter(text[i])) i++;
        }
        else if (i > 0 && i < n && char.IsAsciiDigit(text[i]) && char.IsAsciiDigit(text[i - 1]))
        {
            while (i < n && char.IsAsciiDigit(text[i])) i++;
        }

        var filter = Lexicon.TriggerFilter;
        var filterEnd = Lexicon.TriggerFilterEnd;
        ReadOnlySpan<byte> kinds = AsciiKinds;
        while ((uint)i < (uint)text.Length)
        {
            char c = text[i];
            int kind = c < 128 ? kinds[c] : IsLetter(c) ? 1 : 0;
            if (kind == 2) return i;
            if (kind == 0)
            {
                i++;
                continue;
            }

            int s = i++;
            while ((uint)i < (uint)text.Length)
            {
                char d = text[i];
                if (d < 128 ? kinds[d] != 1 : !IsLetter(d)) break;
                i++;
            }

            int len = i - s;
            if (len < Lexicon.MinTriggerLength || len > Lexicon.MaxTriggerLength) continue;
            int a = (text[s] | 0x20) - 'a', b = (text[s + 1] | 0x20) - 'a';
            if ((uint)a >= 26 || (uint)b >= 26 || !filter[(((len * 26) + a) * 26) + b]) continue;
            int c3 = (text[s + 2] | 0x20) - 'a', z = (text[i - 1] | 0x20) - 'a';
            if ((uint)c3 >= 26 || (uint)z >= 26 || !filterEnd[(((len * 26) + c3) * 26) + z]) continue;
            if (Lexicon.Find(text[s..i]).Trigger) return s;
        }

        return -1;
    }

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
        if (m.Type == DateType.Date) context.LastMentioned = m.Date;
        // the quarter being reported on: a recent one (not "the third quarter of 1984"), and not an
        // earlier quarter the report compares with ("after a flat second quarter"), nor one still to come
        // ("the fourth quarter is expected to ..."), unless the text has moved on
        if (m.Date.G == Gran.Quarter && !m.Derived && (context.Dct is not { } dct || m.Date.FirstDay is { } q && q > dct.AddMonths(-15) && q <= dct.AddMonths(3))
            && (context.RecentQuarter(start) is not { } current || current.FirstDay is not { } cq || m.Date.FirstDay is not { } nq
                || nq >= cq && (context.Dct is not { } dct2 || nq.AddMonths(3) <= dct2)))
        {
            context.ReferenceQuarter = m.Date;
            context.ReferenceQuarterAt = start;
        }
        if (m.Explicit || m.Date.G >= Gran.Month && !m.Derived)
        {
            context.Reference = m.Date;
            context.ReferenceEnd = end;
        }
    }
}
