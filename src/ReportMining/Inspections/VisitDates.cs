namespace ReportMining.Inspections;

/// <summary>
/// The on-site dates of an inspection or visit as a report's header prints them: the first
/// day, the last day, and the last day of the first part of a split visit.
/// </summary>
internal readonly record struct VisitDates(DateOnly Start, DateOnly End, DateOnly FirstPartEnd, int TextEnd)
{
    /// <summary>Calendar days on site in the first (or only) part of the visit, counting both ends.</summary>
    public int FirstPartDays => FirstPartEnd.DayNumber - Start.DayNumber + 1;
}

/// <summary>
/// Reads the value of an "Inspection dates:" line in all the forms reports print: "16 April to
/// 27 April 2018", "11 to 22 May 2026", "9–24 November 2017", "11 March – 2 April 2014",
/// "05 July 2016–27 July 2016", "1/06/2015 – 25/06/2015", "18 Feb 2014", a range wrapped over
/// lines, and split visits ("4 to 8 March 2024 and 15 to 16 April 2024"). A day without
/// month or year takes them from the date after it (a year back when the month would run
/// backwards: "15 December to 9 January 2025"). Stops at the first word that is not part of a date.
/// </summary>
/// <remarks>
/// A small reader for one labelled header field, not a general date extractor: prose dates are
/// the dates stage's job.
/// </remarks>
internal static class VisitDateParser
{
    private struct Part
    {
        public int Day;
        public int Month; // 0 = not given
        public int Year;  // 0 = not given
        public int Segment;
        public int End;
    }

    private static readonly string[] Months =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    /// <summary>Reads dates at the start of <paramref name="text"/> (the text after the label). Null when none.</summary>
    public static VisitDates? Parse(ReadOnlySpan<char> text)
    {
        Span<Part> parts = stackalloc Part[8];
        int count = 0;
        int segment = 0;
        int i = 0;
        bool pendingAnd = false;
        int lastEnd = 0;
        while (i < text.Length && count < parts.Length)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c) || c == '\u00AD' || c == ',')
            {
                // a blank line ends the field unless nothing has been read yet
                if (c == '\n' && count > 0 && IsBlankLineAhead(text, i)) break;
                i++;
                continue;
            }

            if (char.IsAsciiDigit(c))
            {
                int s = i;
                int day = ReadNumber(text, ref i, 2);
                if (day < 0) break;
                if (i < text.Length && text[i] == '/')
                {
                    // d/m/yyyy
                    i++;
                    int month = ReadNumber(text, ref i, 2);
                    if (month < 1 || month > 12 || i >= text.Length || text[i] != '/') break;
                    i++;
                    int year = ReadNumber(text, ref i, 4);
                    if (year < 100) year += 2000;
                    if (day < 1 || day > 31) break;
                    if (pendingAnd) { segment++; pendingAnd = false; }
                    parts[count++] = new Part { Day = day, Month = month, Year = year, Segment = segment, End = i };
                    lastEnd = i;
                    continue;
                }

                // ordinal suffix
                if (i + 1 < text.Length && IsOrdinalSuffix(text[i], text[i + 1]) && (i + 2 >= text.Length || !char.IsLetter(text[i + 2]))) i += 2;
                if (i - s == 4 || day > 31)
                {
                    // a year: belongs to the dates before it that have none
                    if (day < 1900 || day > 2100 || count == 0 || parts[count - 1].Year != 0) break;
                    parts[count - 1].Year = day; // earlier parts take it when months are carried (a year back across December)
                    parts[count - 1].End = i;
                    lastEnd = i;
                    continue;
                }

                if (day < 1) break;
                if (pendingAnd) { segment++; pendingAnd = false; }
                parts[count++] = new Part { Day = day, Segment = segment, End = i };
                lastEnd = i;
                continue;
            }

            if (char.IsLetter(c))
            {
                int s = i;
                while (i < text.Length && char.IsLetter(text[i])) i++;
                var word = text[s..i];
                int month = MonthOf(word);
                if (month > 0)
                {
                    if (i < text.Length && text[i] == '.') i++;
                    if (count == 0 || parts[count - 1].Month != 0) break; // a month must follow its day
                    for (int k = count - 1; k >= 0 && parts[k].Month == 0; k--) parts[k].Month = month;
                    parts[count - 1].End = i;
                    lastEnd = i;
                    continue;
                }

                if (word.Equals("to", StringComparison.OrdinalIgnoreCase) || word.Equals("until", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                if (word.Equals("and", StringComparison.OrdinalIgnoreCase))
                {
                    pendingAnd = true;
                    continue;
                }

                break;
            }

            if (c is '–' or '-' or '—' or '‑' or '−')
            {
                i++;
                continue;
            }

            if (c == '&')
            {
                pendingAnd = true;
                i++;
                continue;
            }

            break;
        }

        if (count == 0) return null;

        // carry months and years leftwards; a year back when the month would run backwards
        for (int k = count - 2; k >= 0; k--)
        {
            ref var p = ref parts[k];
            var next = parts[k + 1];
            if (p.Month == 0) p.Month = next.Month;
            if (p.Year == 0 && next.Year != 0)
            {
                p.Year = next.Year;
                if (p.Month > next.Month || (p.Month == next.Month && p.Day > next.Day)) p.Year--;
            }
        }

        // "10 and 11 July": an "and" between two single days is one visit, not two
        int first = count;
        for (int k = 0; k < count; k++)
        {
            if (!Valid(parts[k])) return null;
        }

        var start = ToDate(parts[0]);
        var end = ToDate(parts[count - 1]);
        if (end < start) return null;
        first = 0;
        while (first + 1 < count && parts[first + 1].Segment == 0) first++;
        var firstEnd = ToDate(parts[first]);
        return new VisitDates(start, end, firstEnd, lastEnd);
    }

    private static bool IsBlankLineAhead(ReadOnlySpan<char> text, int newline)
    {
        int j = newline + 1;
        while (j < text.Length && text[j] is ' ' or '\t' or '\r' or '\f') j++;
        return j < text.Length && text[j] == '\n';
    }

    private static bool IsOrdinalSuffix(char a, char b)
    {
        a = char.ToLowerInvariant(a);
        b = char.ToLowerInvariant(b);
        return (a, b) is ('s', 't') or ('n', 'd') or ('r', 'd') or ('t', 'h');
    }

    private static int ReadNumber(ReadOnlySpan<char> text, ref int i, int maxDigits)
    {
        int s = i, value = 0;
        while (i < text.Length && char.IsAsciiDigit(text[i]) && i - s < 4)
        {
            value = value * 10 + (text[i] - '0');
            i++;
        }

        if (i < text.Length && char.IsAsciiDigit(text[i])) return -1; // too long for a date
        return i - s > Math.Max(maxDigits, 4) ? -1 : value;
    }

    /// <summary>1-12 for a month name or its abbreviation ("Feb", "Sept"), else 0.</summary>
    public static int MonthOf(ReadOnlySpan<char> word)
    {
        if (word.Length < 3) return 0;
        for (int m = 0; m < Months.Length; m++)
        {
            var name = Months[m];
            if (word.Length > name.Length) continue;
            if (!name.AsSpan().StartsWith(word, StringComparison.OrdinalIgnoreCase)) continue;
            if (word.Length == name.Length || word.Length == 3 || (m == 8 && word.Length == 4)) return m + 1;
        }

        return 0;
    }

    private static bool Valid(in Part p) =>
        p.Year is >= 1990 and <= 2100 && p.Month is >= 1 and <= 12 && p.Day >= 1 && p.Day <= DateTime.DaysInMonth(p.Year, p.Month);

    private static DateOnly ToDate(in Part p) => new(p.Year, p.Month, p.Day);
}
