using System.CommandLine;
using System.Text;

namespace ReportMining.Cli;

/// <summary>The standard streams a command works with: the process's own, or a test's.</summary>
/// <param name="Stdin">Standard input, as bytes (so UTF-8 is checked, not guessed).</param>
/// <param name="Stdout">Standard output, as bytes.</param>
/// <param name="Stderr">Standard error (messages, notes, the progress bar).</param>
/// <param name="StderrIsTerminal">True when standard error is a terminal: the progress bar is shown only then.</param>
/// <param name="CancellationToken">Stops a long run (Ctrl+C).</param>
internal sealed record CliIo(Stream Stdin, Stream Stdout, TextWriter Stderr, bool StderrIsTerminal, CancellationToken CancellationToken)
{
    /// <summary>Standard output as text (UTF-8), for commands that print tables and messages.</summary>
    public TextWriter Out { get; init; } = Console.Out;
}

/// <summary>
/// Runs the <c>reportmining</c> command line against given streams, so that tests can run it in
/// process, in parallel, without touching <see cref="Console"/>.
/// </summary>
internal static class Cli
{
    private static readonly AsyncLocal<CliIo?> CurrentIo = new();

    /// <summary>The streams of the run in progress (the console's outside <see cref="Run"/>).</summary>
    public static CliIo Io => CurrentIo.Value ?? new CliIo(
        Console.OpenStandardInput(), Console.OpenStandardOutput(), Console.Error, !Console.IsErrorRedirected, CancellationToken.None);

    /// <summary>Parses <paramref name="args"/> and runs the command; returns the exit code (0 ok, 1 some inputs failed, 2 usage error).</summary>
    public static int Run(string[] args, Stream stdin, Stream stdout, TextWriter stderr, bool stderrIsTerminal = false, CancellationToken cancellationToken = default)
    {
        var output = new StreamWriter(stdout, new UTF8Encoding(false), bufferSize: 4096, leaveOpen: true) { AutoFlush = true };
        var io = new CliIo(stdin, stdout, stderr, stderrIsTerminal, cancellationToken) { Out = output };
        var previous = CurrentIo.Value;
        CurrentIo.Value = io;
        try
        {
            var root = Program.CreateRoot();
            var parse = root.Parse(args);
            if (parse.Errors.Count > 0)
            {
                foreach (var error in parse.Errors) stderr.WriteLine($"reportmining: {error.Message}");
                stderr.WriteLine("Run 'reportmining --help' for usage.");
                return Program.UsageError;
            }

            return parse.Invoke(new InvocationConfiguration { Output = output, Error = stderr, EnableDefaultExceptionHandler = true });
        }
        finally
        {
            output.Flush();
            CurrentIo.Value = previous;
        }
    }
}
