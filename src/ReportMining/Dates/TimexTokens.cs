using System.Runtime.CompilerServices;

namespace ReportMining.Dates;

/// <summary>What a token of a date window is made of.</summary>
internal enum TokKind : byte
{
    Word,
    Number,
    Punct,
}

/// <summary>A token of the small window of text around a date trigger.</summary>
internal struct DTok
{
    /// <summary>Start in the text.</summary>
    public int Start;

    /// <summary>End (exclusive) in the text.</summary>
    public int End;

    public TokKind Kind;

    /// <summary>The lexicon entry of a word (default when unknown).</summary>
    public Lex Lex;

    /// <summary>The value of a number token (digits only; saturates at int.MaxValue / 10).</summary>
    public int Num;

    /// <summary>Number of characters of a number token (leading zeros count).</summary>
    public int Digits;

    /// <summary>The punctuation character, dashes read as '-'.</summary>
    public char Ch;

    /// <summary>True when whitespace comes before the token.</summary>
    public bool Space;

    /// <summary>True when a word starts with a capital letter.</summary>
    public bool Upper;

    /// <summary>True when a word is in capitals (all letters upper case, at least two).</summary>
    public bool AllUpper;

    public readonly int Length => End - Start;

    public readonly bool IsWord => Kind == TokKind.Word;

    public readonly bool IsNumber => Kind == TokKind.Number;

    public readonly bool IsPunct => Kind == TokKind.Punct;

    public readonly Kw Kw => Lex.Keyword;
}

/// <summary>Splits a window of the normalised text into <see cref="DTok"/>s without allocating.</summary>
internal static class TimexTokenizer
{
    /// <summary>True for the dashes read as '-' (hyphen, en and em dashes, minus, figure dash).</summary>
    public static bool IsDash(char c) => c is '-' or '–' or '—' or '‐' or '‑' or '‒' or '−' or '―';

    /// <summary>
    /// Tokenises <paramref name="text"/>[<paramref name="from"/>..<paramref name="to"/>) into
    /// <paramref name="tokens"/>; returns how many were written (at most the span's length).
    /// Stops at a block break ('\n').
    /// </summary>
    public static int Tokenize(ReadOnlySpan<char> text, int from, int to, Span<DTok> tokens)
    {
        int count = 0;
        int i = from;
        bool space = from == 0 || !char.IsLetterOrDigit(text[from - 1]);
        Span<char> scratch = stackalloc char[32];
        while (i < to && count < tokens.Length)
        {
            char c = text[i];
            if (c == '\n') break;
            if (c == ' ' || c == '\u00A0' || c == '\t' || c == '\r' || char.IsWhiteSpace(c))
            {
                space = true;
                i++;
                continue;
            }

            ref DTok t = ref tokens[count];
            t = default;
            t.Start = i;
            t.Space = space;
            space = false;
            if (IsAsciiLetterOrLetter(c))
            {
                int j = i + 1;
                bool soft = false;
                bool allUpper = char.IsUpper(c);
                while (j < to)
                {
                    char d = text[j];
                    if (IsAsciiLetterOrLetter(d))
                    {
                        if (!char.IsUpper(d)) allUpper = false;
                        j++;
                    }
                    else if (d == '\u00AD' && j + 1 < to && (text[j + 1] == '\u00AD' || IsAsciiLetterOrLetter(text[j + 1])))
                    {
                        soft = true;
                        j++;
                    }
                    else
                    {
                        break;
                    }
                }

                t.End = j;
                t.Kind = TokKind.Word;
                t.Upper = char.IsUpper(c);
                t.AllUpper = allUpper && j - i > 1;
                var word = text[i..j];
                if (soft)
                {
                    int n = 0;
                    foreach (char w in word)
                    {
                        if (w == '\u00AD') continue;
                        if (n == scratch.Length) { n = -1; break; }
                        scratch[n++] = w;
                    }

                    t.Lex = n > 0 ? Lexicon.Find(scratch[..n]) : default;
                }
                else if (word.Length <= 16)
                {
                    t.Lex = Lexicon.Find(word);
                }

                // "o'clock"
                if (t.Lex.Kind == LexKind.None && word.Length == 1 && (c == 'o' || c == 'O') && j + 6 <= to
                    && (text[j] == '\'' || text[j] == '’') && text.Slice(j + 1, 5).Equals("clock", StringComparison.OrdinalIgnoreCase)
                    && (j + 6 == to || !char.IsLetter(text[j + 6])))
                {
                    t.End = j + 6;
                    t.Lex = new Lex(LexKind.Keyword, (int)Kw.Oclock);
                }

                i = t.End;
            }
            else if (c >= '0' && c <= '9')
            {
                int j = i;
                long v = 0;
                while (j < to && text[j] >= '0' && text[j] <= '9')
                {
                    if (v < int.MaxValue / 10) v = v * 10 + (text[j] - '0');
                    j++;
                }

                t.End = j;
                t.Kind = TokKind.Number;
                t.Num = (int)Math.Min(v, int.MaxValue / 10);
                t.Digits = j - i;
                i = j;
            }
            else
            {
                t.End = i + 1;
                if (char.IsHighSurrogate(c) && i + 1 < to && char.IsLowSurrogate(text[i + 1])) t.End = i + 2;
                t.Kind = TokKind.Punct;
                t.Ch = IsDash(c) ? '-' : c == '’' || c == '‘' ? '\'' : c;
                i = t.End;
            }

            count++;
        }

        return count;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsAsciiLetterOrLetter(char c) => char.IsAsciiLetter(c) || (c > '\u007F' && char.IsLetter(c));
}

/// <summary>
/// The words of one sentence read from a text position outwards (backwards or forwards), without
/// allocating: letters and digits make a word; a sentence end (". " "; " "!" "?"), a line break
/// or a quotation mark ends the walk.
/// </summary>
internal ref struct ClauseWords
{
    private readonly ReadOnlySpan<char> _text;
    private readonly bool _backward;
    private int _pos;
    private int _start, _end, _prevStart, _prevEnd;

    public ClauseWords(ReadOnlySpan<char> text, int position, bool backward)
    {
        _text = text;
        _pos = position;
        _backward = backward;
        _prevStart = _prevEnd = 0;
    }

    /// <summary>The current word.</summary>
    public readonly ReadOnlySpan<char> Current => _text[_start.._end];

    /// <summary>The word on the far side of the current one (the one before it when reading backwards), read ahead.</summary>
    public readonly ReadOnlySpan<char> Previous => _text[_prevStart.._prevEnd];

    /// <summary>Moves to the next word; false at the end of the sentence.</summary>
    public bool Move()
    {
        if (_backward)
        {
            if (!Back(ref _pos, out _start, out _end)) return false;
            int p = _pos;
            if (!Back(ref p, out _prevStart, out _prevEnd)) _prevStart = _prevEnd = 0;
            return true;
        }

        if (!Forward(ref _pos, out _start, out _end)) return false;
        int q = _pos;
        if (!Forward(ref q, out _prevStart, out _prevEnd)) _prevStart = _prevEnd = 0;
        return true;
    }

    private readonly bool Back(ref int pos, out int start, out int end)
    {
        start = end = 0;
        int i = pos - 1;
        while (i >= 0 && !IsWordChar(_text[i]))
        {
            if (Stops(i)) return false;
            i--;
        }

        if (i < 0) return false;
        end = i + 1;
        while (i >= 0 && (IsWordChar(_text[i]) || Joiner(i))) i--;
        start = i + 1;
        pos = start;
        return true;
    }

    private readonly bool Forward(ref int pos, out int start, out int end)
    {
        start = end = 0;
        int i = pos;
        while (i < _text.Length && !IsWordChar(_text[i]))
        {
            if (Stops(i)) return false;
            i++;
        }

        if (i >= _text.Length) return false;
        start = i;
        while (i < _text.Length && (IsWordChar(_text[i]) || Joiner(i))) i++;
        end = i;
        pos = end;
        return true;
    }

    private readonly bool Stops(int i)
    {
        char c = _text[i];
        if (c is ';' or '!' or '?' or '"' or '“' or '”' or '`' or '\n') return true;
        if (c == '\'' && (i + 1 < _text.Length && _text[i + 1] == '\'' || i > 0 && _text[i - 1] == '\'')) return true; // '' closing a quotation
        return c == '.' && (i + 1 >= _text.Length || char.IsWhiteSpace(_text[i + 1]));
    }

    /// <summary>A hyphen inside a word ("lower-than-expected" is one word).</summary>
    private readonly bool Joiner(int i) => _text[i] == '-' && i > 0 && i + 1 < _text.Length && char.IsLetter(_text[i - 1]) && char.IsLetter(_text[i + 1]);

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '\u00AD';
}
