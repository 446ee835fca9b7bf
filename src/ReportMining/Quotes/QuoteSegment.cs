namespace ReportMining.Quotes;

/// <summary>One paragraph's part of a quote that runs over several paragraphs.</summary>
/// <param name="Start">Start of the part's quoted words.</param>
/// <param name="End">End (exclusive) of the part's quoted words.</param>
public readonly record struct QuoteSegment(int Start, int End);
