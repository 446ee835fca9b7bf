using System.Buffers;

namespace ReportMining.Inspections;

/// <summary>One English local authority: Ofsted's urn, the three-digit LA code and its name.</summary>
internal sealed record LocalAuthority(string Urn, string Code, string Name);

/// <summary>Where a local authority is named in a text.</summary>
internal readonly record struct AuthorityMention(LocalAuthority Authority, int Start, int End);

/// <summary>
/// The local authorities of the reference table and a finder for their names in text. A name
/// matches with any run of white space (line breaks included) between its words, "&amp;" for
/// "and", and any letter case after the first word; it must stand as a whole word. The longest
/// name wins at a position ("North Somerset" over "Somerset", "Bournemouth, Christchurch and
/// Poole" over "Poole"). Finding is a vectorised search for the first words, then a local check.
/// </summary>
internal static partial class LocalAuthorities
{
    private static readonly LocalAuthority[] All;
    private static readonly Dictionary<string, List<(string[] Words, LocalAuthority Authority)>> ByFirstWord;
    private static readonly SearchValues<string> FirstWords;
    private static readonly Dictionary<string, LocalAuthority> ByUrnMap;

    // names that are also ordinary words: only taken when they clearly name a place
    private static readonly HashSet<string> CommonWords = new(StringComparer.Ordinal) { "Reading", "Bury", "Hull", "Stoke", "Halton", "Scilly", "Sutton", "Brent", "Poole" };

    static LocalAuthorities()
    {
        All = new LocalAuthority[Table.Length];
        ByFirstWord = new Dictionary<string, List<(string[], LocalAuthority)>>(StringComparer.Ordinal);
        ByUrnMap = new Dictionary<string, LocalAuthority>(StringComparer.Ordinal);
        for (int i = 0; i < Table.Length; i++)
        {
            var (urn, code, name, aliases) = Table[i];
            var la = new LocalAuthority(urn, code, name);
            All[i] = la;
            ByUrnMap[urn] = la;
            Add(name, la);
            foreach (var alias in aliases) Add(alias, la);
        }

        foreach (var list in ByFirstWord.Values)
        {
            list.Sort((a, b) => a.Words.Length != b.Words.Length ? b.Words.Length.CompareTo(a.Words.Length) : string.Join(' ', b.Words).Length.CompareTo(string.Join(' ', a.Words).Length));
        }
        FirstWords = SearchValues.Create([.. ByFirstWord.Keys], StringComparison.Ordinal);
    }

    private static void Add(string name, LocalAuthority la)
    {
        var words = name.Replace(",", " ", StringComparison.Ordinal).Replace("&", "and", StringComparison.Ordinal)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (!ByFirstWord.TryGetValue(words[0], out var list)) ByFirstWord[words[0]] = list = [];
        list.Add((words, la));
    }

    /// <summary>Every authority of the table.</summary>
    public static IReadOnlyList<LocalAuthority> Authorities => All;

    /// <summary>The authority with Ofsted urn <paramref name="urn"/>, or null.</summary>
    public static LocalAuthority? ByUrn(string urn) => ByUrnMap.GetValueOrDefault(urn);

    /// <summary>The first authority named in <paramref name="text"/> (longest name at the earliest place), or null.</summary>
    public static AuthorityMention? FindFirst(ReadOnlySpan<char> text, int offset = 0)
    {
        int pos = 0;
        while (pos < text.Length)
        {
            int hit = text[pos..].IndexOfAny(FirstWords);
            if (hit < 0) return null;
            int at = pos + hit;
            if (TryMatchAt(text, at, out var la, out int end)) return new AuthorityMention(la, offset + at, offset + end);
            pos = at + 1;
        }

        return null;
    }

    /// <summary>Adds every authority named in <paramref name="text"/> to <paramref name="into"/>, in order.</summary>
    public static void FindAll(ReadOnlySpan<char> text, int offset, List<AuthorityMention> into)
    {
        int pos = 0;
        while (pos < text.Length)
        {
            int hit = text[pos..].IndexOfAny(FirstWords);
            if (hit < 0) return;
            int at = pos + hit;
            if (TryMatchAt(text, at, out var la, out int end))
            {
                into.Add(new AuthorityMention(la, offset + at, offset + end));
                pos = end;
            }
            else
            {
                pos = at + 1;
            }
        }
    }

    /// <summary>Matches the longest authority name starting at <paramref name="at"/>.</summary>
    public static bool TryMatchAt(ReadOnlySpan<char> text, int at, out LocalAuthority authority, out int end)
    {
        authority = null!;
        end = -1;
        if (at > 0 && (char.IsLetterOrDigit(text[at - 1]) || text[at - 1] == '\u00AD')) return false;
        int w = at;
        while (w < text.Length && (char.IsLetter(text[w]) || text[w] is '.' or '-' or '‑')) w++;
        var lookup = ByFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
        var firstWord = text[at..w];
        if (!lookup.TryGetValue(firstWord, out var candidates))
        {
            // the first word followed by a stop or a hyphenated continuation: "Stoke-on-Trent", "St."
            int cut = firstWord.IndexOfAny('.', '-', '‑');
            if (cut <= 0 || !lookup.TryGetValue(firstWord[..cut], out candidates))
            {
                if (cut <= 0 || !lookup.TryGetValue(firstWord[..(cut + 1)], out candidates)) return false;
            }
        }

        foreach (var (words, la) in candidates)
        {
            int e = MatchName(text, at, words);
            if (e < 0) continue;
            if (words.Length == 1 && CommonWords.Contains(words[0]) && !LooksLikePlace(text, at, e)) continue;
            if (words.Length == 1 && words[0] == "York" && PrecededBy(text, at, "New")) continue;
            authority = la;
            end = e;
            return true;
        }

        return false;
    }

    /// <summary>Matches the words of a name at <paramref name="at"/>; returns the end or -1.</summary>
    private static int MatchName(ReadOnlySpan<char> text, int at, string[] words)
    {
        int i = at;
        int end = -1;
        for (int k = 0; k < words.Length; k++)
        {
            if (k > 0)
            {
                // white space (with line breaks) and an optional comma between words
                int g = i;
                if (g < text.Length && text[g] == ',') g++;
                int gapStart = g;
                while (g < text.Length && IsGap(text[g])) g++;
                if (g == gapStart) return -1;
                i = g;
            }

            int s = i;
            while (i < text.Length && (char.IsLetter(text[i]) || text[i] is '.' or '-' or '‑' or '&' or '\'' or '’')) i++;
            var word = text[s..i];
            var key = words[k];
            if (word.Equals(key, StringComparison.OrdinalIgnoreCase) || (key == "and" && word.SequenceEqual("&")))
            {
                end = i;
            }
            else if (word.Length == key.Length + 1 && word[^1] == '.' && word[..^1].Equals(key, StringComparison.OrdinalIgnoreCase))
            {
                end = i - 1; // a full stop after the name
                if (k < words.Length - 1) return -1;
            }
            else if (word.Length > key.Length && word[key.Length] is '\'' or '’' && word[..key.Length].Equals(key, StringComparison.OrdinalIgnoreCase) && k == words.Length - 1)
            {
                end = s + key.Length; // "Croydon's"
            }
            else
            {
                return -1;
            }
        }

        return end;
    }

    private static bool IsGap(char c) => c is ' ' or '\n' or '\r' or '\t' or '\f' or '\u00A0';

    private static bool PrecededBy(ReadOnlySpan<char> text, int at, string word)
    {
        int i = at - 1;
        while (i >= 0 && IsGap(text[i])) i--;
        int e = i + 1;
        while (i >= 0 && char.IsLetter(text[i])) i--;
        return text[(i + 1)..e].Equals(word, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>For names that are also ordinary words: in a place position ("in Reading", "Reading Borough Council", "Reading's").</summary>
    private static bool LooksLikePlace(ReadOnlySpan<char> text, int start, int end)
    {
        if (end < text.Length && text[end] is '\'' or '’') return true;
        int i = end;
        var next = Ratings.GradePhrase.ReadWord(text, ref i);
        if (next.Length > 0 && (next.SequenceEqual("Council") || next.SequenceEqual("Borough") || next.SequenceEqual("City")
            || next.SequenceEqual("Metropolitan") || next.SequenceEqual("local") || next.SequenceEqual("children’s") || next.SequenceEqual("children's")))
        {
            return true;
        }

        return PrecededBy(text, start, "in") || PrecededBy(text, start, "of") || PrecededBy(text, start, "for") || PrecededBy(text, start, "at");
    }
}
