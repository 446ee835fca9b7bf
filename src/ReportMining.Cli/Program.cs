using System.CommandLine;
using ReportMining.Cli.Commands;

namespace ReportMining.Cli;

/// <summary>Entry point of the <c>reportmining</c> tool.</summary>
public static class Program
{
    /// <summary>Exit code when some inputs could not be read or analysed.</summary>
    public const int SomeInputsFailed = 1;

    /// <summary>Exit code for a usage error.</summary>
    public const int UsageError = 2;

    /// <summary>Runs the command line.</summary>
    public static int Main(string[] args)
    {
        var root = new RootCommand("ReportMining: structured facts from Ofsted reports and news about children's services.");
        root.Subcommands.Add(ExtractCommand.Create());
        root.Subcommands.Add(SegmentCommand.Create());
        root.Subcommands.Add(EvalCommand.Create());
        root.Subcommands.Add(TrainCommand.Create());
        root.Subcommands.Add(ClassifyCommand.Create());
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors) Console.Error.WriteLine($"reportmining: {error.Message}");
            Console.Error.WriteLine("Run 'reportmining --help' for usage.");
            return UsageError;
        }

        return parse.Invoke();
    }
}
