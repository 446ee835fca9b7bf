namespace ReportMining.Tests.Support;

/// <summary>
/// Locates the third-party data in <c>../shared</c> beside the checkout. Tests that need it use
/// <see cref="SharedFactAttribute"/> or <see cref="SharedTheoryAttribute"/>, which skip with a
/// visible message when the folder is absent.
/// </summary>
public static class SharedData
{
    private static readonly Lazy<string?> Root = new(FindRoot);

    /// <summary>The shared folder, or null when it is not beside the checkout.</summary>
    public static string? Directory => Root.Value;

    /// <summary>True when the shared folder is present.</summary>
    public static bool Available => Root.Value is not null;

    /// <summary>A path inside the shared folder.</summary>
    public static string PathTo(params string[] parts) =>
        Path.Combine([Root.Value ?? throw new InvalidOperationException(SkipMessage), .. parts]);

    /// <summary>The message a skipped test shows.</summary>
    public const string SkipMessage = "../shared (third-party corpus and benchmarks) is not beside the checkout: test skipped.";

    /// <summary>The repository root (the folder holding ReportMining.sln).</summary>
    public static string RepoRoot { get; } = FindRepoRoot();

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ReportMining.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("ReportMining.sln not found above " + AppContext.BaseDirectory);
    }

    private static string? FindRoot()
    {
        var env = Environment.GetEnvironmentVariable("REPORTMINING_SHARED");
        if (!string.IsNullOrEmpty(env) && System.IO.Directory.Exists(env)) return env;
        var candidate = Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));
        return System.IO.Directory.Exists(Path.Combine(candidate, "corpus")) ? candidate : null;
    }
}

/// <summary>A fact that needs <c>../shared</c>; skipped with a message when it is absent.</summary>
public sealed class SharedFactAttribute : FactAttribute
{
    /// <summary>Creates the attribute.</summary>
    public SharedFactAttribute()
    {
        if (!SharedData.Available) Skip = SharedData.SkipMessage;
    }
}

/// <summary>A theory that needs <c>../shared</c>; skipped with a message when it is absent.</summary>
public sealed class SharedTheoryAttribute : TheoryAttribute
{
    /// <summary>Creates the attribute.</summary>
    public SharedTheoryAttribute()
    {
        if (!SharedData.Available) Skip = SharedData.SkipMessage;
    }
}
