using ReportMining.Text;

namespace ReportMining.Percentages;

/// <summary>
/// The tokens of one sentence over the document's normalised text, with the small word tests
/// the percentage readers need. Out-of-range indices read as "no token" (never throw).
/// </summary>
internal readonly ref struct Words
{
    /// <summary>A kind no token has, returned for indices outside the sentence.</summary>
    public const TokenKind None = (TokenKind)(-1);

    /// <summary>Marks a cached class mask as computed.</summary>
    private const ulong Computed = 1ul << 63;

    private readonly ReadOnlySpan<char> _text;
    private readonly ReadOnlySpan<Token> _tokens;
    private readonly Span<ulong> _classes;

    /// <param name="text">The document's normalised text.</param>
    /// <param name="tokens">The sentence's tokens (offsets into <paramref name="text"/>).</param>
    /// <param name="classes">A cache of class masks, one per token, all zero (filled as words are asked about).</param>
    public Words(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Span<ulong> classes)
    {
        _text = text;
        _tokens = tokens;
        _classes = classes;
    }

    /// <summary>The class mask of token <paramref name="i"/> (zero for punctuation, numbers and unlisted words).</summary>
    public ulong Classes(int i)
    {
        if ((uint)i >= (uint)_tokens.Length) return 0;
        ulong c = _classes[i];
        if ((c & Computed) != 0) return c;
        var t = _tokens[i];
        c = t.Kind == TokenKind.Word ? PercentLexicon.ClassesOf(_text.Slice(t.Start, t.Length)) : 0;
        _classes[i] = c | Computed;
        return c;
    }

    public int Count => _tokens.Length;

    /// <summary>The text the tokens' offsets point into.</summary>
    public ReadOnlySpan<char> Source => _text;

    public Token this[int i] => _tokens[i];

    public TokenKind Kind(int i) => (uint)i < (uint)_tokens.Length ? _tokens[i].Kind : None;

    public ReadOnlySpan<char> Text(int i) => (uint)i < (uint)_tokens.Length ? _text.Slice(_tokens[i].Start, _tokens[i].Length) : default;

    public char Char(int i) => (uint)i < (uint)_tokens.Length ? _text[_tokens[i].Start] : '\0';

    public int Start(int i) => _tokens[i].Start;

    public int End(int i) => _tokens[i].End;

    /// <summary>The first non-space character after token <paramref name="i"/> in the text, or '\0'.</summary>
    public char CharAfter(int i)
    {
        if ((uint)i >= (uint)_tokens.Length) return '\0';
        for (int k = _tokens[i].End; k < _text.Length; k++)
        {
            if (!char.IsWhiteSpace(_text[k])) return _text[k];
        }

        return '\0';
    }

    public bool IsPunct(int i, char c) => Kind(i) == TokenKind.Punctuation && _text[_tokens[i].Start] == c;

    /// <summary>True when token <paramref name="i"/> is the word <paramref name="word"/> (ASCII lower case), any case, soft hyphens ignored.</summary>
    public bool Is(int i, string word)
    {
        if ((uint)i >= (uint)_tokens.Length) return false;
        var t = _tokens[i];
        if (t.Kind != TokenKind.Word) return false;
        var s = _text.Slice(t.Start, t.Length);
        if (s.Length == word.Length) return Same(s, word);
        if (s.Length < word.Length || s.IndexOf('\u00AD') < 0) return false;
        int k = 0;
        foreach (char c in s)
        {
            if (c == '\u00AD') continue;
            if (k >= word.Length || !SameChar(c, word[k])) return false;
            k++;
        }

        return k == word.Length;
    }

    private static bool Same(ReadOnlySpan<char> s, string word)
    {
        for (int k = 0; k < s.Length; k++)
        {
            if (!SameChar(s[k], word[k])) return false;
        }

        return true;
    }

    private static bool SameChar(char c, char w) => c == w || (c | 0x20) == w && c is >= 'A' and <= 'Z' || c == '’' && w == '\'';

    /// <summary>True when token <paramref name="i"/> is a word in <paramref name="set"/>.</summary>
    public bool In(int i, WordSet set) => (Classes(i) & set.Bit) != 0;

    public bool IsDeterminerAt(int i) => (Classes(i) & PercentLexicon.Determiners.Bit) != 0;

    /// <summary>True when token <paramref name="b"/> starts where token <paramref name="a"/> ends.</summary>
    public bool Glued(int a, int b) => (uint)a < (uint)_tokens.Length && (uint)b < (uint)_tokens.Length && _tokens[a].End == _tokens[b].Start;

    /// <summary>Characters between the end of <paramref name="a"/> and the start of <paramref name="b"/>.</summary>
    public int Gap(int a, int b) => _tokens[b].Start - _tokens[a].End;

    /// <summary>True when token <paramref name="i"/> is a word glued to the token before it.</summary>
    public bool IsWordAt(int i, bool glued) => Kind(i) == TokenKind.Word && (!glued || Glued(i - 1, i));

    /// <summary>A four-digit number from 1800 to 2100 without separators: a year, not a count.</summary>
    public bool IsYearLike(int i)
    {
        if (Kind(i) != TokenKind.Number) return false;
        var s = Text(i);
        if (s.Length != 4) return false;
        int y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
        return y is >= 1800 and <= 2100;
    }

    /// <summary>True for a word ending in <paramref name="suffix"/> (ASCII, lower case) and longer than it by at least 2.</summary>
    public bool EndsWith(int i, string suffix)
    {
        if (Kind(i) != TokenKind.Word) return false;
        var s = Text(i);
        if (s.Length < suffix.Length + 2) return false;
        return s[^suffix.Length..].Equals(suffix, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>True when the word ends in "-ly" and is not one of the nouns that do ("family", "July", "supply").</summary>
    public bool IsLyAdverb(int i) => EndsWith(i, "ly") && !In(i, PercentLexicon.LyNouns);

    /// <summary>True when the word begins with a capital letter.</summary>
    public bool IsCapitalised(int i) => Kind(i) == TokenKind.Word && char.IsUpper(_text[_tokens[i].Start]);
}
