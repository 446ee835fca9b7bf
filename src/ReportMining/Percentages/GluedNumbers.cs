using ReportMining.Text;

namespace ReportMining.Percentages;

/// <summary>
/// Splits a word that a PDF conversion glued to the number after it ("is19.4%", "was19%", "at14.25%") into the word and
/// the number, so the percentage's words read as written with the space. Only before a percent sign: "Covid19", "M25"
/// and "S47" stay whole.
/// </summary>
internal static class GluedNumbers
{
    /// <summary>Splits the glued words among the first <paramref name="count"/> tokens in place; returns the new count.</summary>
    /// <remarks>A split needs one free slot after the tokens; when <paramref name="tokens"/> is full the word stays whole.</remarks>
    public static int Split(ReadOnlySpan<char> text, Span<Token> tokens, int count)
    {
        for (int i = 0; i < count - 1 && count < tokens.Length; i++)
        {
            var t = tokens[i];
            if (t.Kind != TokenKind.Word || t.Length < 3) continue;
            var word = text.Slice(t.Start, t.Length);
            int d = word.Length;
            while (d > 0 && char.IsAsciiDigit(word[d - 1])) d--;
            if (d == word.Length || d < 2 || word.Length - d > 6 || word[..d].IndexOfAnyExceptInRange('a', 'z') >= 0) continue;

            // the number runs on through glued decimals ("19" "." "4") to a glued percent sign
            int end = t.End;
            int next = i + 1;
            if (next + 1 < count && IsChar(text, tokens[next], '.') && tokens[next].Start == end && tokens[next + 1].Kind == TokenKind.Number
                && tokens[next + 1].Start == end + 1 && text.Slice(tokens[next + 1].Start, tokens[next + 1].Length).IndexOfAnyExceptInRange('0', '9') < 0)
            {
                end = tokens[next + 1].End;
                next += 2;
            }

            if (next >= count || tokens[next].Start != end || !(IsChar(text, tokens[next], '%') || IsChar(text, tokens[next], '％'))) continue;

            // word, number, then the tokens from the percent sign on, one place further right when the decimals were not merged
            int removed = next - (i + 1);
            int shift = 1 - removed;
            if (shift != 0) tokens[next..count].CopyTo(tokens[(next + shift)..]);

            count += shift;
            tokens[i] = new Token(t.Start, d, TokenKind.Word);
            tokens[i + 1] = new Token(t.Start + d, end - (t.Start + d), TokenKind.Number);
            i++;
        }

        return count;
    }

    private static bool IsChar(ReadOnlySpan<char> text, Token token, char c) => token.Length == 1 && text[token.Start] == c;
}
