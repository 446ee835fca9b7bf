using System.Text;

namespace ReportMining.Tests.Cli;

/// <summary>Runs the reportmining command line in process, with its own streams.</summary>
public static class CliRunner
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr)
    {
        public string[] Lines => Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    public static Result Run(string[] args, string? stdin = null, bool terminal = false) =>
        Run(args, stdin is null ? [] : new UTF8Encoding(false).GetBytes(stdin), terminal);

    public static Result Run(string[] args, byte[] stdin, bool terminal = false)
    {
        using var input = new MemoryStream(stdin);
        using var output = new MemoryStream();
        using var error = new StringWriter();
        int code = global::ReportMining.Cli.Cli.Run(args, input, output, error, terminal);
        return new Result(code, Encoding.UTF8.GetString(output.ToArray()), error.ToString());
    }
}
