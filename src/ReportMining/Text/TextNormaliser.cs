using System.Buffers;

namespace ReportMining.Text;

/// <summary>
/// Builds the normalised reading of a text in one pass over its lines, keeping its length so
/// that every index is valid in both readings. Page furniture (form feeds, page numbers,
/// running headers and footers that repeat at page breaks) and paragraph numbers become
/// spaces; bullets become spaces and start a block; line breaks inside a paragraph become
/// spaces; a word hyphenated over a line end is joined with soft hyphens (U+00AD), which
/// readers of words skip; line breaks between blocks stay <c>\n</c>. Other control
/// characters become spaces.
/// </summary>
internal static class TextNormaliser
{
    private const char SoftHyphen = '\u00AD';

    /// <summary>Control characters other than the line feed, and the Unicode line and paragraph separators.</summary>
    private static readonly SearchValues<char> ControlCharacters = SearchValues.Create(
        "\0\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\t\v\f\r\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F" +
        "\u007F\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008A\u008B\u008C\u008D\u008E\u008F\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009A\u009B\u009C\u009D\u009E\u009F\u2028\u2029");

    private struct Line
    {
        public int Start;        // first char of the line
        public int End;          // exclusive, before '\n'
        public int ContentStart; // first non-space char after bullet / paragraph-number removal
        public int ContentEnd;   // exclusive, after trailing spaces are dropped
        public bool Furniture;
        public bool ForcedBreak; // a bullet or paragraph number starts a block here
        public bool HasFormFeed;
        public int GluedFooterStart; // > 0 where a running footer is glued to the end of the line
        public readonly bool IsBlank => ContentEnd <= ContentStart;
        public readonly int Length => ContentEnd - ContentStart;
    }

    /// <summary>Fills <paramref name="buffer"/> (at least text.Length long) and the block and furniture lists.</summary>
    public static void Normalise(string text, char[] buffer, List<TextSpan> blocks, List<TextSpan> furniture)
    {
        int n = text.Length;
        var buf = buffer.AsSpan(0, n);
        text.AsSpan().CopyTo(buf);
        int lineCount = 1 + buf.Count('\n');
        for (int i = buf.IndexOfAny(ControlCharacters); i >= 0;)
        {
            buf[i] = ' ';
            int next = buf[(i + 1)..].IndexOfAny(ControlCharacters);
            i = next < 0 ? -1 : i + 1 + next;
        }

        Line[] lines = ArrayPool<Line>.Shared.Rent(lineCount);
        try
        {
            int count = SplitLines(text, buf, lines);
            int width = TypicalWidth(lines.AsSpan(0, count));
            MarkPageNumbers(buf, lines, count);
            MarkRunningFurniture(buf, lines, count);
            MarkBulletsAndParagraphNumbers(buf, lines, count, width);
            foreach (ref var line in lines.AsSpan(0, count))
            {
                if (line.Furniture)
                {
                    buf[line.Start..line.End].Fill(' ');
                    if (line.End > line.Start) furniture.Add(new TextSpan(line.Start, line.End));
                }
                else if (line.GluedFooterStart > 0)
                {
                    buf[line.GluedFooterStart..line.End].Fill(' ');
                    furniture.Add(new TextSpan(line.GluedFooterStart, line.End));
                    int e = line.GluedFooterStart;
                    while (e > line.ContentStart && char.IsWhiteSpace(buf[e - 1])) e--;
                    line.ContentEnd = e;
                }
            }

            JoinLines(buf, lines, count, width, blocks);
        }
        finally
        {
            ArrayPool<Line>.Shared.Return(lines);
        }
    }

    private static int SplitLines(string text, Span<char> buf, Line[] lines)
    {
        int count = 0;
        int start = 0;
        while (true)
        {
            int nl = buf[start..].IndexOf('\n');
            int end = nl < 0 ? buf.Length : start + nl;
            ref var line = ref lines[count++];
            line.Start = start;
            line.End = end;
            int s = start, e = end;
            while (s < e && char.IsWhiteSpace(buf[s])) s++;
            while (e > s && char.IsWhiteSpace(buf[e - 1])) e--;
            line.ContentStart = s;
            line.ContentEnd = e;
            line.Furniture = false;
            line.ForcedBreak = false;
            line.HasFormFeed = text.AsSpan(start, end - start).Contains('\f');
            line.GluedFooterStart = 0;
            if (nl < 0) return count;
            start = end + 1;
        }
    }

    /// <summary>The 90th percentile of the lengths of lines 20 characters or longer (the wrap width of PDF text).</summary>
    private static int TypicalWidth(ReadOnlySpan<Line> lines)
    {
        Span<int> histogram = stackalloc int[402];
        int total = 0;
        foreach (ref readonly var line in lines)
        {
            int len = line.Length;
            if (len < 20) continue;
            histogram[Math.Min(len, 401)]++;
            total++;
        }

        if (total == 0) return 80;
        int target = (int)(total * 0.9);
        int seen = 0;
        for (int len = 0; len < histogram.Length; len++)
        {
            seen += histogram[len];
            if (seen > target) return len;
        }

        return 401;
    }

    private static bool IsPageNumberLine(ReadOnlySpan<char> content)
    {
        if (content.IsEmpty || content.Length > 16) return false;
        if (content.StartsWith("Page ", StringComparison.OrdinalIgnoreCase)) content = content[5..].TrimStart();
        int digits = 0;
        while (digits < content.Length && char.IsAsciiDigit(content[digits])) digits++;
        if (digits is 0 or > 4) return false;
        var rest = content[digits..].Trim();
        if (rest.IsEmpty) return true;
        if (rest.StartsWith("of ", StringComparison.OrdinalIgnoreCase))
        {
            rest = rest[3..].Trim();
            foreach (char c in rest) if (!char.IsAsciiDigit(c)) return false;
            return rest.Length is > 0 and <= 4;
        }

        return false;
    }

    private static void MarkPageNumbers(ReadOnlySpan<char> buf, Line[] lines, int count)
    {
        for (int i = 0; i < count; i++)
        {
            ref var line = ref lines[i];
            // A line holding nothing but a page number ("7", "Page 7 of 40") is furniture wherever
            // it stands: at a page break, in a contents page, or as a footnote marker. No
            // sentence is a bare number, so nothing a reader needs is lost.
            if (!line.IsBlank && IsPageNumberLine(buf[line.ContentStart..line.ContentEnd])) line.Furniture = true;
        }
    }

    /// <summary>
    /// Lines near page breaks (just before a page number or form feed, or just after a form
    /// feed) whose exact text recurs at three or more page breaks are running headers or footers.
    /// </summary>
    private static void MarkRunningFurniture(ReadOnlySpan<char> buf, Line[] lines, int count)
    {
        Dictionary<ulong, int>? counts = null;
        List<(int Start, int Length)>? footers = null;
        int breaks = 0;
        for (int pass = 0; pass < 2; pass++)
        {
            for (int i = 0; i < count; i++)
            {
                bool isBreak = lines[i].Furniture || (lines[i].HasFormFeed && i > 0);
                if (!isBreak) continue;
                if (pass == 0) breaks++;
                int from = Math.Max(0, i - 5), to = Math.Min(count - 1, i + 3);
                for (int j = from; j <= to; j++)
                {
                    ref var line = ref lines[j];
                    if (line.IsBlank || line.Furniture || line.Length < 4) continue;
                    ulong hash = Hash(buf[line.ContentStart..line.ContentEnd]);
                    if (pass == 0)
                    {
                        counts ??= new Dictionary<ulong, int>();
                        counts[hash] = counts.GetValueOrDefault(hash) + 1;
                    }
                    else if (counts!.GetValueOrDefault(hash) >= Math.Min(3, Math.Max(2, breaks / 2)))
                    {
                        line.Furniture = true;
                        footers ??= new List<(int, int)>();
                        if (footers.Count < 8 && line.Length >= 12 && !ContainsText(buf, footers, buf[line.ContentStart..line.ContentEnd]))
                        {
                            footers.Add((line.ContentStart, line.Length));
                        }
                    }
                }
            }

            if (counts is null || breaks < 2) return;
        }

        if (footers is not null) MarkGluedFooters(buf, lines, count, footers);
    }

    private static bool ContainsText(ReadOnlySpan<char> buf, List<(int Start, int Length)> items, ReadOnlySpan<char> text)
    {
        foreach (var (start, length) in items)
        {
            if (buf.Slice(start, length).SequenceEqual(text)) return true;
        }

        return false;
    }

    /// <summary>
    /// pdftotext sometimes glues a running footer to the end of the last body line of a page
    /// ("...The wideInspection of X local authority children’s services"). Where a line near a
    /// page break ends with a known footer, that suffix is furniture.
    /// </summary>
    private static void MarkGluedFooters(ReadOnlySpan<char> buf, Line[] lines, int count, List<(int Start, int Length)> footers)
    {
        for (int i = 0; i < count; i++)
        {
            bool isBreak = lines[i].Furniture || (lines[i].HasFormFeed && i > 0);
            if (!isBreak) continue;
            for (int j = Math.Max(0, i - 5); j < i; j++)
            {
                ref var line = ref lines[j];
                if (line.IsBlank || line.Furniture) continue;
                var content = buf[line.ContentStart..line.ContentEnd];
                foreach (var (start, length) in footers)
                {
                    if (content.Length > length && content.EndsWith(buf.Slice(start, length)))
                    {
                        line.GluedFooterStart = line.ContentEnd - length;
                        break;
                    }
                }
            }
        }
    }

    private static ulong Hash(ReadOnlySpan<char> s)
    {
        ulong h = 14695981039346656037UL;
        foreach (char c in s)
        {
            h ^= c;
            h *= 1099511628211UL;
        }

        return h ^ (ulong)s.Length;
    }

    internal static bool IsBullet(char c) =>
        c is '◼' or '▪' or '■' or '•' or '●' or '◦' or '‣' or '⁃' or '\uF06E' or '\uF0B7' or '\uF0A7' or '\uF0D8' or '\uF0FC' or '➢' or '►' or '–' or '-' or '*';

    private static void MarkBulletsAndParagraphNumbers(Span<char> buf, Line[] lines, int count, int width)
    {
        int prevContent = -1;
        for (int i = 0; i < count; i++)
        {
            ref var line = ref lines[i];
            if (line.IsBlank || line.Furniture) continue;
            int s = line.ContentStart;
            char c = buf[s];
            if (IsBullet(c) && (s + 1 >= line.ContentEnd || char.IsWhiteSpace(buf[s + 1]) || (c != '-' && c != '–' && c != '*')))
            {
                buf[s] = ' ';
                line.ForcedBreak = true;
                s++;
                while (s < line.ContentEnd && char.IsWhiteSpace(buf[s])) s++;
                line.ContentStart = s;
            }
            else if (char.IsAsciiDigit(c))
            {
                int d = s;
                while (d < line.ContentEnd && char.IsAsciiDigit(buf[d])) d++;
                bool dot = d < line.ContentEnd && buf[d] == '.' && d - s <= 3;
                bool after = dot && (d + 1 == line.ContentEnd || char.IsWhiteSpace(buf[d + 1]));
                bool prevEnds = prevContent < 0 || lines[i - 1].IsBlank || lines[i - 1].Furniture
                    || EndsBlock(buf, lines[prevContent]) || lines[prevContent].Length < width * 0.7;
                if (after && prevEnds)
                {
                    int e = d + 1;
                    while (e < line.ContentEnd && char.IsWhiteSpace(buf[e])) e++;
                    bool textFollows = e == line.ContentEnd || char.IsLetterOrDigit(buf[e]) || buf[e] is '‘' or '“' or '"' or '\'' or '(' or '£';
                    if (textFollows)
                    {
                        buf[s..e].Fill(' ');
                        line.ForcedBreak = true;
                        line.ContentStart = e;
                        if (e == line.ContentEnd)
                        {
                            line.Furniture = true; // a paragraph number on its own line
                        }
                    }
                }
            }

            prevContent = i;
        }
    }

    private static bool EndsBlock(ReadOnlySpan<char> buf, in Line line)
    {
        if (line.IsBlank) return true;
        char last = buf[line.ContentEnd - 1];
        if (last == ')')
        {
            // "... is not always taken. (Recommendation)": a parenthesis after a full stop
            var content = buf[line.ContentStart..line.ContentEnd];
            int open = content.LastIndexOf('(');
            if (open > 0)
            {
                var before = content[..open].TrimEnd();
                if (before.Length > 0 && before[^1] is '.' or '?' or '!' or ':') return true;
            }
        }

        if (last is '”' or '"' or '’' or ')' && line.Length > 1) last = buf[line.ContentEnd - 2];
        return last is '.' or '?' or '!' or ':' or ';';
    }

    private static readonly string[] JoiningWords =
        ["and", "of", "the", "to", "in", "for", "with", "or", "on", "by", "a", "an", "at", "from", "that", "which", "who", "is", "are", "as", "its", "their"];

    private static bool EndsWithJoiningWord(ReadOnlySpan<char> content)
    {
        int k = content.Length;
        while (k > 0 && char.IsLetter(content[k - 1])) k--;
        var word = content[k..];
        if (word.IsEmpty || (k > 0 && !char.IsWhiteSpace(content[k - 1]))) return false;
        foreach (var w in JoiningWords)
        {
            if (word.Equals(w, StringComparison.OrdinalIgnoreCase)) return true;
        }

        return false;
    }

    private static bool StartsLower(ReadOnlySpan<char> buf, in Line line) => char.IsLower(buf[line.ContentStart]);

    private static void JoinLines(Span<char> buf, Line[] lines, int count, int width, List<TextSpan> blocks)
    {
        bool longLines = width >= 150;
        int blockStart = -1, blockEnd = -1;
        int prev = -1;
        bool gap = false;
        for (int i = 0; i < count; i++)
        {
            ref var line = ref lines[i];
            if (line.IsBlank || line.Furniture)
            {
                if (prev >= 0) gap = true;
                continue;
            }

            if (prev < 0)
            {
                blockStart = line.ContentStart;
                blockEnd = line.ContentEnd;
                prev = i;
                gap = false;
                continue;
            }

            ref var a = ref lines[prev];
            var aContent = buf[a.ContentStart..a.ContentEnd];
            bool terminal = EndsBlock(buf, a);
            bool lower = StartsLower(buf, line);
            bool hard;
            if (line.ForcedBreak)
            {
                hard = true;
            }
            else if (longLines)
            {
                hard = !(lower && !terminal);
            }
            else if (gap)
            {
                hard = terminal ? !lower : !lower && (a.Length < width * 0.7 && !EndsWithJoiningWord(aContent));
            }
            else
            {
                bool shortLine = a.Length < width * 0.7;
                hard = !lower && shortLine && !EndsWithJoiningWord(aContent) && !aContent.EndsWith(",");
            }

            int from = a.ContentEnd, to = line.ContentStart;
            if (hard)
            {
                blocks.Add(new TextSpan(blockStart, blockEnd));
                blockStart = line.ContentStart;
                for (int k = from; k < to; k++) if (buf[k] != '\n') buf[k] = ' ';
            }
            else
            {
                bool hyphen = !gap && aContent.Length > 1 && aContent[^1] == '-' && char.IsLetter(aContent[^2]) && lower;
                for (int k = from; k < to; k++) buf[k] = hyphen ? SoftHyphen : ' ';
                if (hyphen) buf[from - 1] = SoftHyphen;
            }

            blockEnd = line.ContentEnd;
            prev = i;
            gap = false;
        }

        if (prev >= 0) blocks.Add(new TextSpan(blockStart, blockEnd));
    }
}
