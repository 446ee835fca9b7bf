using System.CommandLine;
using System.Diagnostics;
using ReportMining.MachineLearning;
using ReportMining.Sentiment;

namespace ReportMining.Cli.Commands;

/// <summary>
/// <c>reportmining eval sentences --gold labels.jsonl --texts DIR</c>: scores the shipped sentence
/// models on labelled sentences in the training-label format (report sentences by reference to
/// the texts in DIR, or sentences with their text): accuracy and macro-F1 of sentiment, area and
/// finer area, each sentence on its own and each in its document as the pipeline labels it, and
/// per-class precision, recall and F1 in the document.
/// </summary>
internal static class EvalSentencesCommand
{
    public static Command Create()
    {
        var gold = new Option<string>("--gold") { Description = "Labelled sentences: a JSONL file (or a folder of them) in the format of models/training.", Required = true };
        var texts = new Option<string>("--texts") { Description = "Folder of the report texts the labels point into.", Required = true };
        var command = new Command("sentences", "Score the sentence models on labelled sentences (new labels; on the training labels this measures fit, not accuracy).") { gold, texts };
        command.SetAction(parse =>
        {
            string goldPath = parse.GetValue(gold)!;
            string textsDir = parse.GetValue(texts)!;
            if (!File.Exists(goldPath) && !Directory.Exists(goldPath))
            {
                Cli.Io.Stderr.WriteLine($"reportmining: gold file '{goldPath}' not found.");
                return Program.UsageError;
            }

            if (!Directory.Exists(textsDir))
            {
                Cli.Io.Stderr.WriteLine($"reportmining: texts folder '{textsDir}' not found.");
                return Program.UsageError;
            }

            var watch = Stopwatch.StartNew();
            SentenceAgreementResult result;
            try
            {
                result = SentenceAgreement.Run(goldPath, textsDir, new ReportMiner());
            }
            catch (InvalidDataException e)
            {
                Cli.Io.Stderr.WriteLine($"reportmining: {e.Message}");
                return Program.UsageError;
            }

            watch.Stop();
            if (result.Sentences == 0)
            {
                Cli.Io.Stderr.WriteLine($"reportmining: '{goldPath}' holds no labelled sentences.");
                return Program.UsageError;
            }

            Cli.Io.Out.WriteLine(FormattableString.Invariant($"Sentence models against {result.Sentences} labelled sentences ({result.Documents} reports), {watch.Elapsed.TotalSeconds:F2} s"));
            Cli.Io.Out.WriteLine("(on the models' own training labels this is fit, not accuracy: see `reportmining train --no-write` for cross-validation)");
            Cli.Io.Out.WriteLine();
            Cli.Io.Out.WriteLine(FormattableString.Invariant($"{"model",-12} {"alone: accuracy",16} {"macro-F1",9}   {"in document: accuracy",22} {"macro-F1",9}"));
            ModelKind[] kinds = [ModelKind.Sentiment, ModelKind.Area, ModelKind.FineArea];
            for (int m = 0; m < kinds.Length; m++)
            {
                var a = result.Alone[m];
                var d = result.InDocument[m];
                Cli.Io.Out.WriteLine(FormattableString.Invariant($"{kinds[m].Name(),-12} {a.Accuracy,16:0.0000} {a.MacroF1,9:0.0000}   {d.Accuracy,22:0.0000} {d.MacroF1,9:0.0000}"));
            }

            for (int m = 0; m < kinds.Length; m++)
            {
                var d = result.InDocument[m];
                Cli.Io.Out.WriteLine();
                Cli.Io.Out.WriteLine(FormattableString.Invariant($"{kinds[m].Name()}, in document: {"support",8} {"precision",9} {"recall",7} {"F1",7}"));
                for (int c = 0; c < d.Classes.Length; c++)
                {
                    if (d.Support(c) == 0 && d.Predicted(c) == 0) continue;
                    Cli.Io.Out.WriteLine(FormattableString.Invariant($"  {d.Classes[c],-20} {d.Support(c),8} {d.Precision(c),9:0.000} {d.Recall(c),7:0.000} {d.F1(c),7:0.000}"));
                }
            }

            return 0;
        });
        return command;
    }
}
