using System.IO.Compression;
using System.Reflection.PortableExecutable;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using ReportMining.Output;
using ReportMining.Tests.Support;
using Xunit.Abstractions;

namespace ReportMining.Tests.Packaging;

/// <summary>
/// The packages work as a user meets them: a fresh console project references ReportMining from a
/// local folder only, the tool installs from that folder and runs, and the quick-start notebook's
/// code runs against the package. One pack serves every test here (<see cref="PackagedFixture"/>).
/// </summary>
public sealed class PackagingTests(PackagedFixture fixture, ITestOutputHelper output) : IClassFixture<PackagedFixture>
{
    private static readonly TimeSpan Step = TimeSpan.FromMinutes(4);
    private static readonly DateOnly SampleDate = new(2025, 10, 14);

    private static string SamplePath => Path.Combine(SharedData.RepoRoot, "samples", "northmoor-inspection-news.txt");

    private void Log(string what, TimeSpan elapsed) => output.WriteLine($"{what}: {elapsed.TotalSeconds:0.0} s");

    private void LogSetup()
    {
        output.WriteLine($"packed {fixture.Version} ({fixture.Configuration}) in {string.Join(" + ", fixture.PackTimes.Select(t => $"{t.TotalSeconds:0.0} s"))}; fixture {fixture.SetupTime.TotalSeconds:0.0} s");
        if (fixture.NativeSkipped is { } why) output.WriteLine("Native AOT not tested: " + why);
    }

    /// <summary>The analysis the library under test gives for the sample, as a JSON tree.</summary>
    private static JsonNode Expected(string id) =>
        JsonNode.Parse(ReportJson.Serialize(new ReportMiner().Analyze(File.ReadAllText(SamplePath), new AnalysisOptions { Id = id, DocumentDate = SampleDate })))!;

    /// <summary>The contract's shape, and every span's text equal to the sample's slice.</summary>
    private static void AssertContract(JsonNode json, string text)
    {
        foreach (var key in new[] { "id", "kind", "documentDate", "inspection", "ratings", "dates", "percentages", "quotes", "serviceAreas" })
            json.AsObject().ContainsKey(key).Should().BeTrue($"the JSON has \"{key}\"");
        json["kind"]!.GetValue<string>().Should().MatchRegex("^[a-z_]+$", "enumerations are snake_case");
        json["documentDate"]!.GetValue<string>().Should().Be("2025-10-14");
        foreach (var list in new[] { "ratings", "dates", "percentages", "quotes" })
        {
            foreach (var item in json[list]!.AsArray())
            {
                int start = item!["start"]!.GetValue<int>(), end = item["end"]!.GetValue<int>();
                item["text"]!.GetValue<string>().Should().Be(text[start..end], $"a {list} item's text is its span");
            }
        }
    }

    [Fact]
    public void Library_package_carries_readme_licence_docs_symbols_repository_and_the_notebook_extension()
    {
        LogSetup();
        using var package = ZipFile.OpenRead(fixture.LibraryPackage);
        var names = package.Entries.Select(e => e.FullName).ToList();
        names.Should().Contain(["README.md", "lib/net10.0/ReportMining.dll", "lib/net10.0/ReportMining.xml", "interactive-extensions/dotnet/extension.dib"]);

        var nuspec = XDocument.Load(package.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open());
        XNamespace ns = nuspec.Root!.Name.Namespace;
        var metadata = nuspec.Root.Element(ns + "metadata")!;
        metadata.Element(ns + "id")!.Value.Should().Be("ReportMining");
        metadata.Element(ns + "version")!.Value.Should().Be(fixture.Version);
        metadata.Element(ns + "license")!.Attribute("type")!.Value.Should().Be("expression");
        metadata.Element(ns + "license")!.Value.Should().Be("MIT");
        metadata.Element(ns + "readme")!.Value.Should().Be("README.md");
        metadata.Element(ns + "description")!.Value.Should().NotBeNullOrWhiteSpace();
        var repository = metadata.Element(ns + "repository")!;
        repository.Attribute("type")!.Value.Should().Be("git");
        repository.Attribute("url")!.Value.Should().StartWith("https://");
        if (Directory.Exists(Path.Combine(SharedData.RepoRoot, ".git")) || File.Exists(Path.Combine(SharedData.RepoRoot, ".git")))
            repository.Attribute("commit")!.Value.Should().MatchRegex("^[0-9a-f]{40}$", "SourceLink records the commit");
        metadata.Element(ns + "dependencies")!.Descendants(ns + "dependency").Select(d => d.Attribute("id")!.Value).Should().Contain("AngleSharp");

        // the README shown on the package page is the package's own, and shows the API
        using (var readme = new StreamReader(package.GetEntry("README.md")!.Open()))
            readme.ReadToEnd().Should().Contain("new ReportMiner()").And.Contain("ToHtml()");

        // the notebook extension registers the visual report through an API that exists
        using (var dib = new StreamReader(package.GetEntry("interactive-extensions/dotnet/extension.dib")!.Open()))
        {
            var script = dib.ReadToEnd();
            script.Should().StartWith("#!csharp").And.Contain("Formatter.Register<ReportMining.ReportAnalysis>").And.Contain("ReportMining.Output.ReportHtml.RenderFragment(null, analysis)");
            typeof(ReportHtml).GetMethod(nameof(ReportHtml.RenderFragment), [typeof(string), typeof(ReportAnalysis)]).Should().NotBeNull();
        }

        // XML documentation for the public API
        using (var xml = package.GetEntry("lib/net10.0/ReportMining.xml")!.Open())
        {
            var members = XDocument.Load(xml).Descendants("member").Select(m => m.Attribute("name")!.Value).ToHashSet();
            foreach (var type in typeof(ReportMiner).Assembly.GetExportedTypes())
                members.Should().Contain("T:" + type.FullName!.Replace('+', '.'), "every public type is documented");
        }

        // a deterministic build, and the symbols beside it
        var dll = new MemoryStream();
        using (var s = package.GetEntry("lib/net10.0/ReportMining.dll")!.Open()) s.CopyTo(dll);
        dll.Position = 0;
        using (var pe = new PEReader(dll))
            pe.ReadDebugDirectory().Select(d => d.Type).Should().Contain(DebugDirectoryEntryType.Reproducible, "the assembly is built deterministically");
        var symbols = Path.ChangeExtension(fixture.LibraryPackage, ".snupkg");
        File.Exists(symbols).Should().BeTrue("a symbols package is made beside the package");
        using (var snupkg = ZipFile.OpenRead(symbols))
            snupkg.Entries.Select(e => e.FullName).Should().Contain("lib/net10.0/ReportMining.pdb");
    }

    [Fact]
    public void Tool_package_is_a_dotnet_tool_named_reportmining()
    {
        LogSetup();
        using var package = ZipFile.OpenRead(fixture.ToolPackage);
        var nuspec = XDocument.Load(package.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open());
        XNamespace ns = nuspec.Root!.Name.Namespace;
        nuspec.Descendants(ns + "packageType").Select(p => p.Attribute("name")!.Value).Should().Contain("DotnetTool");
        nuspec.Descendants(ns + "readme").Single().Value.Should().Be("README.md");
        var settings = XDocument.Load(package.Entries.Single(e => e.FullName.EndsWith("DotnetToolSettings.xml", StringComparison.Ordinal)).Open());
        settings.Descendants("Command").Single().Attribute("Name")!.Value.Should().Be("reportmining");

        // the pointer package names one package per platform, and a portable one for the rest
        var platforms = settings.Descendants("RuntimeIdentifierPackage")
            .ToDictionary(p => p.Attribute("RuntimeIdentifier")!.Value, p => p.Attribute("Id")!.Value);
        platforms.Keys.Should().BeEquivalentTo(PackagedFixture.ToolPlatforms.Append("any"));
        foreach (var (rid, id) in platforms)
        {
            id.Should().Be($"ReportMining.Tool.{rid}");
            var path = fixture.ToolPlatformPackage(rid);
            File.Exists(path).Should().BeTrue($"the {rid} package was packed");
            using var platformPackage = ZipFile.OpenRead(path);
            if (rid == fixture.NativeToolPlatform)
            {
                // Native AOT: one self-contained, stripped executable, no assemblies; its native symbol
                // file and the library's PDB stay out (nuget.org's symbol packages take portable PDBs only)
                File.Exists(Path.ChangeExtension(path, ".snupkg")).Should().BeFalse($"the native {rid} package has no symbols package");
                platformPackage.Entries.Should().NotContain(e => e.FullName.EndsWith(".dbg", StringComparison.Ordinal) || e.FullName.EndsWith(".pdb", StringComparison.Ordinal), "the native package carries no symbol files");
                var executable = platformPackage.GetEntry($"tools/any/{rid}/ReportMining.Cli");
                executable.Should().NotBeNull($"the {rid} package carries the native executable");
                var magic = new byte[4];
                using (var s = executable!.Open()) s.ReadExactly(magic);
                magic.Should().Equal([0x7F, (byte)'E', (byte)'L', (byte)'F'], "it is an ELF executable");
                platformPackage.Entries.Should().NotContain(e => e.FullName.EndsWith(".dll", StringComparison.Ordinal), "a native tool needs no assemblies");
                continue;
            }

            File.Exists(Path.ChangeExtension(path, ".snupkg")).Should().BeTrue($"the {rid} package has symbols");
            var folder = rid == "any" ? "tools/net10.0/any/" : $"tools/net10.0/{rid}/";
            var dll = platformPackage.GetEntry(folder + "ReportMining.dll");
            dll.Should().NotBeNull($"the {rid} package carries the library");
            using var copy = new MemoryStream();
            using (var s = dll!.Open()) s.CopyTo(copy);
            copy.Position = 0;
            using var pe = new PEReader(copy);
            bool readyToRun = pe.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0;
            readyToRun.Should().Be(rid != "any", $"the {rid} package's library is {(rid == "any" ? "portable IL" : "compiled ahead of time")}");
        }
    }

    [Fact]
    public void A_fresh_console_project_restores_the_package_from_the_folder_and_analyses_a_document()
    {
        LogSetup();
        var project = fixture.NewFolder("consumer");
        File.WriteAllText(Path.Combine(project, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
                <RestorePackagesPath>{fixture.Packages}</RestorePackagesPath>
                <RestoreConfigFile>{fixture.NuGetConfig}</RestoreConfigFile>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="ReportMining" Version="{fixture.Version}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(project, "Program.cs"), """
            using ReportMining;
            using ReportMining.Output;

            var text = File.ReadAllText(args[0]);
            var analysis = new ReportMiner().Analyze(text, new AnalysisOptions { Id = "sample", DocumentDate = new DateOnly(2025, 10, 14) });
            Console.WriteLine(ReportJson.Serialize(analysis, indented: false));
            Console.WriteLine("assembly: " + typeof(ReportMiner).Assembly.Location);
            Console.WriteLine("resources: " + string.Join(",", typeof(ReportMiner).Assembly.GetManifestResourceNames().Order(StringComparer.Ordinal)));
            var html = analysis.ToHtml();
            Console.WriteLine("html: " + (html.StartsWith("<!DOCTYPE html>") && html.Contains("rm-report") ? "ok" : "broken"));
            """);

        var restore = DotnetProcess.Succeed(["restore", "--configfile", fixture.NuGetConfig], project, Step);
        Log("consumer restore", restore.Elapsed);
        var build = DotnetProcess.Succeed(["build", "--no-restore", "-c", "Release", "-nologo"], project, Step);
        Log("consumer build", build.Elapsed);
        var run = DotnetProcess.Succeed([Path.Combine(project, "bin", "Release", "net10.0", "Consumer.dll"), SamplePath], project, Step);
        Log("consumer run", run.Elapsed);

        var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var json = JsonNode.Parse(lines[0])!;
        AssertContract(json, File.ReadAllText(SamplePath));
        JsonNode.DeepEquals(json, Expected("sample")).Should().BeTrue("the packaged library gives the same analysis as the library under test");

        // the library came from the package restored from the folder, models (embedded resources) included
        string Value(string name) => lines.Single(l => l.StartsWith(name + ":", StringComparison.Ordinal))[(name.Length + 1)..].Trim();
        var location = Value("assembly");
        var restored = Path.Combine(fixture.Packages, "reportmining", fixture.Version.ToLowerInvariant(), "lib", "net10.0", "ReportMining.dll");
        File.Exists(restored).Should().BeTrue("the package was restored into this run's packages folder");
        File.ReadAllBytes(location).Should().Equal(File.ReadAllBytes(restored), "the consumer runs the packaged assembly");
        var resources = Value("resources");
        resources.Should().Be(string.Join(",", typeof(ReportMiner).Assembly.GetManifestResourceNames().Order(StringComparer.Ordinal)),
            "the package carries every embedded resource (the models) of the library");
        lines.Should().Contain("html: ok");
    }

    [Fact]
    public void The_tool_installs_from_the_folder_and_extracts_json_and_html()
    {
        LogSetup();
        var tools = fixture.NewFolder("tools");
        var install = DotnetProcess.Succeed(
            ["tool", "install", "--tool-path", tools, "--configfile", fixture.NuGetConfig, "ReportMining.Tool", "--version", fixture.Version],
            fixture.Root, Step);
        Log("tool install", install.Elapsed);

        // the install resolved the pointer package to this platform's package (or the portable one)
        var rid = System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier;
        var platform = PackagedFixture.ToolPlatforms.Contains(rid) ? rid : "any";
        var installed = Directory.GetFiles(Path.Combine(tools, ".store"), platform == fixture.NativeToolPlatform ? "ReportMining.Cli" : "ReportMining.dll", SearchOption.AllDirectories);
        installed.Should().ContainSingle().Which.Replace('\\', '/').Should().Contain($"/reportmining.tool.{platform}/");

        var work = fixture.NewFolder("tool-run");
        var input = Path.Combine(work, "sample.txt");
        File.Copy(SamplePath, input);
        var command = Path.Combine(tools, OperatingSystem.IsWindows() ? "reportmining.exe" : "reportmining");

        var json = DotnetProcess.Check(DotnetProcess.Run(command, ["extract", input, "--date", "2025-10-14"], work, Step), ["reportmining extract"]);
        Log("reportmining extract (json)", json.Elapsed);
        var node = JsonNode.Parse(json.Stdout)!;
        AssertContract(node, File.ReadAllText(SamplePath));
        node["id"]!.GetValue<string>().Should().EndWith("sample.txt");
        JsonNode.DeepEquals(node, Expected(node["id"]!.GetValue<string>())).Should().BeTrue("the tool gives the library's analysis");

        var html = DotnetProcess.Check(DotnetProcess.Run(command, ["extract", input, "--date", "2025-10-14", "--format", "html"], work, Step), ["reportmining extract --format html"]);
        Log("reportmining extract (html)", html.Elapsed);
        html.Stdout.Should().StartWith("<!DOCTYPE html>").And.Contain("<section class=\"rm-report\">").And.Contain("Northmoor");
    }

    /// <summary>The code cells of the notebook, in order, without the <c>#r</c>/<c>#i</c> lines and the cells left with nothing else.</summary>
    private static List<string> NotebookCode(out List<string> directives)
    {
        using var notebook = JsonDocument.Parse(File.ReadAllText(Path.Combine(SharedData.RepoRoot, "notebooks", "quickstart.ipynb")));
        var root = notebook.RootElement;
        root.GetProperty("metadata").GetProperty("kernelspec").GetProperty("name").GetString().Should().Be(".net-csharp");
        directives = [];
        var cells = new List<string>();
        foreach (var cell in root.GetProperty("cells").EnumerateArray())
        {
            if (cell.GetProperty("cell_type").GetString() != "code") continue;
            var source = string.Concat(cell.GetProperty("source").EnumerateArray().Select(l => l.GetString()));
            var lines = source.Split('\n');
            directives.AddRange(lines.Where(l => l.StartsWith("#r ", StringComparison.Ordinal) || l.StartsWith("#i ", StringComparison.Ordinal)));
            var code = lines.Where(l => !l.StartsWith("#r ", StringComparison.Ordinal) && !l.StartsWith("#i ", StringComparison.Ordinal)).ToList();
            if (code.All(l => string.IsNullOrWhiteSpace(l) || l.TrimStart().StartsWith("//", StringComparison.Ordinal))) continue;
            cells.Add(string.Join('\n', code).Trim('\n'));
        }

        return cells;
    }

    private static string? FindUp(string from, string relative)
    {
        for (var dir = new DirectoryInfo(from); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (Directory.Exists(candidate)) return candidate;
        }

        return null;
    }

    private const string ShimMarker = "// ---- Outside a notebook";

    [Fact]
    public void Quickstart_cs_holds_the_notebook_code_and_names_the_current_version()
    {
        var cells = NotebookCode(out var directives);
        cells.Should().HaveCountGreaterThan(4);
        directives.Should().Equal($"#r \"nuget: ReportMining, {fixture.BaseVersion}\"");
        var app = File.ReadAllText(Path.Combine(SharedData.RepoRoot, "notebooks", "quickstart.cs")).ReplaceLineEndings("\n");
        app.Should().StartWith($"#:package ReportMining@{fixture.BaseVersion}\n#:property PublishAot=false\n");
        app.Should().Contain("\n" + string.Join("\n\n", cells) + "\n\n" + ShimMarker, "the file-based app is the notebook's code cells, in order");
    }

    [Fact]
    public void The_notebook_code_runs_as_a_file_based_app_against_the_package()
    {
        LogSetup();
        var cells = NotebookCode(out _);
        var quickstart = File.ReadAllText(Path.Combine(SharedData.RepoRoot, "notebooks", "quickstart.cs")).ReplaceLineEndings("\n");
        var shim = quickstart[quickstart.IndexOf(ShimMarker, StringComparison.Ordinal)..];

        var folder = fixture.NewFolder("notebook");
        File.Copy(fixture.NuGetConfig, Path.Combine(folder, "nuget.config"));
        var temp = fixture.NewFolder("notebook-temp");
        var app = Path.Combine(folder, "quickstart.cs");
        File.WriteAllText(app,
            $"#:package ReportMining@{fixture.Version}\n#:property PublishAot=false\n#:property RestorePackagesPath={fixture.Packages}\n\n"
            + string.Join("\n\n", cells) + "\n\n" + shim);

        // run where the notebook runs (notebooks/), so it finds the samples and the corpus as a user would;
        // TMPDIR keeps its output (the HTML report) inside this test's folder
        var run = DotnetProcess.Succeed(["run", "--file", app], Path.Combine(SharedData.RepoRoot, "notebooks"), Step,
            new Dictionary<string, string> { ["TMPDIR"] = temp + Path.DirectorySeparatorChar });
        Log("notebook as file-based app (restore, build, run)", run.Elapsed);
        var stdout = run.Stdout;

        stdout.Should().Contain("ReportAnalysis { Id = northmoor-inspection-news.txt, Kind = ").And.Contain(", DocumentDate = 2025-10-14");
        stdout.Should().Contain("\"id\": \"northmoor-inspection-news.txt\"");

        // the folder the notebook looks for: ../shared/corpus/ilacs/texts above notebooks/, else samples/
        var corpus = FindUp(Path.Combine(SharedData.RepoRoot, "notebooks"), Path.Combine("..", "shared", "corpus", "ilacs", "texts"))
            ?? Path.Combine(SharedData.RepoRoot, "samples");
        int documents = Math.Min(40, Directory.GetFiles(corpus, "*.txt").Length);
        stdout.Should().Contain($"Analysed {documents} documents from ");
        stdout.Should().MatchRegex(@"\n\d+ authorities\n");
        stdout.Should().MatchRegex(@"\nAuthority *\| Reports *\| Grade *\| Leadership *\| HelpAndProtection *\| ChildrenInCare *\| CareLeavers *\| Workforce *\n");

        var report = Path.Combine(temp, "northmoor-report.html");
        File.Exists(report).Should().BeTrue("the visual report is written");
        File.ReadAllText(report).Should().StartWith("<!DOCTYPE html>").And.Contain("northmoor-inspection-news.txt");
        stdout.Should().Contain("(HTML view, ");
    }
}
