namespace ReportMining.Text;

/// <summary>What a token is made of.</summary>
public enum TokenKind
{
    /// <summary>Letters, possibly with inner apostrophes or hyphens ("children’s", "multi-agency").</summary>
    Word,
    /// <summary>Digits, possibly with inner decimal points or thousands separators ("4.5", "60,000").</summary>
    Number,
    /// <summary>A single punctuation mark or symbol.</summary>
    Punctuation,
}
