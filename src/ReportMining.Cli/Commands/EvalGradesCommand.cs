using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using ReportMining.Sentiment;

namespace ReportMining.Cli.Commands;

/// <summary>
/// <c>reportmining eval grades --gold gold.csv --texts DIR</c>: sets each report's per-area
/// sentiment against the inspectors' judgement of that area (good or outstanding: positive;
/// requires improvement: mixed; inadequate: negative) and prints the agreement, the confusion
/// table, the score spread per grade and the thresholds that would agree best.
/// </summary>
internal static class EvalGradesCommand
{
    public static Command Create()
    {
        var gold = new Option<string>("--gold") { Description = "The gold table (gold.csv) with judgement columns.", Required = true };
        var texts = new Option<string>("--texts") { Description = "Folder of the report texts named in the gold table.", Required = true };
        var command = new Command("grades", "Score per-area sentiment of whole reports against the inspectors' judgement grades.") { gold, texts };
        command.SetAction(parse =>
        {
            string goldPath = parse.GetValue(gold)!;
            string textsDir = parse.GetValue(texts)!;
            if (EvalCommand.CheckGoldAndTexts(goldPath, textsDir) is { } error) return error;

            var watch = Stopwatch.StartNew();
            var result = GradeAgreement.Run(goldPath, textsDir, new ReportMiner());
            watch.Stop();
            var inv = CultureInfo.InvariantCulture;
            var areas = result.Areas;
            Cli.Io.Out.WriteLine(string.Create(inv, $"Area sentiment against judgement grades: {areas.Count} judgements in {result.Documents} reports ({result.MissingTexts} gold rows without a text), {watch.Elapsed.TotalSeconds:F2} s"));
            Cli.Io.Out.WriteLine(string.Create(inv, $"thresholds: positive above {ServiceAreaAggregator.PositiveScore}, negative below {ServiceAreaAggregator.NegativeScore}"));
            Cli.Io.Out.WriteLine();
            Cli.Io.Out.WriteLine(string.Create(inv, $"{"area",-22} {"agree",6} {"judged",7} {"accuracy",9}"));
            foreach (var group in areas.GroupBy(a => a.Area))
            {
                int agree = group.Count(a => a.Expected == a.Got);
                Cli.Io.Out.WriteLine(string.Create(inv, $"{System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(group.Key.ToString()),-22} {agree,6} {group.Count(),7} {(double)agree / group.Count(),9:P2}"));
            }

            Cli.Io.Out.WriteLine(string.Create(inv, $"{"all",-22} {areas.Count(a => a.Expected == a.Got),6} {areas.Count,7} {result.Accuracy,9:P2}"));
            Cli.Io.Out.WriteLine();
            SentimentLabel[] labels = [SentimentLabel.Positive, SentimentLabel.Mixed, SentimentLabel.Negative, SentimentLabel.Neutral];
            Cli.Io.Out.WriteLine($"{"grade",-22} " + string.Join(" ", labels.Select(l => $"{l.ToString().ToLowerInvariant(),9}")) + "   score 10% / 25% / 50% / 75% / 90%");
            foreach (var grade in new[] { "outstanding", "good", "requires_improvement", "inadequate" })
            {
                var rows = areas.Where(a => a.Grade == grade).ToArray();
                if (rows.Length == 0) continue;
                var scores = rows.Select(a => a.Score).Order().ToArray();
                string spread = string.Join(" / ", new[] { 0.1, 0.25, 0.5, 0.75, 0.9 }.Select(q => scores[(int)(q * (scores.Length - 1))].ToString("F2", inv)));
                Cli.Io.Out.WriteLine($"{grade,-22} " + string.Join(" ", labels.Select(l => $"{rows.Count(a => a.Got == l),9}")) + "   " + spread);
            }

            var best = result.BestThresholds();
            Cli.Io.Out.WriteLine();
            Cli.Io.Out.WriteLine(string.Create(inv, $"best thresholds on this table: positive above {best.Positive:F2}, negative below {best.Negative:F2}: accuracy {best.Accuracy:P2}"));
            return 0;
        });
        return command;
    }
}
