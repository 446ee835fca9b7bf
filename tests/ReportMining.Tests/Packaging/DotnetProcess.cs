using System.Diagnostics;
using System.Text;

namespace ReportMining.Tests.Packaging;

/// <summary>Runs the <c>dotnet</c> command line (or another program) for the packaging tests, with a time limit.</summary>
internal static class DotnetProcess
{
    /// <summary>The <c>dotnet</c> executable running this test (so child builds use the same SDK install).</summary>
    public static string Dotnet { get; } = Resolve(FindDotnet());

    private static string Resolve(string path)
    {
        // /usr/bin/dotnet is often a link into the install folder, which is what DOTNET_ROOT must name
        try { return File.Exists(path) ? new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? path : path; }
        catch (IOException) { return path; }
    }

    public sealed record Result(int ExitCode, string Stdout, string Stderr, TimeSpan Elapsed)
    {
        public override string ToString() => $"exit {ExitCode} after {Elapsed.TotalSeconds:0.0} s\n--- stdout ---\n{Tail(Stdout)}\n--- stderr ---\n{Tail(Stderr)}";

        private static string Tail(string s) => s.Length <= 6000 ? s : "…" + s[^6000..];
    }

    /// <summary>Runs <paramref name="fileName"/> with <paramref name="arguments"/> and returns its output; kills it (and its children) after <paramref name="timeout"/>.</summary>
    public static Result Run(string fileName, IEnumerable<string> arguments, string workingDirectory, TimeSpan timeout, IDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments) info.ArgumentList.Add(argument);

        // The test runner's MSBuild variables point into its own build; the child resolves its SDK itself.
        foreach (var name in new[] { "MSBuildExtensionsPath", "MSBuildSDKsPath", "MSBUILD_EXE_PATH", "MSBuildLoadMicrosoftTargetsReadOnly" })
            info.Environment.Remove(name);
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        info.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        info.Environment["DOTNET_ROOT"] = Path.GetDirectoryName(Dotnet)!;
        // No build servers or reused MSBuild nodes: nothing outlives the test, and no background
        // process keeps the output pipes open after the command has finished.
        info.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        info.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        info.Environment["UseSharedCompilation"] = "false";
        info.Environment["UseRazorBuildServer"] = "false";
        if (environment is not null)
        {
            foreach (var (key, value) in environment) info.Environment[key] = value;
        }

        var stdout = new StringBuilder();
        var stderr = new StringBuilder();
        var watch = Stopwatch.StartNew();
        using var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (stdout) stdout.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (stderr) stderr.AppendLine(e.Data); };
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(timeout))
        {
            try { process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
            process.WaitForExit(5000);
            throw new TimeoutException($"'{fileName} {string.Join(' ', info.ArgumentList)}' did not finish within {timeout.TotalSeconds:0} s\n{stdout}\n{stderr}");
        }

        process.WaitForExit(); // drains the output
        watch.Stop();
        lock (stdout) lock (stderr) return new Result(process.ExitCode, stdout.ToString(), stderr.ToString(), watch.Elapsed);
    }

    /// <summary>Runs <c>dotnet</c> with <paramref name="arguments"/>.</summary>
    public static Result Run(IEnumerable<string> arguments, string workingDirectory, TimeSpan timeout, IDictionary<string, string>? environment = null) =>
        Run(Dotnet, arguments, workingDirectory, timeout, environment);

    /// <summary>Runs a command and fails the test with its output when it does not exit with 0.</summary>
    public static Result Succeed(IEnumerable<string> arguments, string workingDirectory, TimeSpan timeout, IDictionary<string, string>? environment = null) =>
        Check(Run(arguments, workingDirectory, timeout, environment), arguments);

    public static Result Check(Result result, IEnumerable<string> arguments)
    {
        if (result.ExitCode != 0) throw new Xunit.Sdk.XunitException($"'{string.Join(' ', arguments)}' failed: {result}");
        return result;
    }

    private static string FindDotnet()
    {
        // set by the dotnet CLI for the processes it starts (the test host among them)
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (!string.IsNullOrEmpty(host) && File.Exists(host)) return host;
        var self = Environment.ProcessPath;
        if (self is not null && Path.GetFileNameWithoutExtension(self).Equals("dotnet", StringComparison.OrdinalIgnoreCase)) return self;
        var exe = OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet";
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(dir, exe);
            if (File.Exists(candidate)) return candidate;
        }

        return exe;
    }
}
