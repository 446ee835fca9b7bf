namespace ReportMining.Text;

/// <summary>A token: a word, number or punctuation mark, by position.</summary>
/// <param name="Start">Index of its first character.</param>
/// <param name="Length">Number of characters.</param>
/// <param name="Kind">What it is made of.</param>
public readonly record struct Token(int Start, int Length, TokenKind Kind)
{
    /// <summary>One past its last character.</summary>
    public int End => Start + Length;
}
