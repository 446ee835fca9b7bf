using System.Diagnostics;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using ReportMining.Tests.Support;

namespace ReportMining.Tests.Packaging;

/// <summary>
/// Packs <c>ReportMining</c> and <c>ReportMining.Tool</c> once for the packaging tests into a
/// fresh temporary folder that serves as the only package source, with a unique prerelease
/// version (so no copy cached by an earlier run can stand in for it).
/// </summary>
/// <remarks>
/// The library package is made from the build the tests run on (<c>dotnet pack --no-build</c> in
/// the test assembly's own configuration), so it holds exactly the code under test. The tool's
/// platform packages are compiled ahead of time per platform, which packing does (a minute or two).
/// </remarks>
public sealed class PackagedFixture : IDisposable
{
    private static readonly TimeSpan Step = TimeSpan.FromMinutes(4);
    private static readonly TimeSpan ToolPackStep = TimeSpan.FromMinutes(12);

    /// <summary>The platforms the tool ships compiled ahead of time (the Cli project's RuntimeIdentifiers, less "any").</summary>
    public static readonly string[] ToolPlatforms = ["linux-x64", "linux-arm64", "osx-x64", "osx-arm64", "win-x64"];

    /// <summary>The platform whose tool package tools/pack.sh makes Native AOT when packing on it.</summary>
    public const string NativePlatform = "linux-x64";

    public PackagedFixture()
    {
        var watch = Stopwatch.StartNew();
        Root = Path.Combine(Path.GetTempPath(), "reportmining-pack-" + Guid.NewGuid().ToString("N")[..12]);
        Feed = Path.Combine(Root, "feed");
        Packages = Path.Combine(Root, "packages");
        Directory.CreateDirectory(Feed);
        Directory.CreateDirectory(Packages);

        BaseVersion = ReadBaseVersion();
        Version = $"{BaseVersion}-test{DateTime.UtcNow:yyyyMMddHHmmssfff}";
        Configuration = typeof(PackagedFixture).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

        // The library from the build under test. The tool is one package per platform, each compiled
        // ahead of time for its platform, plus a pointer package and a portable one: packing builds
        // those platform variants, so it cannot reuse the test build (--no-build).
        string[] library = ["pack", LibraryProject, "--no-build", "-c", Configuration, "-o", Feed, $"-p:PackageVersion={Version}", "-nologo"];
        PackTimes.Add(DotnetProcess.Succeed(library, SharedData.RepoRoot, Step).Elapsed);
        string[] tool = ["pack", ToolProject, "-c", Configuration, "-o", Feed, $"-p:PackageVersion={Version}", "-nologo"];
        PackTimes.Add(DotnetProcess.Succeed(tool, SharedData.RepoRoot, ToolPackStep).Elapsed);

        // as tools/pack.sh does: on linux-x64, with a C toolchain for the native link, that
        // platform's package again, as Native AOT (without one it stays ReadyToRun, and says so)
        if (RuntimeInformation.RuntimeIdentifier == NativePlatform && !HasNativeLinker())
        {
            NativeSkipped = "no clang or gcc on PATH to link a Native AOT executable: the linux-x64 tool package stays ReadyToRun";
        }
        else if (RuntimeInformation.RuntimeIdentifier == NativePlatform)
        {
            string[] native = [.. tool, "-r", NativePlatform, $"-p:RuntimeIdentifiers={NativePlatform}", "-p:PublishAot=true"];
            PackTimes.Add(DotnetProcess.Succeed(native, SharedData.RepoRoot, ToolPackStep).Elapsed);
            // the ReadyToRun package's symbols describe a build that is no longer in the feed
            foreach (var stale in Directory.GetFiles(Feed, $"ReportMining.Tool.{NativePlatform}.*.snupkg")) File.Delete(stale);
            NativeToolPlatform = NativePlatform;
        }

        // The only sources: the folder just packed into, and the machine's global packages folder
        // (as a plain local feed) for the library's own dependencies (AngleSharp), which the
        // solution's restore has already put there. Nothing is fetched from a remote source, and
        // what is restored goes to a folder of this run (see RestorePackagesPath), not the global one.
        NuGetConfig = Path.Combine(Root, "nuget.config");
        File.WriteAllText(NuGetConfig, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="packed-here" value="{Feed}" />
                <add key="global-packages-folder" value="{GlobalPackagesFolder()}" />
              </packageSources>
            </configuration>
            """);
        SetupTime = watch.Elapsed;
    }

    /// <summary>The temporary folder holding everything of this run.</summary>
    public string Root { get; }

    /// <summary>The folder the packages were packed into.</summary>
    public string Feed { get; }

    /// <summary>Where the consumers restore packages to (instead of the global packages folder).</summary>
    public string Packages { get; }

    /// <summary>The nuget.config naming only local sources.</summary>
    public string NuGetConfig { get; }

    /// <summary>The version in Directory.Build.props (the one the README and notebook name).</summary>
    public string BaseVersion { get; }

    /// <summary>The version the packages were packed with.</summary>
    public string Version { get; }

    /// <summary>The build configuration packed.</summary>
    public string Configuration { get; }

    public List<TimeSpan> PackTimes { get; } = [];

    /// <summary><see cref="NativePlatform"/> when its package was packed as Native AOT (packing on that platform), else null.</summary>
    public string? NativeToolPlatform { get; }

    /// <summary>Why the Native AOT package was not made on <see cref="NativePlatform"/>, or null.</summary>
    public string? NativeSkipped { get; }

    /// <summary>True when clang or gcc is on PATH (Native AOT links with one of them).</summary>
    private static bool HasNativeLinker() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(dir => File.Exists(Path.Combine(dir, "clang")) || File.Exists(Path.Combine(dir, "gcc")));

    public TimeSpan SetupTime { get; }

    public static string LibraryProject => Path.Combine(SharedData.RepoRoot, "src", "ReportMining", "ReportMining.csproj");

    public static string ToolProject => Path.Combine(SharedData.RepoRoot, "src", "ReportMining.Cli", "ReportMining.Cli.csproj");

    public string LibraryPackage => Path.Combine(Feed, $"ReportMining.{Version}.nupkg");

    public string ToolPackage => Path.Combine(Feed, $"ReportMining.Tool.{Version}.nupkg");

    /// <summary>The tool package for one platform ("linux-x64", ..., or "any" for the portable one).</summary>
    public string ToolPlatformPackage(string rid) => Path.Combine(Feed, $"ReportMining.Tool.{rid}.{Version}.nupkg");

    /// <summary>A new empty folder under <see cref="Root"/>.</summary>
    public string NewFolder(string name)
    {
        var path = Path.Combine(Root, name);
        Directory.CreateDirectory(path);
        return path;
    }

    private static string ReadBaseVersion()
    {
        var props = File.ReadAllText(Path.Combine(SharedData.RepoRoot, "Directory.Build.props"));
        return Regex.Match(props, "<Version>([^<]+)</Version>").Groups[1].Value;
    }

    private static string GlobalPackagesFolder()
    {
        var configured = Environment.GetEnvironmentVariable("NUGET_PACKAGES");
        if (!string.IsNullOrEmpty(configured)) return configured;
        return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
    }

    public void Dispose()
    {
        if (Environment.GetEnvironmentVariable("REPORTMINING_KEEP_PACK_TEST") == "1") return;
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
