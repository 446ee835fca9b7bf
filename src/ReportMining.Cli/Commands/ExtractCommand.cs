using System.CommandLine;
using System.Text;
using ReportMining.Output;

namespace ReportMining.Cli.Commands;

/// <summary><c>reportmining extract PATH...</c>: runs the pipeline over files, folders or standard input.</summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files or folders (.txt, .html, .pdf, .jsonl), or - for standard input.", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format") { Description = "Output format.", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "jsonl", "csv", "html");
        var output = new Option<string?>("--output", "-o") { Description = "Write results to this file instead of standard output." };
        var date = new Option<string?>("--date") { Description = "Document date (yyyy-mm-dd) anchoring relative dates." };
        var command = new Command("extract", "Extract ratings, dates, percentages, quotes and service-area sentiment.") { paths, format, output, date };
        command.SetAction(parse =>
        {
            DateOnly? documentDate = null;
            if (parse.GetValue(date) is { } d)
            {
                if (!DateOnly.TryParseExact(d, "yyyy-MM-dd", out var parsed))
                {
                    Console.Error.WriteLine($"reportmining: --date must be yyyy-mm-dd, not '{d}'.");
                    return Program.UsageError;
                }

                documentDate = parsed;
            }

            var miner = new ReportMiner();
            bool failed = false;
            var results = new List<ReportAnalysis>();
            foreach (var path in parse.GetValue(paths)!)
            {
                string text = path == "-" ? Console.In.ReadToEnd() : File.ReadAllText(path, Encoding.UTF8);
                results.Add(miner.Analyze(text, new AnalysisOptions { Id = path, DocumentDate = documentDate }));
            }

            using var stdout = Console.OpenStandardOutput();
            if (parse.GetValue(format) == "html")
            {
                Output.HtmlOutput.Write(stdout, results, Output.HtmlOutput.Title(parse.GetValue(paths)!));
                return failed ? Program.SomeInputsFailed : 0;
            }

            foreach (var r in results)
            {
                ReportJson.Write(stdout, r, indented: parse.GetValue(format) != "jsonl");
                stdout.WriteByte((byte)'\n');
            }

            return failed ? Program.SomeInputsFailed : 0;
        });
        return command;
    }
}
