namespace ReportMining.Percentages;

/// <summary>
/// One percentage's measure candidates as a recording <see cref="MeasureRanker"/> saw them, for
/// training: the figure's character span, each candidate's character span ((-1, -1) for "no
/// measure", always first) and its feature buckets.
/// </summary>
internal sealed record RecordedFigure(int Start, int End, List<(int Start, int End)> Candidates, List<int[]> Features);
