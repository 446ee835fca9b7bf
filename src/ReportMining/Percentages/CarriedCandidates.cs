namespace ReportMining.Percentages;

/// <summary>
/// Measures from earlier sentences that a <see cref="MeasureRanker"/> may offer as candidates:
/// the last measure the rules found (<see cref="CarriedMeasures.MeasureFor"/>) and the last group
/// named after "of" (<see cref="CarriedMeasures.GroupFor"/>), each with how many sentences back
/// it is and a hash of its last word; a start of -1 means none.
/// </summary>
internal readonly record struct CarriedCandidates(int MeasureStart, int MeasureEnd, int MeasureBack, ulong MeasureHead, int GroupStart, int GroupEnd, int GroupBack, ulong GroupHead)
{
    /// <summary>No carried candidates.</summary>
    public static CarriedCandidates None { get; } = new(-1, -1, 0, 0, -1, -1, 0, 0);

    /// <summary>The candidates a sentence gets from <paramref name="carried"/> (read before the sentence updates it).</summary>
    public static CarriedCandidates From(ReadOnlySpan<char> text, in CarriedMeasures carried, int sentence, int paragraph)
    {
        var (ms, me) = carried.MeasureFor(sentence, paragraph);
        var (gs, ge) = carried.GroupFor(sentence, paragraph);
        if (gs == ms && ge == me) gs = ge = -1;
        return new CarriedCandidates(
            ms, me, ms >= 0 ? sentence - carried.Sentence : 0, ms >= 0 ? MeasureFeatures.LastWordHash(text, ms, me) : 0,
            gs, ge, gs >= 0 ? sentence - carried.GroupSentence : 0, gs >= 0 ? MeasureFeatures.LastWordHash(text, gs, ge) : 0);
    }
}
