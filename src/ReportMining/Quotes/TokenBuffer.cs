using ReportMining.Text;

namespace ReportMining.Quotes;

/// <summary>Reusable storage for a <see cref="TokenWindow"/>: its tokens and what the lexicon says of each.</summary>
internal sealed class TokenBuffer
{
    public List<Token> Tokens { get; } = new(96);

    public List<WordInfo> Info { get; } = new(96);
}
