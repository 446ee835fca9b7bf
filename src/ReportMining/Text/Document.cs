using System.Buffers;

namespace ReportMining.Text;

/// <summary>
/// A text ready for extraction: the original text, never rewritten, and a normalised reading
/// of the same length (page furniture, paragraph numbers and bullets blanked, line breaks
/// inside paragraphs read as spaces, hyphenated line ends joined), with its paragraphs and
/// sentences. Every index is valid in both readings, so a span found in the normalised
/// reading points straight into the text the user gave.
/// </summary>
/// <remarks>
/// The normalised reading lives in a pooled buffer: dispose the document when done with it,
/// and do not use <see cref="Normalized"/> afterwards. A document is not thread-safe while it
/// is being disposed, but may be read from several threads otherwise.
/// </remarks>
public sealed class Document : IDisposable
{
    private char[]? _buffer;
    private readonly List<Sentence> _sentences;
    private readonly Paragraph[] _paragraphs;
    private readonly TextSpan[] _furniture;

    private Document(string text, char[] buffer, Paragraph[] paragraphs, List<Sentence> sentences, TextSpan[] furniture)
    {
        Text = text;
        _buffer = buffer;
        _paragraphs = paragraphs;
        _sentences = sentences;
        _furniture = furniture;
    }

    /// <summary>Reads <paramref name="text"/>: normalises it and finds its paragraphs and sentences.</summary>
    /// <exception cref="ArgumentNullException">When <paramref name="text"/> is null.</exception>
    public static Document Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        char[] buffer = ArrayPool<char>.Shared.Rent(Math.Max(1, text.Length));
        var blocks = new List<TextSpan>(Math.Max(4, text.Length / 400));
        var furniture = new List<TextSpan>();
        TextNormaliser.Normalise(text, buffer, blocks, furniture);

        var normalized = buffer.AsSpan(0, text.Length);
        var sentences = new List<Sentence>(Math.Max(4, text.Length / 110));
        var paragraphs = new Paragraph[blocks.Count];
        for (int p = 0; p < blocks.Count; p++)
        {
            int first = sentences.Count;
            SentenceSplitter.Split(normalized, blocks[p], p, sentences);
            paragraphs[p] = new Paragraph(blocks[p], first, sentences.Count - first);
        }

        return new Document(text, buffer, paragraphs, sentences, furniture.ToArray());
    }

    /// <summary>The text as given. Every span the library reports indexes into it.</summary>
    public string Text { get; }

    /// <summary>Number of characters (the same in both readings).</summary>
    public int Length => Text.Length;

    /// <summary>The normalised reading, the same length as <see cref="Text"/>.</summary>
    /// <exception cref="ObjectDisposedException">After the document is disposed.</exception>
    public ReadOnlySpan<char> Normalized
    {
        get
        {
            ObjectDisposedException.ThrowIf(_buffer is null, this);
            return _buffer.AsSpan(0, Text.Length);
        }
    }

    /// <summary>Paragraph-like blocks in reading order.</summary>
    public IReadOnlyList<Paragraph> Paragraphs => _paragraphs;

    /// <summary>Sentences in reading order.</summary>
    public IReadOnlyList<Sentence> Sentences => _sentences;

    /// <summary>Sentences as a span, for loops that must not allocate.</summary>
    public ReadOnlySpan<Sentence> SentenceSpan => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_sentences);

    /// <summary>Lines recognised as page furniture (page numbers, running headers and footers).</summary>
    public IReadOnlyList<TextSpan> Furniture => _furniture;

    /// <summary>The normalised text of a span.</summary>
    public ReadOnlySpan<char> NormalizedSlice(TextSpan span) => Normalized[span.Start..span.End];

    /// <summary>The original text of a span, as a new string.</summary>
    public string Slice(TextSpan span) => Text.Substring(span.Start, span.Length);

    /// <summary>True when <paramref name="index"/> lies in page furniture.</summary>
    public bool IsFurniture(int index) => FindContaining<TextSpan>(_furniture, index, static s => s) >= 0;

    /// <summary>Index of the sentence containing <paramref name="index"/>, or -1.</summary>
    public int SentenceAt(int index) => FindContaining(SentenceSpan, index, static s => s.Span);

    /// <summary>Index of the paragraph containing <paramref name="index"/>, or -1.</summary>
    public int ParagraphAt(int index) => FindContaining<Paragraph>(_paragraphs, index, static p => p.Span);

    private static int FindContaining<T>(ReadOnlySpan<T> items, int index, Func<T, TextSpan> span)
    {
        int lo = 0, hi = items.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            var s = span(items[mid]);
            if (index < s.Start) hi = mid - 1;
            else if (index >= s.End) lo = mid + 1;
            else return mid;
        }

        return -1;
    }

    /// <summary>Returns the pooled buffer of the normalised reading.</summary>
    public void Dispose()
    {
        var buffer = Interlocked.Exchange(ref _buffer, null);
        if (buffer is not null) ArrayPool<char>.Shared.Return(buffer);
    }
}
