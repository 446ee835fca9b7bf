using ReportMining.Percentages;
using ReportMining.Tests.Support;
using ReportMining.Text;

namespace ReportMining.Tests.Percentages;

/// <summary>
/// The extractor on real text from <c>../shared</c>: the gold set labelled by reference
/// (<c>percentages-gold.jsonl</c>: offsets only) and the two seed articles.
/// </summary>
public class PercentageSharedTests
{
    private static string GoldPath => Path.Combine(SharedData.RepoRoot, "models", "percentages", "percentages-gold.jsonl");

    [SharedFact]
    public void Gold_set_scores_hold()
    {
        // the report splits (dev, test, final, fresh3, fresh4); the news splits and fresh5 to fresh10b have their own tests
        var result = PercentageScorer.Score(GoldPath, SharedData.Directory!, split => split is null || !split.StartsWith("news", StringComparison.Ordinal) && !split.StartsWith("fresh", StringComparison.Ordinal) || split is "fresh3" or "fresh4");
        ShouldHold(result, gold: 370, recall: 0.98, precision: 0.98, measureExact: 0.60, measureOverlap: 0.90, scope: 0.95);
    }

    /// <summary>The scores of <paramref name="result"/> at or above the given floors (value and hedge at 99%), with the misses in the message.</summary>
    private static void ShouldHold(PercentageScorer.Result result, int gold, double recall, double precision, double measureExact, double measureOverlap, double scope)
    {
        var report = result.Summary() + "\n" + string.Join("\n", result.Misses.Take(40));
        result.Gold.Should().BeGreaterThanOrEqualTo(gold, report);
        result.Recall.Should().BeGreaterThanOrEqualTo(recall, report);
        result.Precision.Should().BeGreaterThanOrEqualTo(precision, report);
        result.ValueAccuracy.Should().BeGreaterThanOrEqualTo(0.99, report);
        result.HedgeAccuracy.Should().BeGreaterThanOrEqualTo(0.99, report);
        result.MeasureExactAccuracy.Should().BeGreaterThanOrEqualTo(measureExact, report);
        result.MeasureOverlapAccuracy.Should().BeGreaterThanOrEqualTo(measureOverlap, report);
        result.ScopeAccuracy.Should().BeGreaterThanOrEqualTo(scope, report);
    }

    /// <summary>
    /// The news splits (sentences of bench/polnear and bench/tempeval3 records). news1 and news2 were used while writing the
    /// news rules; news3 was labelled before the second round and scored once before it (measure exact 46.8%, overlap 62.8%),
    /// news4 before the third (exact 62.0%, overlap 77.0%), news5 before the fourth (found 94.1%, exact 61.6% of found), news6
    /// before the fifth (found 98.5%, exact 51.5%, overlap 63.1%), news7 before the sixth (found 98.5%, exact 54.6%, overlap
    /// 65.4%), news8 before the seventh (found 98.4%, exact 56.1%, overlap 68.3%): their floors sit a little below the figures
    /// after those rounds. news9 was labelled after the seventh round and has not been used for rules (found 98.5%, exact 64.8%,
    /// overlap 68.8%); its floors sit a little below that.
    /// </summary>
    [SharedTheory]
    [InlineData("news1", 0.98, 0.98, 0.82, 0.90)]
    [InlineData("news2", 0.98, 0.97, 0.85, 0.90)]
    [InlineData("news3", 0.97, 0.98, 0.62, 0.70)]
    [InlineData("news4", 0.98, 0.98, 0.60, 0.75)]
    [InlineData("news5", 0.98, 0.98, 0.60, 0.72)]
    [InlineData("news6", 0.97, 0.98, 0.54, 0.64)]
    [InlineData("news7", 0.97, 0.98, 0.60, 0.70)]
    [InlineData("news8", 0.97, 0.98, 0.60, 0.72)]
    [InlineData("news9", 0.97, 0.98, 0.60, 0.65)]
    public void News_gold_scores_hold(string split, double recall, double precision, double measureExact, double measureOverlap)
    {
        ShouldHold(PercentageScorer.Score(GoldPath, SharedData.Directory!, split), gold: 60, recall, precision, measureExact, measureOverlap, scope: 0.85);
    }

    /// <summary>
    /// fresh5 to fresh8: report sentences labelled after the fourth to seventh rounds of rules and scored once on the code
    /// before them (fresh5: found 162 of 163, measure exact 71.0%, overlap 80.9%; fresh6: found 169 of 170, exact 69.8%,
    /// overlap 78.7%; fresh7: found 171 of 172, exact 76.0%, overlap 84.8%; fresh8: found 156 of 158, exact 69.2%, overlap
    /// 84.0%); their floors sit a little below the figures after those rounds. fresh9 was labelled after the seventh round and
    /// has not been used for rules (exact 84.0%, overlap 90.3%).
    /// </summary>
    [SharedTheory]
    [InlineData("fresh5", 0.70, 0.80)]
    [InlineData("fresh6", 0.72, 0.80)]
    [InlineData("fresh7", 0.78, 0.86)]
    [InlineData("fresh8", 0.75, 0.86)]
    [InlineData("fresh9", 0.80, 0.87)]
    public void Unseen_report_split_scores_hold(string split, double measureExact, double measureOverlap)
    {
        ShouldHold(PercentageScorer.Score(GoldPath, SharedData.Directory!, split), gold: 150, recall: 0.98, precision: 0.98, measureExact, measureOverlap, scope: 0.90);
    }

    /// <summary>
    /// Session 13's blind splits, labelled by helpers who did not run the extractor and scored once on the code as it stood at
    /// the session's start (commit 87217c8): news10 (found 128 of 130, measure exact 71.9%, overlap 82.8%), fresh10 (the first 50
    /// sentences of the fresh10 draw: found 68 of 69, exact 67.6%, overlap 82.4%) and fresh10b (its other 62 sentences: found 93
    /// of 94, exact 73.1%, overlap 80.6%). fresh10's misses were then read; some of news10's and fresh10b's were seen later
    /// in listings of every split's misses. news11 (found 118 of 120, exact 50.0%, overlap 66.9%) and fresh11 (found 178 of
    /// 178, exact 77.5%, overlap 84.8%) were labelled after that and only ever scored, on the session's start and end code.
    /// Session 14 read their misses and wrote rules from them (news11 exact 67.8%, overlap 78.8%; fresh11 exact 82.0%,
    /// overlap 89.3% at its end); their floors rose with that.
    /// </summary>
    [SharedTheory]
    [InlineData("news10", 0.97, 0.68, 0.80, 0.85)]
    [InlineData("fresh10", 0.97, 0.64, 0.78, 0.90)]
    [InlineData("fresh10b", 0.97, 0.70, 0.77, 0.90)]
    [InlineData("news11", 0.97, 0.62, 0.74, 0.80)]
    [InlineData("fresh11", 0.97, 0.79, 0.86, 0.90)]
    public void Session_13_blind_split_scores_hold(string split, double recall, double measureExact, double measureOverlap, double scope)
    {
        ShouldHold(PercentageScorer.Score(GoldPath, SharedData.Directory!, split), gold: 60, recall, precision: 0.98, measureExact, measureOverlap, scope);
    }

    /// <summary>
    /// Session 14's blind splits, labelled by helpers who did not run the extractor. news12 and fresh12 were scored on the
    /// session's start code (commit 13ab0e9: news12 found 118 of 121, measure exact 57.6%, overlap 63.6%; fresh12 found 169 of
    /// 169, exact 79.3%, overlap 87.0%) and again after the session's first rules (no change), and their misses were read
    /// after that. news13 and fresh13 were labelled later and only scored (start: news13 exact 57.6%, overlap 72.0%; fresh13
    /// exact 68.4%, overlap 80.9%); their misses were listed once after that, so they are not blind for later sessions.
    /// The floors sit a little below the figures at the session's end.
    /// </summary>
    [SharedTheory]
    [InlineData("news12", 0.96, 0.55, 0.62, 0.88)]
    [InlineData("fresh12", 0.98, 0.76, 0.84, 0.95)]
    [InlineData("news13", 0.98, 0.55, 0.68, 0.88)]
    [InlineData("fresh13", 0.98, 0.64, 0.77, 0.90)]
    public void Session_14_blind_split_scores_hold(string split, double recall, double measureExact, double measureOverlap, double scope)
    {
        ShouldHold(PercentageScorer.Score(GoldPath, SharedData.Directory!, split), gold: 60, recall, precision: 0.98, measureExact, measureOverlap, scope);
    }

    [SharedFact]
    public void Gold_offsets_point_at_what_they_label()
    {
        var (mentions, regions) = PercentageScorer.Load(GoldPath);
        var records = new Dictionary<string, Dictionary<string, string>>();
        foreach (var m in mentions)
        {
            var text = PercentageScorer.ReadText(SharedData.Directory!, m.File, records);
            m.End.Should().BeGreaterThan(m.Start);
            var words = text[m.Start..m.End];
            // the first figure of a range, or an early figure of a list, may be bare digits ("90 to 95 percent", "5, 6, 9 percent",
            // "between 20 and 25 percent", "4 or 5 percent")
            var rest = text[m.End..];
            bool rangeStart = words.All(c => char.IsAsciiDigit(c) || c == '.') && (rest.StartsWith(" to ", StringComparison.Ordinal) || rest.StartsWith('-') || rest.StartsWith('–')
                || rest.StartsWith(" and ", StringComparison.Ordinal) || rest.StartsWith(" or ", StringComparison.Ordinal)
                || rest.StartsWith(", ", StringComparison.Ordinal) && rest.Length > 2 && char.IsAsciiDigit(rest[2]));
            (words.Contains('%') || words.Contains("cent", StringComparison.OrdinalIgnoreCase) || words.Any(char.IsLetter) || rangeStart).Should().BeTrue(words);
            regions.Should().Contain(r => r.File == m.File && r.Start <= m.Start && m.End <= r.End, "every mention lies in a labelled sentence");
            if (m.MeasureStart is int ms) m.MeasureEnd.Should().BeGreaterThan(ms);
        }
    }

    [SharedFact]
    public void Seed_vacancy_rates_have_their_measure_and_scope()
    {
        var text = File.ReadAllText(SharedData.PathTo("seeds", "003_1ae9bd2438d79585.txt"));
        using var document = Document.Parse(text);
        var found = PercentageExtractor.Extract(document);
        found.Select(p => p.Value).Should().Equal(40, 80);
        found.Should().OnlyContain(p => p.Measure == "vacancy rate" && !p.Approximate && p.Kind == PercentageKind.Percent);
        found[0].Scope.Should().BeNull();
        found[1].Scope.Should().Be("assessment teams");
        text[found[1].ScopeStart!.Value..found[1].ScopeEnd!.Value].Should().Be("assessment teams");
    }

    [SharedFact]
    public void First_seed_has_no_percentages()
    {
        // money, dates, counts and "more than 60,000 articles" are not percentages
        var text = File.ReadAllText(SharedData.PathTo("seeds", "000_fff1954a607271f3.txt"));
        using var document = Document.Parse(text);
        PercentageExtractor.Extract(document).Should().BeEmpty();
    }

    [SharedFact]
    public void Every_percent_sign_in_the_corpus_is_read()
    {
        var folder = SharedData.PathTo("corpus", "ilacs", "texts");
        int signs = 0, missed = 0;
        var examples = new List<string>();
        foreach (var file in Directory.GetFiles(folder, "*.txt"))
        {
            var text = File.ReadAllText(file);
            using var document = Document.Parse(text);
            var found = PercentageExtractor.Extract(document);
            for (int i = text.IndexOf('%'); i >= 0; i = text.IndexOf('%', i + 1))
            {
                // a sign right after a number is a figure
                int k = i - 1;
                if (k >= 0 && text[k] == ' ') k--;
                if (k < 0 || !char.IsAsciiDigit(text[k])) continue;
                signs++;
                if (!found.Any(p => p.Start <= i && i < p.End))
                {
                    missed++;
                    if (examples.Count < 10) examples.Add($"{Path.GetFileName(file)}@{i}");
                }
            }
        }

        signs.Should().BeGreaterThan(4800);
        missed.Should().Be(0, string.Join(", ", examples));
    }
}
