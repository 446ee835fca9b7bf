namespace ReportMining.Text;

/// <summary>A paragraph-like block of a document: a paragraph, heading, bullet item or table cell.</summary>
/// <param name="Span">Where the block lies; valid in both the original and the normalised text.</param>
/// <param name="FirstSentence">Index in <see cref="Document.Sentences"/> of its first sentence.</param>
/// <param name="SentenceCount">How many sentences it holds.</param>
public readonly record struct Paragraph(TextSpan Span, int FirstSentence, int SentenceCount)
{
    /// <summary>First character (inclusive).</summary>
    public int Start => Span.Start;

    /// <summary>One past the last character.</summary>
    public int End => Span.End;
}
