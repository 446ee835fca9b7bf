using System.CommandLine;
using ReportMining.Dates;

namespace ReportMining.Cli.Commands;

/// <summary><c>reportmining eval timex --gold FILE.jsonl</c>: scores date extraction on TempEval-3 JSONL.</summary>
internal static class EvalTimexCommand
{
    public static Command Create()
    {
        var gold = new Option<FileInfo>("--gold") { Description = "TempEval-3 JSONL: {id, dct, text, timexes:[{start,end,type,value}]} per line.", Required = true };
        var misses = new Option<bool>("--misses") { Description = "Also list every error: missed, spurious, wrong value, type or extent." };
        var only = new Option<string?>("--doc") { Description = "Score only the document with this id, and print its gold and system timexes." };
        var half = new Option<string?>("--half") { Description = "Score only the documents at even or odd positions in the file (even|odd): a check that a change helps both halves, not one document.", Hidden = true };
        var dump = new Option<FileInfo?>("--dump") { Description = "Write every document's gold and system timexes to this file (tab-separated: id, gold|system, start, end, type, value, text).", Hidden = true };
        var command = new Command("timex", "Score dates (TIMEX3) against TempEval-3 gold the way the official scorer does: strict and relaxed extent P/R/F1, value F1, type accuracy, per type.")
        {
            gold,
            misses,
            only,
            half,
            dump,
        };
        command.SetAction(parse =>
        {
            var file = parse.GetValue(gold)!;
            if (!file.Exists)
            {
                Cli.Io.Stderr.WriteLine($"reportmining: gold file not found: {file.FullName}");
                return Program.UsageError;
            }

            var documents = TimexEvaluation.ReadGold(file.FullName);
            bool listMisses = parse.GetValue(misses);
            if (parse.GetValue(half) is { } which)
            {
                if (which is not ("even" or "odd"))
                {
                    Cli.Io.Stderr.WriteLine("reportmining: --half takes even or odd");
                    return Program.UsageError;
                }

                int keep = which == "even" ? 0 : 1;
                documents = documents.Where((_, i) => i % 2 == keep).ToList();
            }

            if (parse.GetValue(dump) is { } dumpFile)
            {
                using var writer = new StreamWriter(dumpFile.FullName);
                foreach (var d in documents)
                {
                    static string Flat(string s) => s.Replace('\n', ' ').Replace('\t', ' ');
                    foreach (var t in d.Timexes) writer.WriteLine($"{d.Id}\tgold\t{t.Start}\t{t.End}\t{t.Type}\t{t.Value}\t{Flat(t.Text)}");
                    using var parsed = ReportMining.Text.Document.Parse(d.Text);
                    foreach (var t in DateExtractor.FindTimeMl(parsed, d.Dct)) writer.WriteLine($"{d.Id}\tsystem\t{t.Start}\t{t.End}\t{TimexEvaluation.TypeName(t.Type)}\t{t.Value}\t{Flat(d.Text[t.Start..t.End])}");
                }
            }

            if (parse.GetValue(only) is { } id)
            {
                documents = documents.Where(d => d.Id == id).ToList();
                foreach (var d in documents)
                {
                    Cli.Io.Out.WriteLine($"{d.Id} dct {d.Dct}");
                    foreach (var t in d.Timexes) Cli.Io.Out.WriteLine($"gold\t{t.Start}\t{t.End}\t{t.Type}\t{t.Value}\t{t.Text}");
                    using var parsed = ReportMining.Text.Document.Parse(d.Text);
                    foreach (var t in DateExtractor.FindTimeMl(parsed, d.Dct)) Cli.Io.Out.WriteLine($"system\t{t.Start}\t{t.End}\t{TimexEvaluation.TypeName(t.Type)}\t{t.Value}\t{d.Text[t.Start..t.End]}");
                }
            }

            var scores = TimexEvaluation.Evaluate(documents, listMisses);
            if (listMisses)
            {
                foreach (var line in scores.Misses) Cli.Io.Out.WriteLine(line);
                Cli.Io.Out.WriteLine();
            }

            Cli.Io.Out.Write(scores.Format());
            return 0;
        });
        return command;
    }
}
