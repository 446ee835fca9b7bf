namespace ReportMining.Benchmarks;

/// <summary>
/// The texts the benchmarks run on: the ILACS report texts from <c>../shared</c> when present
/// (or the folder in <c>REPORTMINING_CORPUS</c>), else the project's own samples.
/// </summary>
public static class BenchmarkCorpus
{
    private static readonly Lazy<(string Name, string[] Texts)> Loaded = new(Load);

    /// <summary>Where the texts came from.</summary>
    public static string Name => Loaded.Value.Name;

    /// <summary>The texts.</summary>
    public static string[] Texts => Loaded.Value.Texts;

    /// <summary>Total size in UTF-8 bytes (the unit of MB/s).</summary>
    public static long Utf8Bytes { get; } = Texts.Sum(t => (long)System.Text.Encoding.UTF8.GetByteCount(t));

    private static (string, string[]) Load()
    {
        var folder = Environment.GetEnvironmentVariable("REPORTMINING_CORPUS");
        if (string.IsNullOrEmpty(folder))
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ReportMining.sln"))) dir = dir.Parent;
            var root = dir?.FullName ?? Directory.GetCurrentDirectory();
            var shared = Path.Combine(root, "..", "shared", "corpus", "ilacs", "texts");
            folder = Directory.Exists(shared) ? shared : Path.Combine(root, "samples");
        }

        var files = Directory.GetFiles(folder, "*.txt", SearchOption.AllDirectories);
        Array.Sort(files, StringComparer.Ordinal);
        return (Path.GetFullPath(folder), files.Select(File.ReadAllText).ToArray());
    }
}
