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
        using var interrupt = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            if (interrupt.IsCancellationRequested) return; // a second Ctrl+C ends the process at once
            e.Cancel = true;
            interrupt.Cancel();
        };
        using var stdin = Console.OpenStandardInput();
        using var stdout = Console.OpenStandardOutput();
        return Cli.Run(args, stdin, stdout, Console.Error, stderrIsTerminal: !Console.IsErrorRedirected, interrupt.Token);
    }

    /// <summary>The command tree.</summary>
    internal static RootCommand CreateRoot()
    {
        var root = new RootCommand("ReportMining: structured facts from Ofsted reports and news about children's services.");
        root.Subcommands.Add(ExtractCommand.Create());
        root.Subcommands.Add(SegmentCommand.Create());
        root.Subcommands.Add(EvalCommand.Create());
        root.Subcommands.Add(TrainCommand.Create());
        root.Subcommands.Add(ClassifyCommand.Create());
        return root;
    }
}
