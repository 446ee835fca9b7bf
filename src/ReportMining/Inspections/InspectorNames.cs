using System.Text;

namespace ReportMining.Inspections;

/// <summary>Reads inspectors' names from a "Lead inspector(s):" value or a visit letter's "inspectors were ..." sentence.</summary>
internal static class InspectorNames
{
    private static readonly string[] Titles =
    [
        "His Majesty’s Inspectors", "Her Majesty’s Inspectors", "His Majesty's Inspectors", "Her Majesty's Inspectors",
        "His Majesty’s Inspector", "Her Majesty’s Inspector", "His Majesty's Inspector", "Her Majesty's Inspector",
        "Social Care Regulatory Inspector", "Ofsted Inspector", "HMI",
    ];

    private static readonly string[] StopWords = ["Judgement", "Team", "Deputy", "Grade", "Inspection", "Report", "Age", "Published"];

    /// <summary>
    /// Reads the names in a "Lead inspector:" value: the first non-blank line, and the next line
    /// when the first ends with a comma or "and" (two leads). Titles are dropped.
    /// </summary>
    public static void Read(ReadOnlySpan<char> value, List<string> into)
    {
        var sb = new StringBuilder();
        int i = 0;
        // skip blank lines before the value
        while (i < value.Length && char.IsWhiteSpace(value[i])) i++;
        for (int lines = 0; lines < 3 && i < value.Length; lines++)
        {
            int eol = value[i..].IndexOf('\n');
            var line = (eol < 0 ? value[i..] : value.Slice(i, eol)).Trim();
            i = eol < 0 ? value.Length : i + eol + 1;
            if (line.IsEmpty) break;
            if (lines > 0 && StartsWithStopWord(line)) break;
            if (sb.Length > 0) sb.Append(' ');
            sb.Append(line);
            bool continues = line.EndsWith(',') || line.EndsWith(" and", StringComparison.Ordinal) || line.EndsWith('&');
            if (!continues)
            {
                // the next line may start with "and" (a second lead)
                int j = i;
                while (j < value.Length && value[j] is ' ' or '\t') j++;
                if (!value[j..].StartsWith("and ", StringComparison.Ordinal)) break;
            }
        }

        Split(sb.ToString(), into);
    }

    /// <summary>In a visit letter: "inspectors (for this visit) were A and B", "lead inspector was A".</summary>
    public static void ReadFromLetter(ReadOnlySpan<char> head, List<string> into)
    {
        ReadOnlySpan<string> cues = ["inspectors for this visit were", "inspectors were", "lead inspector was", "visit was led by", "this visit were"];
        foreach (var cue in cues)
        {
            int k = head.IndexOf(cue, StringComparison.OrdinalIgnoreCase);
            if (k < 0) continue;
            var rest = head[(k + cue.Length)..];
            int stop = rest.IndexOfAny('.', '\n');
            if (stop < 0) stop = Math.Min(rest.Length, 200);
            var value = rest[..stop].ToString().Replace('\n', ' ');
            Split(value, into);
            if (into.Count > 0) return;
        }
    }

    private static bool StartsWithStopWord(ReadOnlySpan<char> line)
    {
        foreach (var w in StopWords)
        {
            if (line.StartsWith(w, StringComparison.Ordinal)) return true;
        }

        return false;
    }

    private static void Split(string value, List<string> into)
    {
        foreach (var t in Titles) value = value.Replace(t, ",", StringComparison.Ordinal);
        value = value.Replace(" and ", ",", StringComparison.Ordinal).Replace("&", ",", StringComparison.Ordinal).Replace(';', ',');
        foreach (var raw in value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var name = CleanName(raw);
            if (name is not null && !into.Contains(name)) into.Add(name);
        }
    }

    private static string? CleanName(string raw)
    {
        var words = raw.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        int n = 0;
        var kept = new List<string>(words.Length);
        foreach (var w in words)
        {
            if (w.Equals("and", StringComparison.Ordinal)) continue;
            if (StartsWithStopWord(w)) break;
            if (!char.IsUpper(w[0])) return null;
            foreach (char c in w)
            {
                if (!(char.IsLetter(c) || c is '-' or '\'' or '’' or '.')) return null;
            }

            kept.Add(w);
            n++;
        }

        return n is >= 2 and <= 5 ? string.Join(' ', kept) : null;
    }
}
