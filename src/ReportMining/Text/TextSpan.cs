namespace ReportMining.Text;

/// <summary>
/// A half-open range of UTF-16 code units in a document's text: <see cref="Start"/> inclusive,
/// <see cref="End"/> exclusive. The same indices are valid in the original text and in the
/// document's normalised reading, which always has the same length.
/// </summary>
/// <param name="Start">Index of the first character.</param>
/// <param name="End">Index one past the last character.</param>
public readonly record struct TextSpan(int Start, int End)
{
    /// <summary>Number of characters covered.</summary>
    public int Length => End - Start;

    /// <summary>True when the span covers no characters.</summary>
    public bool IsEmpty => End <= Start;

    /// <summary>True when <paramref name="index"/> lies inside the span.</summary>
    public bool Contains(int index) => index >= Start && index < End;

    /// <summary>True when the two spans share at least one character.</summary>
    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;

    /// <inheritdoc />
    public override string ToString() => $"[{Start}..{End})";
}
