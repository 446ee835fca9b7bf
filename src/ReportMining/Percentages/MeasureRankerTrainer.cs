using ReportMining.MachineLearning;
using ReportMining.Text;

namespace ReportMining.Percentages;

/// <summary>
/// Trains a <see cref="MeasureRanker"/> model from a percentage gold file (labelled by
/// reference, see <see cref="PercentageScorer"/>): each gold mention the extractor finds gives
/// one group of rows, one row per candidate phrase, "yes" for the candidate whose span is the gold
/// measure (or "no measure" when the gold has none) and "no" for the rest; a listwise ranker
/// (<see cref="RankingTrainer"/>) learns to score the chosen candidate above the others of its group.
/// </summary>
internal static class MeasureRankerTrainer
{
    /// <summary>What went into a training run.</summary>
    internal sealed record Summary(int Mentions, int Covered, int Rows, int Positives);

    /// <summary>
    /// The settings the shipped model was trained with. Since session 18 the candidates of one figure are one group of a
    /// listwise (conditional logit) ranker; L2 chosen by 5-fold cross-validation over the splits (1e-4, 2e-4 and 4e-4
    /// within 4 exact measures of 4,329; see models/percentage_measure.md).
    /// </summary>
    public static TrainerOptions DefaultOptions { get; } = new() { L2 = 2e-4, MaxIterations = 300 };

    /// <summary>Trains on the gold lines whose split <paramref name="include"/> accepts.</summary>
    public static (LinearModel Model, Summary Summary) Train(string goldPath, string textsRoot, Func<string?, bool> include, TrainerOptions? options = null)
    {
        var (mentions, _) = PercentageScorer.Load(goldPath, include);
        var data = new SparseDataset([.. MeasureRanker.Labels]);
        var groupStarts = new List<int> { 0 };
        Span<float> ones = stackalloc float[MeasureFeatures.MaxFeatures];
        ones.Fill(1f);
        int covered = 0, positives = 0;
        var records = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (var group in mentions.GroupBy(m => m.File, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            string text = PercentageScorer.ReadText(textsRoot, group.Key, records);
            var ranker = MeasureRanker.Recording();
            using (var document = Document.Parse(text))
            {
                PercentageExtractor.Extract(document, ranker);
            }

            var used = new HashSet<RecordedFigure>();
            foreach (var gold in group.OrderBy(m => m.Start))
            {
                var figure = ranker.Recorded!.Where(r => !used.Contains(r) && r.Start < gold.End && gold.Start < r.End)
                    .OrderByDescending(r => Math.Min(r.End, gold.End) - Math.Max(r.Start, gold.Start)).FirstOrDefault();
                if (figure is null) continue;
                used.Add(figure);
                int want = figure.Candidates.FindIndex(c => gold.MeasureStart is null ? c.Start < 0 : c.Start == gold.MeasureStart && c.End == gold.MeasureEnd);
                if (want < 0) continue;
                covered++;
                for (int i = 0; i < figure.Candidates.Count; i++)
                {
                    var f = figure.Features[i];
                    data.Add(f, ones[..f.Length], i == want ? 1 : 0);
                    if (i == want) positives++;
                }

                groupStarts.Add(data.Count);
            }
        }

        options ??= DefaultOptions;
        var model = RankingTrainer.Train(data, groupStarts, ModelKind.PercentageMeasure, MeasureRanker.FeaturizerOptions, options);
        return (model, new Summary(mentions.Count, covered, data.Count, positives));
    }
}
