namespace ReportMining.Quotes;

/// <summary>
/// Working storage of the quote stage, kept per thread and reused from document to document so
/// that a document costs only its own quotes' allocations (token buffers and look-up tables
/// are not rebuilt each time).
/// </summary>
internal sealed class QuoteScratch
{
    [ThreadStatic]
    private static QuoteScratch? t_cached;

    public List<RawQuote> Raw { get; } = [];

    public TokenBuffer Attribution { get; } = new();

    public TokenBuffer Lean { get; } = new();

    public TokenBuffer Names { get; } = new();

    public Dictionary<string, ResolvedSpeaker> Surnames { get; } = new(StringComparer.OrdinalIgnoreCase);

    public Dictionary<string, string> NameStrings { get; } = new(StringComparer.Ordinal);

    /// <summary>Takes this thread's scratch (or a new one when it is in use).</summary>
    public static QuoteScratch Rent()
    {
        var scratch = t_cached ?? new QuoteScratch();
        t_cached = null;
        return scratch;
    }

    /// <summary>Gives the scratch back for the next document on this thread.</summary>
    public static void Return(QuoteScratch scratch)
    {
        scratch.Raw.Clear();
        scratch.Surnames.Clear();
        if (scratch.NameStrings.Count > 1024) scratch.NameStrings.Clear();
        if (scratch.Raw.Capacity > 4096) scratch.Raw.Capacity = 256;
        t_cached = scratch;
    }
}
