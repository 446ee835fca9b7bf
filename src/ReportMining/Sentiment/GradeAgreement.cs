using System.Text;
using ReportMining.Inspections;

namespace ReportMining.Sentiment;

/// <summary>One judgement of the gold table set beside the area sentiment the models give the same report.</summary>
internal readonly record struct GradedArea(string File, ServiceArea Area, string Grade, SentimentLabel Expected, SentimentLabel Got, double Score);

/// <summary>The result of <see cref="GradeAgreement.Run"/>.</summary>
internal sealed record GradeAgreementResult(IReadOnlyList<GradedArea> Areas, int Documents, int MissingTexts)
{
    /// <summary>Share of judgements whose area sentiment is the one the grade implies.</summary>
    public double Accuracy => Areas.Count == 0 ? 1 : (double)Areas.Count(a => a.Expected == a.Got) / Areas.Count;

    /// <summary>
    /// The score thresholds (positive above <c>Positive</c>, negative below <c>Negative</c>, in
    /// steps of 0.01) that would make the most area sentiments agree with the grades, and that
    /// agreement: a calibration aid for <see cref="ServiceAreaAggregator"/>'s thresholds.
    /// </summary>
    public (double Positive, double Negative, double Accuracy) BestThresholds()
    {
        if (Areas.Count == 0) return (ServiceAreaAggregator.PositiveScore, ServiceAreaAggregator.NegativeScore, 1);
        var best = (Positive: 0.0, Negative: 0.0, Correct: -1);
        for (int hi = -100; hi <= 100; hi++)
        {
            for (int lo = -100; lo <= hi; lo++)
            {
                double h = hi / 100.0, l = lo / 100.0;
                int correct = 0;
                foreach (var a in Areas)
                {
                    var got = a.Score > h ? SentimentLabel.Positive : a.Score < l ? SentimentLabel.Negative : SentimentLabel.Mixed;
                    if (got == a.Expected) correct++;
                }

                if (correct > best.Correct) best = (h, l, correct);
            }
        }

        return (best.Positive, best.Negative, (double)best.Correct / Areas.Count);
    }
}

/// <summary>
/// Sets the per-area sentiment of whole reports against the inspectors' own judgements in the
/// ILACS gold table: an area judged good or outstanding should come out positive, one that
/// requires improvement mixed, an inadequate one negative. Scores the sentence models and the
/// aggregation together on text the sentence labels barely touch (most sentences of a report
/// are unlabelled). Judgement columns: impact of leaders (leadership), help and protection,
/// children in care, care leavers; blank and <c>not_judged</c> cells are not scored, and an
/// area the report never mentions counts as neutral (always a miss).
/// </summary>
internal static class GradeAgreement
{
    private static readonly (string Column, ServiceArea Area)[] Columns =
    [
        ("impact_of_leaders", ServiceArea.Leadership),
        ("help_and_protection", ServiceArea.HelpAndProtection),
        ("in_care", ServiceArea.ChildrenInCare),
        ("care_leavers", ServiceArea.CareLeavers),
    ];

    /// <summary>The sentiment a grade implies, or null for a grade that implies none.</summary>
    public static SentimentLabel? Expected(string grade) => grade switch
    {
        "outstanding" or "good" => SentimentLabel.Positive,
        "requires_improvement" => SentimentLabel.Mixed,
        "inadequate" => SentimentLabel.Negative,
        _ => null,
    };

    /// <summary>Analyses every gold row's text in <paramref name="textsDirectory"/> and compares.</summary>
    public static GradeAgreementResult Run(string goldPath, string textsDirectory, ReportMiner miner)
    {
        ArgumentNullException.ThrowIfNull(miner);
        var areas = new List<GradedArea>();
        int documents = 0, missing = 0;
        foreach (var row in IlacsEvaluation.ReadCsv(goldPath))
        {
            string file = row.GetValueOrDefault("file") ?? "";
            var graded = Columns.Where(c => Expected(row.GetValueOrDefault(c.Column) ?? "") is not null).ToArray();
            if (graded.Length == 0) continue;
            string path = Path.Combine(textsDirectory, file);
            if (!File.Exists(path))
            {
                missing++;
                continue;
            }

            documents++;
            var found = miner.Analyze(File.ReadAllText(path, Encoding.UTF8)).ServiceAreas;
            foreach (var (column, area) in graded)
            {
                string grade = row[column];
                var summary = found.FirstOrDefault(s => s.Area == area);
                areas.Add(new GradedArea(file, area, grade, Expected(grade)!.Value, summary?.Sentiment ?? SentimentLabel.Neutral, summary?.Score ?? 0));
            }
        }

        return new GradeAgreementResult(areas, documents, missing);
    }
}
