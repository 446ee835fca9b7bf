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
        return eval;
    }
}
