using ReportMining.Ratings;

namespace ReportMining.Inspections;

/// <summary>
/// Reads the graded judgements of an inspection report from the original text's lines: the
/// judgement table of ILACS reports (labels wrapped over lines alternating with grades, which
/// may wrap too: "Requires improvement to" / "be good"), the numbered list of SIF reports
/// ("2. Children looked after and achieving" / "permanence" / "Good"), a label and its grade on
/// one line, and the graded section headings ("... help and" / "protection: good", "... care
/// leavers is good", "... is:" / "inadequate", "... requires improvement to be good" after a title).
/// </summary>
internal static class JudgementReader
{
    /// <summary>Longest line a table label can be; longer lines are prose and end the table.</summary>
    private const int MaxLabelLine = 74;

    /// <summary>Longest label (over its lines) before the reader gives up on a block.</summary>
    private const int MaxLabel = 230;

    /// <summary>
    /// Reads label/grade blocks from the line starting at <paramref name="from"/> until prose
    /// starts or <paramref name="limit"/>. Labels and grades pair up in order, whether they
    /// alternate (label, grade, label, grade) or come as a column of labels then a column of
    /// grades (as pdftotext sometimes reads a table). A new label starts after a blank line or
    /// at a list number. With <paramref name="skipProse"/> (SIF lists, which a footnote can
    /// interrupt at a page break) a prose paragraph is skipped; otherwise it ends the table.
    /// Adds one judgement per area (the first wins). Returns where reading stopped.
    /// </summary>
    public static int ReadTable(string text, int from, int limit, List<Judgement> into, bool skipProse = false)
    {
        int pos = from;
        int labelStart = -1, labelEnd = -1;
        int labelChars = 0;
        int added = 0;
        bool gap = false;
        bool inProse = false;
        Span<(int Start, int End)> pending = stackalloc (int, int)[8];
        int pendingCount = 0;
        while (pos < limit)
        {
            int eol = text.IndexOf('\n', pos);
            if (eol < 0 || eol > limit) eol = limit;
            int s = pos, e = eol;
            while (s < e && IsSpace(text[s])) s++;
            while (e > s && IsSpace(text[e - 1])) e--;
            pos = eol + 1;
            if (s >= e)
            {
                gap = true;
                inProse = false;
                continue;
            }

            if (IsFurnitureLine(text.AsSpan(s, e - s))) continue;
            var line = text.AsSpan(s, e - s);
            if (inProse) continue; // the rest of a paragraph between list items
            if (labelStart < 0 && pendingCount == 0 && (line.Equals("Judgement", StringComparison.OrdinalIgnoreCase) || line.Equals("Grade", StringComparison.OrdinalIgnoreCase)
                || line.Equals("Judgements", StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            // a line that is a grade (which may run on over the next lines), or says there is none
            int gEnd = GradePhrase.Match(text, s, out var grade);
            bool none = gEnd < 0 && IsNotJudged(line);
            if (none) gEnd = e;
            if (gEnd > 0 && RestOfLineIsEmpty(text, gEnd))
            {
                CloseLabel(text, ref labelStart, labelEnd, pending, ref pendingCount);
                gap = false;
                if (pendingCount == 0)
                {
                    if (added > 0 && !skipProse) break; // a grade with no label: the table is over
                    pos = NextLineStart(text, gEnd, limit);
                    continue;
                }

                var label = pending[0];
                pending[1..pendingCount].CopyTo(pending);
                pendingCount--;
                var area = JudgementAreas.FromLabel(text.AsSpan(label.Start, label.End - label.Start));
                if (area is null) break;
                if (!none && Add(into, area.Value, grade, s, gEnd)) added++;
                pos = NextLineStart(text, gEnd, limit);
                continue;
            }

            // a label with its grade at the end of the same line
            if (TryGradeAtLineEnd(text, s, e, out int gs, out int ge, out grade))
            {
                int ls = labelStart < 0 || gap || NumberingLength(line) > 0 ? s + NumberingLength(line) : labelStart;
                var area = JudgementAreas.FromLabel(text.AsSpan(ls, gs - ls));
                if (area is not null)
                {
                    if (ls != labelStart) CloseLabel(text, ref labelStart, labelEnd, pending, ref pendingCount);
                    labelStart = -1;
                    gap = false;
                    if (Add(into, area.Value, grade, gs, ge)) added++;
                    pos = NextLineStart(text, ge, limit);
                    continue;
                }
            }

            if (line.Length > MaxLabelLine)
            {
                if (!skipProse) break;
                labelStart = -1; // a paragraph between list items: not a label
                labelChars = 0;
                gap = false;
                inProse = true;
                continue;
            }

            int numbering = NumberingLength(line);
            if (labelStart >= 0 && (gap || numbering > 0))
            {
                CloseLabel(text, ref labelStart, labelEnd, pending, ref pendingCount);
                if (pendingCount >= pending.Length) break;
            }

            gap = false;
            if (labelStart < 0)
            {
                labelStart = s + numbering;
                labelChars = 0;
            }

            labelEnd = e;
            labelChars += line.Length;
            if (labelChars > MaxLabel)
            {
                if (!skipProse) break;
                labelStart = -1;
            }
        }

        return pos;
    }

    /// <summary>A table cell saying an area was not graded ("Not judged", "Not graded", "N/A").</summary>
    private static bool IsNotJudged(ReadOnlySpan<char> line) =>
        line.Equals("Not judged", StringComparison.OrdinalIgnoreCase) || line.Equals("Not graded", StringComparison.OrdinalIgnoreCase)
        || line.Equals("Not applicable", StringComparison.OrdinalIgnoreCase) || line.Equals("N/A", StringComparison.OrdinalIgnoreCase)
        || line.Equals("Not inspected", StringComparison.OrdinalIgnoreCase);

    /// <summary>Ends the label being read: keeps it for the next grade when it names an area.</summary>
    private static void CloseLabel(string text, ref int labelStart, int labelEnd, Span<(int Start, int End)> pending, ref int pendingCount)
    {
        if (labelStart < 0) return;
        if (pendingCount < pending.Length && JudgementAreas.FromLabel(text.AsSpan(labelStart, labelEnd - labelStart)) is not null)
        {
            pending[pendingCount++] = (labelStart, labelEnd);
        }

        labelStart = -1;
    }

    /// <summary>
    /// Reads a statement that gives a grade after an opening such as "The overall judgement is"
    /// or "The effectiveness of the Local Safeguarding Children Board (LSCB) is": the first grade
    /// within the same sentence, at most <paramref name="window"/> characters on.
    /// </summary>
    public static bool TryReadStatement(string text, int from, int window, out Grade grade, out int start, out int end)
    {
        grade = default;
        start = end = -1;
        int limit = Math.Min(text.Length, from + window);
        int i = from;
        while (i < limit)
        {
            char c = text[i];
            if (c is '.' or '!' or '?' || (c == '\n' && i + 1 < text.Length && IsBlankFrom(text, i + 1) && i > from + 2)) return false;
            if (char.IsLetter(c) && (i == 0 || !char.IsLetterOrDigit(text[i - 1])))
            {
                int g = GradePhrase.Match(text, i, out grade);
                if (g > 0 && !FollowedByNoun(text, g))
                {
                    start = i;
                    end = g;
                    return true;
                }
            }

            i++;
        }

        return false;
    }

    /// <summary>
    /// Reads a graded heading starting at <paramref name="from"/> (a line start): the label, an
    /// optional ":", "is" or "are", then the grade, which must end the heading (end of line, a
    /// full stop, or a paragraph number).
    /// </summary>
    public static bool TryReadHeading(string text, int from, out JudgementArea area, out Grade grade, out int start, out int end)
    {
        area = default;
        grade = default;
        start = end = -1;
        int limit = Math.Min(text.Length, from + 260);
        int i = from;
        int words = 0;
        while (i < limit && words < 40)
        {
            int w = i;
            while (w < limit && !char.IsLetter(text[w]))
            {
                if (text[w] is '.' or ';') return false;
                w++;
            }

            if (w >= limit) return false;
            int g = GradePhrase.Match(text, w, out grade);
            if (g > 0 && words >= 2)
            {
                int labelEnd = w;
                var label = text.AsSpan(from, labelEnd - from).TrimEnd();
                if (label.EndsWith(':')) label = label[..^1];
                label = TrimTrailingWord(label, "is");
                label = TrimTrailingWord(label, "are");
                var a = JudgementAreas.FromLabel(label);
                if (a is not null && EndsHeading(text, g))
                {
                    area = a.Value;
                    start = w;
                    end = g;
                    return true;
                }

                return false;
            }

            int k = w;
            GradePhrase.ReadWord(text, ref k);
            if (k == w) k = w + 1;
            i = k;
            words++;
        }

        return false;
    }

    private static ReadOnlySpan<char> TrimTrailingWord(ReadOnlySpan<char> label, string word)
    {
        var t = label.TrimEnd();
        if (t.Length > word.Length && t.EndsWith(word, StringComparison.OrdinalIgnoreCase) && char.IsWhiteSpace(t[^(word.Length + 1)]))
        {
            return t[..^word.Length].TrimEnd();
        }

        return t;
    }

    private static bool EndsHeading(string text, int end)
    {
        int i = end;
        while (i < text.Length && text[i] is ' ' or '\t' or '\r') i++;
        if (i >= text.Length) return true;
        char c = text[i];
        if (c is '\n' or '\f') return true;
        if (c == '.' )
        {
            int j = i + 1;
            while (j < text.Length && text[j] is ' ' or '\t' or '\r') j++;
            return j >= text.Length || text[j] is '\n' or '\f' || char.IsAsciiDigit(text[j]);
        }

        return false;
    }

    private static bool FollowedByNoun(string text, int end)
    {
        // "good protection", "good help": an adjective before a noun is not a grade
        int i = end;
        if (i < text.Length && text[i] is '-' or '‑') return true;
        var next = GradePhrase.ReadWord(text, ref i);
        if (next.IsEmpty) return false;
        return !(GradePhrase.Is(next, "and") || GradePhrase.Is(next, "overall") || GradePhrase.Is(next, "because") || GradePhrase.Is(next, "in")
            || GradePhrase.Is(next, "the") || GradePhrase.Is(next, "there") || GradePhrase.Is(next, "it") || GradePhrase.Is(next, "this")
            || GradePhrase.Is(next, "children") || GradePhrase.Is(next, "services") || GradePhrase.Is(next, "arrangements") || GradePhrase.Is(next, "but")
            || GradePhrase.Is(next, "however") || GradePhrase.Is(next, "although") || GradePhrase.Is(next, "with") || GradePhrase.Is(next, "as")
            || GradePhrase.Is(next, "since") || GradePhrase.Is(next, "for") || GradePhrase.Is(next, "a") || GradePhrase.Is(next, "an")
            || char.IsUpper(next[0]));
    }

    private static bool Add(List<Judgement> into, JudgementArea area, Grade grade, int start, int end)
    {
        foreach (var j in into)
        {
            if (j.Area == area) return false;
        }

        into.Add(new Judgement { Area = area, Grade = grade, Start = start, End = end });
        return true;
    }

    /// <summary>Finds a grade that ends the line [s, e) and follows label words ("Overall effectiveness Good").</summary>
    private static bool TryGradeAtLineEnd(string text, int s, int e, out int gs, out int ge, out Grade grade)
    {
        gs = ge = -1;
        grade = default;
        for (int i = s + 1; i < e; i++)
        {
            if (!char.IsLetter(text[i]) || !char.IsWhiteSpace(text[i - 1])) continue;
            if (!char.IsUpper(text[i])) continue; // the grade column is capitalised
            int g = GradePhrase.Match(text, i, out grade);
            if (g > 0 && (g >= e || RestOfLineIsEmpty(text, g)))
            {
                gs = i;
                ge = g;
                return true;
            }
        }

        return false;
    }

    private static bool RestOfLineIsEmpty(string text, int i)
    {
        while (i < text.Length && text[i] is ' ' or '\t' or '\r' or '.') i++;
        return i >= text.Length || text[i] is '\n' or '\f';
    }

    private static int NextLineStart(string text, int i, int limit)
    {
        int eol = text.IndexOf('\n', i);
        return eol < 0 || eol >= limit ? limit : eol + 1;
    }

    private static bool IsBlankFrom(string text, int i)
    {
        while (i < text.Length && text[i] is ' ' or '\t' or '\r' or '\f') i++;
        return i < text.Length && text[i] == '\n';
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\r' or '\f' or '\u00A0';

    /// <summary>A page number, form feed or running page label between a label and its grade.</summary>
    private static bool IsFurnitureLine(ReadOnlySpan<char> line)
    {
        if (line.StartsWith("Page ", StringComparison.OrdinalIgnoreCase)) line = line[5..];
        foreach (char c in line)
        {
            if (!char.IsAsciiDigit(c) && c != ' ' && c != '\f') return false;
        }

        return line.Length <= 4;
    }

    /// <summary>Length of a leading list number ("1. ", "2.1 ") on a label line.</summary>
    private static int NumberingLength(ReadOnlySpan<char> line)
    {
        int i = 0;
        while (i < line.Length && (char.IsAsciiDigit(line[i]) || line[i] == '.')) i++;
        if (i == 0 || i >= line.Length || !char.IsWhiteSpace(line[i])) return 0;
        while (i < line.Length && char.IsWhiteSpace(line[i])) i++;
        return i;
    }
}
