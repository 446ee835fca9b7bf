using System.Runtime.CompilerServices;

namespace ReportMining.Text;

/// <summary>
/// Splits text into words, numbers and punctuation without allocating. Inner apostrophes
/// (straight or curly) and hyphens stay inside words ("children’s", "multi-agency"); decimal
/// points and thousands separators stay inside numbers ("4.5", "60,000"); soft hyphens
/// (U+00AD, which the normaliser puts where a word was broken over a line end) are read as
/// part of the word and are skipped by consumers that compare word text.
/// </summary>
/// <example>
/// <code>
/// foreach (var token in Tokenizer.Tokenize(sentenceText)) { ... }
/// </code>
/// </example>
public static class Tokenizer
{
    /// <summary>Enumerates the tokens of <paramref name="text"/>; token offsets are added to <paramref name="offset"/>.</summary>
    public static TokenEnumerator Tokenize(ReadOnlySpan<char> text, int offset = 0) => new(text, offset);

    /// <summary>True for characters that may join two parts of a word.</summary>
    internal static bool IsWordJoiner(char c) => c is '\'' or '’' or '-' or '‑' or '\u00AD';

    /// <summary>A ref-struct enumerator over tokens; use with <c>foreach</c>.</summary>
    public ref struct TokenEnumerator
    {
        private readonly ReadOnlySpan<char> _text;
        private readonly int _offset;
        private int _pos;

        internal TokenEnumerator(ReadOnlySpan<char> text, int offset)
        {
            _text = text;
            _offset = offset;
            _pos = 0;
            Current = default;
        }

        /// <summary>The current token.</summary>
        public Token Current { get; private set; }

        /// <summary>Returns this enumerator (for <c>foreach</c>).</summary>
        public readonly TokenEnumerator GetEnumerator() => this;

        /// <summary>Moves to the next token.</summary>
        // Compiled by the JIT, fully optimised, at its first call rather than taken from the ReadyToRun
        // image. ReadyToRun code cannot inline framework methods or assume AVX2, and the runtime did
        // not re-compile any hot method at tier 1 in a corpus run pinned to one core (the JIT's
        // summary, DOTNET_JitDisasmSummary: no tier-1 methods pinned, 87 on two cores). The same for
        // ReportLexicon.Lookup. (TextFeaturizer.Featurize was tried too: no gain on the corpus, and
        // 10 ms more JIT at start-up.)
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public bool MoveNext()
        {
            var text = _text;
            int i = _pos;
            while (i < text.Length && (text[i] == ' ' || char.IsWhiteSpace(text[i]) || char.IsControl(text[i])))
            {
                i++;
            }

            if (i >= text.Length)
            {
                _pos = i;
                return false;
            }

            int start = i;
            char c = text[i];
            TokenKind kind;
            if (char.IsLetter(c))
            {
                kind = TokenKind.Word;
                i++;
                while (i < text.Length)
                {
                    char d = text[i];
                    if (char.IsAsciiLetterOrDigit(d))
                    {
                        i++;
                    }
                    else if (d >= 128 && (char.IsLetterOrDigit(d) || System.Globalization.CharUnicodeInfo.GetUnicodeCategory(d) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark))
                    {
                        i++;
                    }
                    else if (IsWordJoiner(d) && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))
                    {
                        i += 2;
                    }
                    else if (d == '\u00AD')
                    {
                        // soft hyphen, possibly followed by a second one where a line break was
                        int j = i;
                        while (j < text.Length && text[j] == '\u00AD') j++;
                        if (j < text.Length && char.IsLetter(text[j])) i = j; else break;
                    }
                    else
                    {
                        break;
                    }
                }
            }
            else if (char.IsDigit(c))
            {
                kind = TokenKind.Number;
                i++;
                while (i < text.Length)
                {
                    char d = text[i];
                    if (char.IsDigit(d))
                    {
                        i++;
                    }
                    else if ((d == '.' || d == ',') && i + 1 < text.Length && char.IsDigit(text[i + 1]))
                    {
                        i += 2;
                    }
                    else
                    {
                        break;
                    }
                }
            }
            else
            {
                kind = TokenKind.Punctuation;
                i += char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
            }

            _pos = i;
            Current = new Token(_offset + start, i - start, kind);
            return true;
        }
    }
}
