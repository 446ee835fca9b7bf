using System.CommandLine;

namespace ReportMining.Cli.Commands;

/// <summary><c>reportmining eval ...</c>: scores extraction and models against gold files.</summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var eval = new Command("eval", "Score extraction and models against gold files; prints accuracy per field and every miss.");
        eval.Subcommands.Add(EvalIlacsCommand.Create());
        eval.Subcommands.Add(EvalTimexCommand.Create());
        eval.Subcommands.Add(EvalQuotesCommand.Create());
        eval.Subcommands.Add(EvalPercentagesCommand.Create());
        eval.Subcommands.Add(EvalGradesCommand.Create());
        eval.Subcommands.Add(EvalSentencesCommand.Create());
        return eval;
    }

    /// <summary>
    /// Checks the gold file and texts folder an evaluation reads; prints the problem and returns
    /// the usage-error exit code, or null when both exist.
    /// </summary>
    internal static int? CheckGoldAndTexts(string goldPath, string textsDirectory)
    {
        if (!File.Exists(goldPath))
        {
            Cli.Io.Stderr.WriteLine($"reportmining: gold file '{goldPath}' not found.");
            return Program.UsageError;
        }

        if (!Directory.Exists(textsDirectory))
        {
            Cli.Io.Stderr.WriteLine($"reportmining: texts folder '{textsDirectory}' not found.");
            return Program.UsageError;
        }

        return null;
    }
}
