using ReportMining.Text;

namespace ReportMining.Percentages;

/// <summary>
/// Joins an abbreviation and its full stop into one word token before a sentence is read
/// ("Mrs.", "Sen.", "Co.", "Inc.", "Oct.", "U.S.", "W."), so a measure or a subject may run
/// through it ("Mrs. Penrose's donors", "Kelmar Co.'s quarterly profit", "the U.S. jobless
/// rate"). A stop that ends the sentence stays a token of its own.
/// </summary>
internal static class Abbreviations
{
    /// <summary>Titles before a name: joined only when a capitalised word follows.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Titles = Lookup(
    [
        "mr", "mrs", "ms", "dr", "sen", "sens", "rep", "reps", "gov", "govs", "gen", "lt", "col", "sgt", "capt", "cmdr", "adm", "prof",
        "rev", "hon", "pres", "supt", "det", "insp", "st", "mt", "ft", "messrs", "mme", "cllr",
    ]);

    /// <summary>Company endings, months and places: joined before anything but the end of the sentence.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Endings = Lookup(
    [
        "co", "corp", "inc", "ltd", "bros", "cos", "llc", "jr", "sr", "jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept",
        "oct", "nov", "dec", "calif", "fla", "wis", "mich", "mass", "ill", "tex", "ariz", "colo", "conn", "wash", "ky", "pa",
        "va", "ga", "tenn", "minn", "ore", "ala", "okla", "kan", "neb", "nev", "ind", "md", "mo", "la", "del", "vt", "wyo",
        "ark", "miss", "vs", "dept", "univ", "assn", "intl",
    ]);

    /// <summary>True for a title before a name, with or without its stop ("Mrs.", "Sen", "Dr.").</summary>
    public static bool IsTitle(ReadOnlySpan<char> word) => Titles.Contains(word.Length > 1 && word[^1] == '.' ? word[..^1] : word);

    /// <summary>
    /// Joins abbreviations in <paramref name="tokens"/> (a sentence's, over <paramref name="text"/>) in place;
    /// returns the new number of tokens.
    /// </summary>
    public static int Join(ReadOnlySpan<char> text, Span<Token> tokens)
    {
        int n = tokens.Length;
        int write = 0;
        for (int i = 0; i < n; i++)
        {
            var t = tokens[i];
            int last = Span(text, tokens, i, n);
            if (last > i)
            {
                // "Co.'s": a possessive after the stop belongs to the word
                if (last + 2 < n && IsApostrophe(text, tokens[last + 1]) && tokens[last].End == tokens[last + 1].Start
                    && tokens[last + 2].Kind == TokenKind.Word && tokens[last + 1].End == tokens[last + 2].Start && tokens[last + 2].Length == 1
                    && (text[tokens[last + 2].Start] | 0x20) == 's')
                {
                    last += 2;
                }

                tokens[write++] = new Token(t.Start, tokens[last].End - t.Start, TokenKind.Word);
                i = last;
                continue;
            }

            tokens[write++] = t;
        }

        return write;
    }

    /// <summary>The last token of an abbreviation starting at <paramref name="i"/>, or <paramref name="i"/> when there is none.</summary>
    private static int Span(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i, int n)
    {
        var t = tokens[i];
        if (t.Kind != TokenKind.Word || i + 2 >= n || !IsStop(text, tokens[i + 1]) || t.End != tokens[i + 1].Start) return i;
        var word = text.Slice(t.Start, t.Length);
        if (!char.IsUpper(word[0])) return i;

        // "U.S.", "N.Y.", "W.": single capitals each with a stop
        if (word.Length == 1)
        {
            int k = i;
            while (k + 3 < n && tokens[k + 2].Kind == TokenKind.Word && tokens[k + 2].Length == 1 && char.IsUpper(text[tokens[k + 2].Start])
                && tokens[k + 1].End == tokens[k + 2].Start && IsStop(text, tokens[k + 3]) && tokens[k + 2].End == tokens[k + 3].Start)
            {
                k += 2;
            }

            // the stop that ends the sentence stays: "... in the U.S." keeps its last "."
            if (k + 1 == n - 1) return k > i ? k : i;
            if (k > i) return k + 1;

            // a middle initial: "George W. Bush"
            return IsCapitalisedWord(text, tokens[i + 2]) ? i + 1 : i;
        }

        if (i + 1 == n - 1) return i;
        if (Titles.Contains(word)) return IsCapitalisedWord(text, tokens[i + 2]) ? i + 1 : i;
        if (Endings.Contains(word)) return i + 1;
        return i;
    }

    private static HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup(string[] words) =>
        new HashSet<string>(words, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool IsStop(ReadOnlySpan<char> text, Token t) => t.Kind == TokenKind.Punctuation && text[t.Start] == '.';

    private static bool IsApostrophe(ReadOnlySpan<char> text, Token t) => t.Kind == TokenKind.Punctuation && text[t.Start] is '\'' or '’';

    private static bool IsCapitalisedWord(ReadOnlySpan<char> text, Token t) => t.Kind == TokenKind.Word && char.IsUpper(text[t.Start]);
}
