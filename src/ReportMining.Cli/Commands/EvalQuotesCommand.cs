using System.CommandLine;
using System.Globalization;
using ReportMining.Quotes;

namespace ReportMining.Cli.Commands;

/// <summary><c>reportmining eval quotes --gold FILE.jsonl</c>: scores quotes and speakers on PolNeAR JSONL.</summary>
internal static class EvalQuotesCommand
{
    public static Command Create()
    {
        var gold = new Option<string>("--gold") { Description = "PolNeAR JSONL file (one article a line with its gold quotes).", Required = true };
        var misses = new Option<bool>("--misses") { Description = "List every missed, spurious and wrongly attributed quote." };
        var command = new Command("quotes", "Score direct quotes (P/R/F1) and their speakers against PolNeAR JSONL gold.") { gold, misses };
        command.SetAction(parse =>
        {
            string path = parse.GetValue(gold)!;
            if (!File.Exists(path))
            {
                Cli.Io.Stderr.WriteLine($"reportmining: gold file not found: {path}");
                return Program.UsageError;
            }

            var miner = new ReportMiner();
            var score = QuoteEvaluation.Evaluate(QuoteEvaluation.Read(path), miner.SentenceClassifier);
            var inv = CultureInfo.InvariantCulture;
            var output = Cli.Io.Out;
            if (parse.GetValue(misses))
            {
                foreach (var m in score.Misses)
                {
                    output.WriteLine(string.Create(inv, $"{m.Kind}\t{m.DocumentId}\t{m.Start}\t{m.End}\t{m.Detail}"));
                }

                output.WriteLine();
            }

            output.WriteLine(string.Create(inv, $"documents            {score.Documents}"));
            output.WriteLine(string.Create(inv, $"quotes (direct)      P {score.Precision:F3}  R {score.Recall:F3}  F1 {score.F1:F3}  (tp {score.TruePositives}, fp {score.FalsePositives}, fn {score.FalseNegatives}; {score.IgnoredMixed} predictions on mixed quotes ignored)"));
            output.WriteLine(string.Create(inv, $"speaker (named)      {score.NamedAccuracy:F3}  ({score.NamedCorrect}/{score.NamedTotal} matched direct quotes whose gold speaker is not a pronoun)"));
            output.WriteLine(string.Create(inv, $"speaker (pronoun)    {score.PronounAccuracy:F3}  ({score.PronounCorrect}/{score.PronounTotal}; the pronoun mention found, resolution not annotated)"));
            output.WriteLine(string.Create(inv, $"speaker (all)        {score.AllAccuracy:F3}  ({score.NamedCorrect + score.PronounCorrect}/{score.NamedTotal + score.PronounTotal})"));
            output.WriteLine(string.Create(inv, $"speaker (named, e2e) {score.NamedEndToEnd:F3}  ({score.NamedCorrect}/{score.NamedGoldAll} gold direct quotes with a named speaker; a missed quote counts as wrong)"));
            output.WriteLine("scheme: a prediction (one per paragraph part) matches a gold quote sharing >= half its characters; kind=direct scored, predictions on kind=mixed ignored; a speaker is right when the predicted mention overlaps the gold source span.");
            return 0;
        });
        return command;
    }
}
