using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using ReportMining.MachineLearning;
using ReportMining.Percentages;

namespace ReportMining.Cli.Commands;

/// <summary>
/// <c>reportmining train percentage-measure</c>: trains the measure ranker from the percentage
/// gold file (mentions labelled by reference into texts under <c>--texts</c>) and writes
/// <c>percentage_measure.bin</c>, byte for byte the same on every run.
/// </summary>
internal static class TrainPercentageMeasureCommand
{
    public static Command Create()
    {
        var gold = new Option<string>("--gold") { Description = "The percentage gold file (JSONL, by reference).", DefaultValueFactory = _ => Path.Combine("models", "percentages", "percentages-gold.jsonl") };
        var texts = new Option<string>("--texts") { Description = "Folder the gold file names are relative to.", DefaultValueFactory = _ => Path.Combine("..", "shared") };
        var output = new Option<string>("--out") { Description = "The model file to write.", DefaultValueFactory = _ => Path.Combine("models", ModelKind.PercentageMeasure.FileName()) };
        var exclude = new Option<string?>("--exclude") { Description = "Leave out the gold lines of these comma-separated splits (to keep them for a held-out score)." };
        var l2 = new Option<double>("--l2") { Description = "L2 penalty.", DefaultValueFactory = _ => MeasureRankerTrainer.DefaultOptions.L2 };
        var iterations = new Option<int>("--iterations") { Description = "Most L-BFGS iterations.", DefaultValueFactory = _ => MeasureRankerTrainer.DefaultOptions.MaxIterations };
        var command = new Command("percentage-measure", "Train the percentage measure ranker from the percentage gold file and write its model.") { gold, texts, output, exclude, l2, iterations };
        command.SetAction(parse =>
        {
            string goldPath = parse.GetValue(gold)!, root = parse.GetValue(texts)!, outPath = parse.GetValue(output)!;
            if (!File.Exists(goldPath) || !Directory.Exists(root))
            {
                Cli.Io.Stderr.WriteLine($"reportmining train percentage-measure: needs the gold file ({goldPath}) and the texts folder ({root}).");
                return Program.UsageError;
            }

            var names = (parse.GetValue(exclude) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
            var options = MeasureRankerTrainer.DefaultOptions with { L2 = parse.GetValue(l2), MaxIterations = parse.GetValue(iterations) };
            var watch = Stopwatch.StartNew();
            var (model, summary) = MeasureRankerTrainer.Train(goldPath, root, name => name is null || !names.Contains(name), options);
            ModelFile.Save(model, outPath);
            Cli.Io.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"trained on {summary.Mentions} gold mentions ({summary.Covered} found with the gold measure among the candidates), {summary.Rows:N0} candidates, {model.Buckets.Length:N0} weighted buckets, in {watch.Elapsed.TotalSeconds:F1} s; wrote {outPath}"));
            return 0;
        });
        return command;
    }
}
