using ReportMining.Dates;
using ReportMining.Tests.Support;

namespace ReportMining.Tests.Dates;

/// <summary>
/// Dates on the third-party data in ../shared, labelled by reference (file, start, end, value):
/// no text of theirs is copied here.
/// </summary>
public class SharedDateTests
{
    private static readonly ReportMiner Miner = new();

    /// <summary>TempEval-3 training data: the value F1 this version reaches (a regression guard).</summary>
    [SharedFact]
    public void TempEval3_train_value_f1_does_not_regress()
    {
        var docs = TimexEvaluation.ReadGold(SharedData.PathTo("bench", "tempeval3", "train.jsonl"));
        var scores = TimexEvaluation.Evaluate(docs);
        scores.DateAndDuration.ValueF1.Should().BeGreaterThanOrEqualTo(0.844, scores.Format());
        scores.ByType["DATE"].ValueF1.Should().BeGreaterThanOrEqualTo(0.853);
        scores.ByType["DURATION"].ValueF1.Should().BeGreaterThanOrEqualTo(0.794);
        scores.DateAndDuration.RelaxedF1.Should().BeGreaterThanOrEqualTo(0.95);
        scores.DateAndDuration.StrictF1.Should().BeGreaterThanOrEqualTo(0.904);
    }

    // the first seed: (start, end, type, value) of every date, by position
    private static readonly (int Start, int End, DateType Type, string Value)[] Seed0 =
    [
        (70, 92, DateType.Date, "2020-03-16"),
        (195, 216, DateType.Duration, "P3Y"),
        (498, 502, DateType.Date, "2017"),
        (540, 548, DateType.Duration, "P2W"),
        (563, 571, DateType.Date, "2020-02"),
        (2295, 2299, DateType.Date, "2017"),
        (2492, 2500, DateType.Date, "PAST_REF"),
        (2807, 2811, DateType.Date, "2017"),
        (2839, 2842, DateType.Date, "PRESENT_REF"),
        (2992, 2995, DateType.Date, "PRESENT_REF"),
        (3503, 3507, DateType.Date, "2017"),
    ];

    private static readonly (int Start, int End, DateType Type, string Value)[] Seed3 =
    [
        (0, 16, DateType.Duration, "P2Y"),
        (111, 114, DateType.Date, "PRESENT_REF"),
        (147, 161, DateType.Date, "2017-09"),
        (309, 319, DateType.Range, "2019-07-10/2019-07-11"),
        (346, 351, DateType.Date, "2019-08-02"),
        (353, 369, DateType.Date, "2019-08-02"),
        (442, 445, DateType.Date, "PRESENT_REF"),
        (518, 525, DateType.Date, "PRESENT_REF"),
        (1291, 1297, DateType.Date, "PAST_REF"),
        (1857, 1860, DateType.Date, "PRESENT_REF"),
        (2327, 2337, DateType.Duration, "P6M"),
    ];

    [SharedFact]
    public void First_seed_every_date_with_its_value_and_the_prices_are_not_dates()
    {
        var text = File.ReadAllText(SharedData.PathTo("seeds", "000_fff1954a607271f3.txt"));
        var result = Miner.Analyze(text);
        result.DocumentDate.Should().Be(new DateOnly(2020, 3, 16));
        result.DocumentDateSource.Should().Be("dateline");
        result.Dates.Select(d => (d.Start, d.End, d.Type, d.Value)).Should().Equal(Seed0);
        result.Dates.Single(d => d.Start == 195).Modifier.Should().Be(DateModifier.LessThan);
        result.Dates.Single(d => d.Start == 2807).Modifier.Should().Be(DateModifier.After, "the year follows 'since'");
        result.Dates.Single(d => d.Start == 3503).Modifier.Should().BeNull();

        // the two subscription prices at the end: no date anywhere after the article's last date
        int membership = text.LastIndexOf("membership", StringComparison.OrdinalIgnoreCase);
        membership.Should().BeGreaterThan(3507);
        result.Dates.Should().NotContain(d => d.Start > membership);
    }

    [SharedFact]
    public void Second_seed_every_date_with_its_value_and_the_date_from_today()
    {
        var text = File.ReadAllText(SharedData.PathTo("seeds", "003_1ae9bd2438d79585.txt"));
        var result = Miner.Analyze(text);
        result.DocumentDate.Should().Be(new DateOnly(2019, 8, 2));
        result.DocumentDateSource.Should().Be("today");
        result.Dates.Select(d => (d.Start, d.End, d.Type, d.Value)).Should().Equal(Seed3);
        result.Dates[0].Modifier.Should().Be(DateModifier.Approx);
    }

    [SharedFact]
    public void Ilacs_reports_inspection_date_ranges_read_as_ranges()
    {
        // every report's "Inspection dates" line gives a range (or a date) whose end is the gold end date
        var gold = File.ReadAllLines(SharedData.PathTo("corpus", "ilacs", "gold.csv"));
        var header = gold[0].Split(',');
        int file = Array.IndexOf(header, "file"), end = Array.IndexOf(header, "inspection_end");
        int checkedReports = 0, agreed = 0;
        foreach (var line in gold.Skip(1))
        {
            var cells = line.Split(',');
            if (cells.Length <= end || string.IsNullOrEmpty(cells[end])) continue;
            var text = File.ReadAllText(SharedData.PathTo("corpus", "ilacs", "texts", cells[file]));
            int cue = text.IndexOf("Inspection dates", StringComparison.OrdinalIgnoreCase);
            if (cue < 0) continue;
            checkedReports++;
            var first = Miner.Analyze(text, new AnalysisOptions { DocumentDate = DateOnly.Parse(cells[end]) }).Dates
                .FirstOrDefault(d => d.Start > cue && d.Start < cue + 40);
            if (first is not null && first.Value.EndsWith(cells[end], StringComparison.Ordinal)) agreed++;
        }

        checkedReports.Should().BeGreaterThan(150);
        ((double)agreed / checkedReports).Should().BeGreaterThan(0.97, $"{agreed} of {checkedReports}");
    }
}
