namespace ReportMining.Percentages;

/// <summary>
/// What the sentences read so far leave for later ones: the last measure (which "it", "this figure" or a bare
/// figure may point back to) and the last group a share was of ("51 percent of likely voters ... About 9 percent
/// said ..."). Offsets are into the document's normalised text; -1 when there is none.
/// </summary>
internal struct CarriedMeasures
{
    /// <summary>Nothing carried yet.</summary>
    public CarriedMeasures()
    {
    }

    public int Start = -1;
    public int End = -1;
    public int Sentence = -2;
    public int Paragraph = -1;

    public int GroupStart = -1;
    public int GroupEnd = -1;
    public int GroupSentence = -2;
    public int GroupParagraph = -1;

    /// <summary>The last measure, when it is at most three sentences back in the same paragraph.</summary>
    public readonly (int Start, int End) MeasureFor(int sentence, int paragraph) =>
        Start >= 0 && sentence - Sentence <= 3 && Paragraph == paragraph ? (Start, End) : (-1, -1);

    /// <summary>
    /// The last group, when it is at most three sentences back in the same paragraph, or at most two back when a
    /// paragraph break comes between (news gives a poll's group in one paragraph and its further figures in the next).
    /// </summary>
    public readonly (int Start, int End) GroupFor(int sentence, int paragraph) =>
        GroupStart >= 0 && (sentence - GroupSentence <= 3 && GroupParagraph == paragraph || sentence - GroupSentence <= 2 && paragraph - GroupParagraph == 1)
            ? (GroupStart, GroupEnd) : (-1, -1);
}
