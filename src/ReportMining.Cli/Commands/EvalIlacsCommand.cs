using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using ReportMining.Inspections;

namespace ReportMining.Cli.Commands;

/// <summary>
/// <c>reportmining eval ilacs --gold gold.csv --texts DIR</c>: scores the inspection reader
/// (judgements, dates, lead inspector, framework, LA code) against the ILACS gold table and
/// lists every miss.
/// </summary>
internal static class EvalIlacsCommand
{
    public static Command Create()
    {
        var gold = new Option<string>("--gold") { Description = "The gold table (gold.csv).", Required = true };
        var texts = new Option<string>("--texts") { Description = "Folder of the report texts named in the gold table.", Required = true };
        var command = new Command("ilacs", "Score inspection facts (judgements, dates, lead inspector, framework, LA code) against the ILACS gold table.") { gold, texts };
        command.SetAction(parse =>
        {
            string goldPath = parse.GetValue(gold)!;
            string textsDir = parse.GetValue(texts)!;
            if (EvalCommand.CheckGoldAndTexts(goldPath, textsDir) is { } error) return error;

            var watch = Stopwatch.StartNew();
            var result = IlacsEvaluation.Run(goldPath, textsDir);
            watch.Stop();
            var inv = CultureInfo.InvariantCulture;
            Cli.Io.Out.WriteLine(string.Create(inv, $"ILACS evaluation: {result.Documents} documents ({result.MissingTexts} gold rows without a text), {watch.Elapsed.TotalSeconds:F2} s"));
            Cli.Io.Out.WriteLine();
            Cli.Io.Out.WriteLine(string.Create(inv, $"{"field",-24} {"correct",8} {"scored",7} {"accuracy",9}"));
            foreach (var f in result.Fields)
            {
                Cli.Io.Out.WriteLine(string.Create(inv, $"{f.Field,-24} {f.Correct,8} {f.Scored,7} {f.Accuracy,9:P2}"));
            }

            Cli.Io.Out.WriteLine(string.Create(inv, $"{"all fields",-24} {result.Correct,8} {result.Scored,7} {(result.Scored == 0 ? 1 : (double)result.Correct / result.Scored),9:P2}"));
            Cli.Io.Out.WriteLine();
            Cli.Io.Out.WriteLine(result.Misses.Count == 0 ? "No misses." : $"Misses ({result.Misses.Count}):");
            foreach (var m in result.Misses)
            {
                Cli.Io.Out.WriteLine($"  {m.File}  {m.Field}: gold '{m.Gold}', got '{m.Got}'");
            }

            return 0;
        });
        return command;
    }
}
