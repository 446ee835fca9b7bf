using System.Buffers;
using System.Globalization;
using ReportMining.Text;

namespace ReportMining.Dates;

/// <summary>
/// Finds a document's own date in its text: a dateline near the top ("Monday, March 16, 2020"
/// on a line of its own), a publication statement ("Report published: 14 March 2014"), or a
/// date the text equates with today ("released today (Friday, August 2)", the year worked out
/// from the weekday and the years the text mentions).
/// </summary>
internal static class DocumentDateFinder
{
    private const int DatelineReach = 1200; // characters from the top where a dateline may stand
    private const int CueReach = 60;        // characters after a cue where its date may start
    private const int CueZone = 6000;       // characters from the top where cues are looked for

    // the cues, each as a case-insensitive vectorised search (IndexOf with OrdinalIgnoreCase
    // compares character by character here, where globalization is invariant)
    private static readonly string[] PublishedCues = ["published", "publication date", "date of publication", "date published"];
    private static readonly SearchValues<string>[] PublishedSearch = [.. PublishedCues.Select(c => SearchValues.Create([c], StringComparison.OrdinalIgnoreCase))];
    private static readonly SearchValues<string> TodaySearch = SearchValues.Create(["today"], StringComparison.OrdinalIgnoreCase);

    public static bool Find(Document document, out DateOnly date, out string source)
    {
        var text = document.Normalized;
        date = default;
        source = string.Empty;

        // 1. a dateline: a full date standing (nearly) alone in one of the first blocks
        int reach = Math.Min(text.Length, DatelineReach);
        var top = Scan(document, text[..reach]);
        foreach (var t in top)
        {
            if (!TryFullDay(t.Value, out var d)) continue;
            int p = document.ParagraphAt(t.Start);
            if (p < 0 || p > 8) continue;
            var block = document.Paragraphs[p].Span;
            var blockText = text[block.Start..block.End].Trim();
            if (blockText.Length <= (t.End - t.Start) + 30)
            {
                date = d;
                source = blockText.Contains("publi", StringComparison.OrdinalIgnoreCase) ? "published" : "dateline";
                return true;
            }
        }

        // 2. "published", "publication date", "date of publication"
        int zone = Math.Min(text.Length, CueZone);
        for (int c = 0; c < PublishedCues.Length; c++)
        {
            string cue = PublishedCues[c];
            int from = 0;
            while (from < zone)
            {
                int k = text[from..zone].IndexOfAny(PublishedSearch[c]);
                if (k < 0) break;
                k += from;
                int s = k + cue.Length;
                int e = Math.Min(text.Length, s + CueReach + 40);
                foreach (var t in Scan(document, text[..e], s))
                {
                    if (t.Start - s > CueReach) break;
                    if (TryFullDay(t.Value, out var d))
                    {
                        date = d;
                        source = "published";
                        return true;
                    }
                }

                from = s;
            }
        }

        // 3. "today (Friday, August 2)": a day equated with today, its year from the weekday
        int at = 0;
        while (at < zone)
        {
            int k = text[at..zone].IndexOfAny(TodaySearch);
            if (k < 0) break;
            k += at;
            int s = k + 5;
            int open = s;
            while (open < text.Length && open < s + 3 && (text[open] == ' ' || text[open] == ',' || text[open] == '(' || text[open] == '—' || text[open] == '–')) open++;
            if (open > s && open < text.Length)
            {
                int e = Math.Min(text.Length, open + CueReach);
                foreach (var t in Scan(document, text[..e], open))
                {
                    if (t.Start != open || t.Type != DateType.Date) break;
                    if (TryFullDay(t.Value, out var d))
                    {
                        date = d;
                        source = "today";
                        return true;
                    }

                    if (TryMonthDay(t.Value, out int month, out int day) && WeekdayIn(text[t.Start..t.End]) is > 0 and var wd
                        && YearForWeekday(text, month, day, wd) is > 0 and var year)
                    {
                        date = new DateOnly(year, month, day);
                        source = "today";
                        return true;
                    }

                    break;
                }
            }

            at = s;
        }

        return false;
    }

    private static List<Timex> Scan(Document document, ReadOnlySpan<char> text, int from = 0)
    {
        var output = new List<Timex>();
        var context = new TimexContext(null);
        TimexScanner.Scan(text, context, output, from);
        return output;
    }

    private static bool TryFullDay(string value, out DateOnly date) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    private static bool TryMonthDay(string value, out int month, out int day)
    {
        month = day = 0;
        if (value.Length != 10 || !value.StartsWith("XXXX-", StringComparison.Ordinal)) return false;
        return int.TryParse(value.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out month)
            && int.TryParse(value.AsSpan(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out day)
            && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(2000, month);
    }

    private static int WeekdayIn(ReadOnlySpan<char> span)
    {
        int i = 0;
        while (i < span.Length)
        {
            if (!char.IsLetter(span[i]))
            {
                i++;
                continue;
            }

            int s = i;
            while (i < span.Length && char.IsLetter(span[i])) i++;
            var lex = Lexicon.Find(span[s..i]);
            if (lex.Kind == LexKind.Weekday && !lex.Plural) return lex.Value;
        }

        return 0;
    }

    /// <summary>The first year, from the latest year the text mentions, whose <paramref name="month"/>/<paramref name="day"/> falls on the weekday.</summary>
    private static int YearForWeekday(ReadOnlySpan<char> text, int month, int day, int weekday)
    {
        int latest = 0;
        int i = 0;
        while (i < text.Length)
        {
            int k = text[i..].IndexOfAnyInRange('0', '9');
            if (k < 0) break;
            i += k;
            int s = i;
            while (i < text.Length && char.IsAsciiDigit(text[i])) i++;
            if (i - s == 4 && (s == 0 || !char.IsLetterOrDigit(text[s - 1])) && (i == text.Length || !char.IsLetterOrDigit(text[i])))
            {
                int y = int.Parse(text[s..i], CultureInfo.InvariantCulture);
                if (y is >= 1900 and <= 2099 && y > latest) latest = y;
            }
        }

        if (latest == 0) return 0;
        for (int y = latest; y <= latest + 11; y++)
        {
            if (day > DateTime.DaysInMonth(y, month)) continue;
            var d = new DateOnly(y, month, day);
            if (((int)d.DayOfWeek + 6) % 7 + 1 == weekday) return y;
        }

        return 0;
    }
}
