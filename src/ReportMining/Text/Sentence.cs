namespace ReportMining.Text;

/// <summary>A sentence (or heading, or bullet item) of a document.</summary>
/// <param name="Span">Where the sentence lies; valid in both the original and the normalised text.</param>
/// <param name="Paragraph">Index of the paragraph in <see cref="Document.Paragraphs"/> that holds it.</param>
public readonly record struct Sentence(TextSpan Span, int Paragraph)
{
    /// <summary>First character (inclusive).</summary>
    public int Start => Span.Start;

    /// <summary>One past the last character.</summary>
    public int End => Span.End;
}
