using System.CommandLine;
using System.Globalization;
using System.Text;
using ReportMining.MachineLearning;
using ReportMining.Percentages;
using ReportMining.Text;

namespace ReportMining.Cli.Commands;

/// <summary>
/// <c>reportmining eval percentages --gold FILE --texts DIR</c>: scores the percentage extractor
/// against a gold file labelled by reference (recall, precision in the labelled sentences,
/// value, hedge, measure and scope accuracy) and prints every miss. With <c>--dump</c> and no
/// gold, prints every percentage found in the texts with its measure and scope, for reading.
/// </summary>
internal static class EvalPercentagesCommand
{
    public static Command Create()
    {
        var gold = new Option<string?>("--gold") { Description = "Gold JSONL (type sentence|mention; file, start, end, value, approximate, measureStart/End, scopeStart/End)." };
        var texts = new Option<string>("--texts") { Description = "Folder the gold file names are relative to; a name PATH.jsonl#ID is the text of the record with that id (for --dump: a folder or file of .txt texts).", Required = true };
        var misses = new Option<int>("--misses") { Description = "How many misses to print (default all).", DefaultValueFactory = _ => int.MaxValue };
        var dump = new Option<bool>("--dump") { Description = "Print every percentage found in --texts instead of scoring." };
        var split = new Option<string?>("--split") { Description = "Score only the gold lines of this split (a split name of the file: dev, test, final, fresh3 to fresh16, fresh10b, news1 to news15); without it, all lines and a line per split." };
        var speed = new Option<int>("--speed") { Description = "Instead of scoring: run the stage N times over the --texts folder (documents parsed once) and print MB/s by CPU time and by wall time." };
        var holdout = new Option<string?>("--ranker-holdout") { Description = "Train the measure ranker on every split but these (comma-separated) and score the held-out splits with the rules alone and with the ranker." };
        var rulesOnly = new Option<bool>("--rules-only") { Description = "Measures from the rules alone, without the measure ranker." };
        var measureModel = new Option<string?>("--measure-model") { Description = "The measure ranker's model file to use instead of the shipped one (percentage_measure.bin)." };
        var command = new Command("percentages", "Score percentages (value, hedge, measure, scope) against a gold file labelled by offsets.") { gold, texts, misses, dump, split, speed, holdout, rulesOnly, measureModel };
        command.SetAction(parse =>
        {
            string root = parse.GetValue(texts)!;
            MeasureRanker? ranker;
            try
            {
                ranker = parse.GetValue(rulesOnly) ? null
                    : parse.GetValue(measureModel) is { } file ? MeasureRanker.LoadFile(file)
                    : MeasureRanker.Load(null);
            }
            catch (ModelFormatException e)
            {
                Cli.Io.Stderr.WriteLine($"reportmining: {e.Message}");
                return Program.SomeInputsFailed;
            }

            if (parse.GetValue(speed) is int rounds && rounds > 0)
            {
                Speed(root, rounds, ranker);
                return 0;
            }

            if (parse.GetValue(dump))
            {
                Dump(root, ranker);
                return 0;
            }

            string? goldPath = parse.GetValue(gold);
            if (goldPath is null)
            {
                Cli.Io.Stderr.WriteLine("reportmining: eval percentages needs --gold FILE (or --dump).");
                return Program.UsageError;
            }

            if (parse.GetValue(holdout) is { } heldOut)
            {
                var names = heldOut.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
                var watch = System.Diagnostics.Stopwatch.StartNew();
                var (model, summary) = MeasureRankerTrainer.Train(goldPath, root, name => name is null || !names.Contains(name));
                Cli.Io.Out.WriteLine($"trained on {summary.Mentions} mentions ({summary.Covered} with the gold measure among the candidates), {summary.Rows} rows, in {watch.Elapsed.TotalSeconds:F1} s");
                var trained = new MeasureRanker(model);
                foreach (var name in names.Order(StringComparer.Ordinal))
                {
                    Cli.Io.Out.WriteLine(PercentageScorer.Score(goldPath, root, name).Line(name + " rules"));
                    var held = PercentageScorer.Score(goldPath, root, n => n == name, trained);
                    Cli.Io.Out.WriteLine(held.Line(name + " ranker"));
                    foreach (var miss in held.Misses.Take(parse.GetValue(misses))) Cli.Io.Out.WriteLine(miss);
                }

                return 0;
            }

            string? only = parse.GetValue(split);
            Cli.Io.Out.WriteLine(ranker is null
                ? "measures: the rules alone"
                : "measures: rules and measure ranker (if the ranker was trained on this gold file, as the shipped one is, its measure scores here are not held-out: see --ranker-holdout)");
            var result = PercentageScorer.Score(goldPath, root, only is null ? null : name => name == only, ranker);
            Cli.Io.Out.WriteLine(result.Summary());
            if (only is null)
            {
                var splits = PercentageScorer.Splits(goldPath);
                if (splits.Count > 1)
                {
                    Cli.Io.Out.WriteLine("per split:");
                    foreach (var name in splits) Cli.Io.Out.WriteLine(PercentageScorer.Score(goldPath, root, n => n == name, ranker).Line(name));
                    Cli.Io.Out.WriteLine(result.Line("all"));
                }
            }

            int max = parse.GetValue(misses);
            foreach (var miss in result.Misses.Take(max)) Cli.Io.Out.WriteLine(miss);
            return 0;
        });
        return command;
    }

    private static void Dump(string path, MeasureRanker? ranker)
    {
        var files = File.Exists(path) ? [path] : Directory.GetFiles(path, "*.txt", SearchOption.AllDirectories);
        Array.Sort(files, StringComparer.Ordinal);
        var output = new StringBuilder();
        foreach (var file in files)
        {
            string text = File.ReadAllText(file, Encoding.UTF8);
            using var document = Document.Parse(text);
            var rules = new List<string>();
            if (Environment.GetEnvironmentVariable("REPORTMINING_TRACE") is not null) PercentageExtractor.Trace = rules.Add;
            int n = 0;
            foreach (var p in PercentageExtractor.Extract(document, ranker))
            {
                if (rules.Count > n) output.Append(rules[n]).Append('\t');
                n++;
                int s = Math.Max(0, p.Start - 70), e = Math.Min(text.Length, p.End + 50);
                output.Append(Path.GetFileName(file)).Append('@').Append(p.Start).Append('\t')
                    .Append(p.Value.ToString(CultureInfo.InvariantCulture)).Append(p.Approximate ? "~" : "").Append('\t')
                    .Append(p.Measure ?? "-").Append('\t').Append(p.Scope ?? "-").Append('\t')
                    .Append(Flat(text.AsSpan(s, p.Start - s))).Append('[').Append(Flat(p.Text)).Append(']').Append(Flat(text.AsSpan(p.End, e - p.End)))
                    .Append('\n');
            }
        }

        Cli.Io.Out.Write(output);
    }

    private static void Speed(string path, int rounds, MeasureRanker? ranker)
    {
        var files = File.Exists(path) ? [path] : Directory.GetFiles(path, "*.txt", SearchOption.AllDirectories);
        var texts = files.Select(f => File.ReadAllText(f, Encoding.UTF8)).ToArray();
        long bytes = texts.Sum(t => (long)Encoding.UTF8.GetByteCount(t));
        var documents = texts.Select(Document.Parse).ToArray();
        int found = 0;
        foreach (var d in documents) found += PercentageExtractor.Extract(d, ranker).Count; // warm-up
        var process = System.Diagnostics.Process.GetCurrentProcess();
        var cpu0 = process.TotalProcessorTime;
        var wall = System.Diagnostics.Stopwatch.StartNew();
        for (int r = 0; r < rounds; r++)
        {
            foreach (var d in documents) found += PercentageExtractor.Extract(d, ranker).Count;
        }

        wall.Stop();
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpu0;
        double mb = bytes * (double)rounds / 1_000_000;
        Cli.Io.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{documents.Length} texts, {bytes:N0} UTF-8 bytes, {rounds} rounds, {found / (rounds + 1)} percentages a round: {mb / cpu.TotalSeconds:F1} MB/s by CPU time ({cpu.TotalSeconds:F2} s), {mb / wall.Elapsed.TotalSeconds:F1} MB/s by wall time ({wall.Elapsed.TotalSeconds:F2} s)"));
        foreach (var d in documents) d.Dispose();
    }

    private static string Flat(ReadOnlySpan<char> s)
    {
        var b = new StringBuilder(s.Length);
        foreach (char c in s) b.Append(char.IsWhiteSpace(c) || char.IsControl(c) ? ' ' : c == '\u00AD' ? '·' : c);
        return b.ToString();
    }
}
