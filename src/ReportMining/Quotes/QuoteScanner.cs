using System.Buffers;
using ReportMining.Text;

namespace ReportMining.Quotes;

/// <summary>A span between quote marks found by <see cref="QuoteScanner"/>, before it is judged a quotation.</summary>
internal sealed class RawQuote
{
    /// <summary>Index of the opening mark, or -1 when the quote was never opened.</summary>
    public int OpenMark { get; init; }

    /// <summary>Index of the closing mark, or -1 when the quote runs to its paragraph's end unclosed.</summary>
    public int CloseMark { get; set; }

    /// <summary>First quoted character (after the mark and any white space).</summary>
    public int Start { get; init; }

    /// <summary>One past the last quoted character (before the mark, white space trimmed).</summary>
    public int End { get; set; }

    /// <summary>True for double marks (“ ” "), false for single marks (‘ ’ ').</summary>
    public bool Double { get; init; }

    /// <summary>Paragraph of the opening mark.</summary>
    public int FirstParagraph { get; init; }

    /// <summary>Paragraph of the closing mark (or the last paragraph when unclosed).</summary>
    public int LastParagraph { get; set; }

    /// <summary>Parts per paragraph when the quote runs over several paragraphs; null otherwise.</summary>
    public List<QuoteSegment>? Segments { get; set; }

    public bool Closed => CloseMark >= 0;

    /// <summary>True when an opening or closing mark was typed as two characters ('' or ``).</summary>
    public bool Doubled { get; set; }
}

/// <summary>
/// Finds the spans between quote marks in one pass over the normalised text: straight and curly
/// double quotes, single quotes (told apart from apostrophes: "children’s", "councils’"),
/// nesting (a single-quoted phrase inside a double-quoted one), marks typed the wrong way round
/// (a closing mark used to open a quote, read from the characters either side of it), and the
/// convention of news writing for a quotation spread across paragraphs (each paragraph reopens the quote,
/// only the last closes), which gives one quote with a part per paragraph. Only the outermost
/// quotes are returned; marks inside them belong to the quoted words.
/// </summary>
/// <remarks>
/// The scan jumps from mark to mark with <see cref="SearchValues{T}"/>; every mark costs a constant
/// amount of work (the stack of open marks is bounded), so any input, including a million quote
/// marks, is read in linear time.
/// </remarks>
internal static class QuoteScanner
{
    private const int MaxDepth = 8;

    private static readonly SearchValues<char> Marks = SearchValues.Create("\"“”„‟«»'‘’‚‛`");

    private enum Role
    {
        Ignore,
        Open,
        Close,
    }

    private struct OpenEntry
    {
        public int Pos;
        public bool Double;
        public RawQuote? Continues; // the multi-paragraph quote this reopening continues
        public bool Doubled;
    }

    /// <summary>Appends the outermost quoted spans of <paramref name="text"/> to <paramref name="output"/>, in order.</summary>
    public static void Scan(ReadOnlySpan<char> text, IReadOnlyList<Paragraph> paragraphs, List<RawQuote> output)
    {
        if (paragraphs.Count == 0) return;
        Span<OpenEntry> stack = new OpenEntry[MaxDepth];
        int depth = 0;
        int p = 0;
        RawQuote? continuing = null;      // quote left open at the end of the previous paragraph, reopened at the start of this one
        RawQuote? unclosed = null;        // quote left open at the end of the previous paragraph, not reopened
        int i = 0;
        while (true)
        {
            int k = i < text.Length ? text[i..].IndexOfAny(Marks) : -1;
            int pos = k < 0 ? text.Length : i + k;
            // close the paragraphs that end before this mark
            while (p < paragraphs.Count && pos >= paragraphs[p].End)
            {
                EndParagraph(text, paragraphs, p, stack, ref depth, ref continuing, ref unclosed, output);
                p++;
            }

            if (k < 0 || p >= paragraphs.Count) break;
            i = pos + 1;
            char c = text[pos];
            int markLength = 1;
            if (c == '`' || c == '\'')
            {
                // `` and '' typed for “ and ” (newswire): skipped as a pair, see Classify
                if (pos + 1 < text.Length && text[pos + 1] == c)
                {
                    markLength = 2;
                }
                else if (c == '`')
                {
                    continue;
                }
            }

            var role = Classify(text, pos, markLength, c, depth, stack, out bool isDouble);
            i = pos + markLength;
            if (role == Role.Close && isDouble && depth == 0 && unclosed is null && pos == paragraphs[p].Start)
            {
                // a paragraph cannot open by closing a quote: a closing mark typed for an opening one ("” … what I learned")
                role = Role.Open;
            }

            if (role == Role.Ignore) continue;

            if (unclosed is not null)
            {
                // the first mark of the paragraph after an unclosed quote: a closing mark there
                // means the quote ran on without being reopened
                if (role == Role.Close && isDouble == unclosed.Double && depth == 0)
                {
                    CloseQuote(text, unclosed, pos, p, paragraphs[p].Start, output);
                    unclosed = null;
                    continue;
                }

                output.Add(unclosed);
                unclosed = null;
            }

            if (continuing is not null && (pos != paragraphs[p].Start || role != Role.Open || isDouble != continuing.Double))
            {
                // the reopening mark was not read as one after all: the quote ended unclosed
                output.Add(continuing);
                continuing = null;
            }

            if (role == Role.Open)
            {
                if (depth == MaxDepth) continue; // pathological nesting: read as noise
                if (depth > 0 && stack[depth - 1].Pos == pos - 1 && stack[depth - 1].Double == isDouble) continue; // "“ typed twice
                stack[depth] = new OpenEntry { Pos = pos + markLength - 1, Double = isDouble, Continues = depth == 0 ? continuing : null, Doubled = markLength == 2 };
                depth++;
                continuing = null;
                continue;
            }

            // a closing mark: close the innermost open quote of the same kind, dropping unclosed inner ones
            int match = -1;
            for (int d = depth - 1; d >= 0; d--)
            {
                if (stack[d].Double == isDouble)
                {
                    match = d;
                    break;
                }
            }

            if (match < 0) continue; // a closing mark with nothing open: stray (or an apostrophe)
            var entry = stack[match];
            depth = match;
            if (match > 0) continue; // a nested quote: part of the outer quote's words
            var quote = entry.Continues ?? NewQuote(text, entry.Pos, entry.Double, paragraphs, p);
            quote.Doubled |= entry.Doubled || markLength == 2;
            if (entry.Continues is not null)
            {
                quote.Segments!.Add(new QuoteSegment(SkipSpace(text, entry.Pos + 1, pos), pos));
            }

            CloseQuote(text, quote, pos, p, -1, output);
        }

        if (unclosed is not null) output.Add(unclosed);
    }

    private static RawQuote NewQuote(ReadOnlySpan<char> text, int openPos, bool isDouble, IReadOnlyList<Paragraph> paragraphs, int p)
    {
        int start = SkipSpace(text, openPos + 1, paragraphs[p].End);
        return new RawQuote { OpenMark = openPos, CloseMark = -1, Start = start, End = start, Double = isDouble, FirstParagraph = p, LastParagraph = p };
    }

    /// <summary>Closes <paramref name="quote"/> at the mark at <paramref name="closePos"/> in paragraph <paramref name="p"/>.</summary>
    private static void CloseQuote(ReadOnlySpan<char> text, RawQuote quote, int closePos, int p, int segmentStart, List<RawQuote> output)
    {
        int end = TrimEnd(text, quote.Start, closePos);
        if (segmentStart >= 0)
        {
            // ran on into this paragraph without reopening
            quote.Segments ??= [new QuoteSegment(quote.Start, quote.End)];
            quote.Segments.Add(new QuoteSegment(segmentStart, end));
        }

        quote.CloseMark = closePos;
        quote.End = end;
        quote.LastParagraph = p;
        if (quote.Segments is { Count: > 0 })
        {
            // the last part was added by the caller (reopened) or above (run on)
            var last = quote.Segments[^1];
            quote.Segments[^1] = new QuoteSegment(last.Start, TrimEnd(text, last.Start, last.End));
        }

        if (quote.End > quote.Start) output.Add(quote);
    }

    private static void EndParagraph(
        ReadOnlySpan<char> text, IReadOnlyList<Paragraph> paragraphs, int p, Span<OpenEntry> stack, ref int depth,
        ref RawQuote? continuing, ref RawQuote? unclosed, List<RawQuote> output)
    {
        if (unclosed is not null)
        {
            // a whole paragraph without quote marks after an unclosed quote
            output.Add(unclosed);
            unclosed = null;
        }

        if (continuing is not null)
        {
            // reopening expected but never came (cannot happen: the reopening mark starts the paragraph)
            output.Add(continuing);
            continuing = null;
        }

        if (depth == 0) return;
        var bottom = stack[0];
        depth = 0;
        var para = paragraphs[p];
        int contentStart = SkipSpace(text, bottom.Pos + 1, para.End);
        int contentEnd = TrimEnd(text, contentStart, para.End);
        RawQuote quote;
        if (bottom.Continues is not null)
        {
            quote = bottom.Continues;
            quote.Segments!.Add(new QuoteSegment(contentStart, contentEnd));
            quote.End = contentEnd;
            quote.LastParagraph = p;
        }
        else
        {
            quote = new RawQuote
            {
                OpenMark = bottom.Pos, CloseMark = -1, Start = contentStart, End = contentEnd,
                Double = bottom.Double, FirstParagraph = p, LastParagraph = p, Doubled = bottom.Doubled,
            };
        }

        if (quote.End <= quote.Start) return;
        if (p + 1 < paragraphs.Count && ReopensQuote(text, paragraphs[p + 1].Start, bottom.Double))
        {
            quote.Segments ??= [new QuoteSegment(quote.Start, quote.End)];
            continuing = quote;
            return;
        }

        if (p + 1 < paragraphs.Count && char.IsLower(text[paragraphs[p + 1].Start]))
        {
            // the sentence runs on into the next paragraph: a closing mark there may end this quote
            unclosed = quote;
            return;
        }

        output.Add(quote);
    }

    /// <summary>True when the paragraph starting at <paramref name="start"/> opens with a quote mark of the given kind.</summary>
    private static bool ReopensQuote(ReadOnlySpan<char> text, int start, bool isDouble)
    {
        if (start >= text.Length) return false;
        char c = text[start];
        if (isDouble ? c is not ('"' or '“' or '”' or '„' or '«') : c is not ('\'' or '‘' or '’')) return false;
        return start + 1 < text.Length && !char.IsWhiteSpace(text[start + 1]);
    }

    private static Role Classify(ReadOnlySpan<char> text, int pos, int length, char c, int depth, ReadOnlySpan<OpenEntry> stack, out bool isDouble)
    {
        char prev = pos > 0 ? text[pos - 1] : ' ';
        char next = pos + length < text.Length ? text[pos + length] : ' ';
        bool prevSpace = IsSpace(prev);
        bool nextSpace = IsSpace(next);
        bool canOpen = !nextSpace && (prevSpace || IsOpeningContext(prev));
        bool canClose = !prevSpace && (nextSpace || IsClosingContext(next));
        isDouble = length == 2 || c is '"' or '“' or '”' or '„' or '‟' or '«' or '»';
        if (length == 2)
        {
            // `` and '' (ASCII-era newswire typing of double marks) pair like straight double marks,
            // so that the single quotes inside them are read as nested; such quotes are flagged
            // Doubled and the extractor does not report them (see QuoteExtractor)
            if (c == '`') return Role.Open;
            if (canOpen && !canClose) return Role.Open;
            if (canClose && !canOpen) return Role.Close;
            return IsOpen(stack, depth, true) ? Role.Close : canOpen ? Role.Open : Role.Ignore;
        }

        switch (c)
        {
            case '“' or '„' or '«':
                return canClose && !canOpen ? Role.Close : Role.Open;
            case '”' or '»':
                return canOpen && !canClose ? Role.Open : Role.Close;
            case '"' or '‟':
                if (canOpen && !canClose) return Role.Open;
                if (canClose && !canOpen) return Role.Close;
                if (!canOpen && !canClose)
                {
                    // letters or symbols on both sides (tweet-id="...", 5"10) or spaces on both: not a quote mark
                    return prevSpace && nextSpace && IsOpen(stack, depth, true) ? Role.Close : Role.Ignore;
                }

                return IsOpen(stack, depth, true) ? Role.Close : Role.Open;
            case '‘' or '‚' or '‛':
                if (IsElision(text, pos + 1)) return Role.Ignore;
                if (canOpen) return Role.Open;
                return canClose && IsOpen(stack, depth, false) ? Role.Close : Role.Ignore;
            default: // ’ and '
                if (char.IsLetterOrDigit(prev) && char.IsLetterOrDigit(next)) return Role.Ignore; // children’s, don’t
                if (canOpen && !canClose)
                {
                    return IsElision(text, pos + 1) ? Role.Ignore : Role.Open;
                }

                // councils’ is an apostrophe unless a single quote is open
                return canClose && IsOpen(stack, depth, false) ? Role.Close : Role.Ignore;
        }
    }

    private static bool IsOpen(ReadOnlySpan<OpenEntry> stack, int depth, bool isDouble)
    {
        for (int d = depth - 1; d >= 0; d--)
        {
            if (stack[d].Double == isDouble) return true;
        }

        return false;
    }

    /// <summary>’90s, ’em, ’til, ’cause: an apostrophe for left-out letters, not an opening mark.</summary>
    private static bool IsElision(ReadOnlySpan<char> text, int at)
    {
        if (at + 1 < text.Length && char.IsAsciiDigit(text[at]) && char.IsAsciiDigit(text[at + 1])) return true;
        var rest = text[at..];
        foreach (var word in Elisions)
        {
            if (rest.StartsWith(word, StringComparison.Ordinal) && (rest.Length == word.Length || !char.IsLetter(rest[word.Length]))) return true;
        }

        return false;
    }

    private static readonly string[] Elisions = ["em", "til", "cause", "n", "tis", "twas", "bout"];

    private static bool IsSpace(char c) => char.IsWhiteSpace(c);

    private static bool IsOpeningContext(char c) =>
        c is '(' or '[' or '{' or '—' or '–' or '―' or '-' or '/' or ':' or '>' or '…' or '\u00AD'
        || c is '"' or '“' or '”' or '„' or '‟' or '«' or '»' or '\'' or '‘' or '’' or '‚' or '‛' or '`';

    private static bool IsClosingContext(char c) =>
        char.IsPunctuation(c) || char.IsSymbol(c);

    private static int SkipSpace(ReadOnlySpan<char> text, int i, int end)
    {
        while (i < end && (char.IsWhiteSpace(text[i]) || text[i] == '\u00AD')) i++;
        return i;
    }

    private static int TrimEnd(ReadOnlySpan<char> text, int start, int end)
    {
        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] == '\u00AD')) end--;
        return end;
    }
}
