namespace ReportMining.Percentages;

/// <summary>A percentage found in a sentence, by token, before it becomes a <see cref="PercentageMention"/>.</summary>
internal struct Figure
{
    /// <summary>First token of the mention, hedge included.</summary>
    public int First;

    /// <summary>First token of the number itself.</summary>
    public int ValueFirst;

    /// <summary>One past the last token (the % sign, "cent", "points", the fraction word).</summary>
    public int Last;

    public double Value;

    public PercentageKind Kind;

    public PercentageModifier? Modifier;

    /// <summary>True for the first figure of a range whose unit comes after the second ("20" in "20-30%").</summary>
    public bool RangeStart;

    /// <summary>Character span of the measure, or -1.</summary>
    public int MeasureStart;

    public int MeasureEnd;

    /// <summary>Character span of the scope, or -1.</summary>
    public int ScopeStart;

    public int ScopeEnd;

    public Figure(int first, int valueFirst, int last, double value, PercentageKind kind)
    {
        First = first;
        ValueFirst = valueFirst;
        Last = last;
        Value = value;
        Kind = kind;
        MeasureStart = -1;
        MeasureEnd = -1;
        ScopeStart = -1;
        ScopeEnd = -1;
    }

    public readonly bool HasMeasure => MeasureStart >= 0;

    /// <summary>The last measure rule tried (for tracing the rules when tuning them).</summary>
    public string? Rule;
}
