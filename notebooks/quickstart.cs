#:package ReportMining@0.1.0
#:property PublishAot=false

// The code of quickstart.ipynb as a .NET file-based app: dotnet run notebooks/quickstart.cs
// (from the repository root or from notebooks/). The code cells follow in order, without the
// notebook's #r line; at the end, stand-ins for what a notebook provides (display, HTML).
// A test checks that this file and the notebook hold the same code, and runs it.
// To use a package you packed yourself (dotnet pack -o /some/folder), add a line
// #:property RestoreAdditionalProjectSources=/some/folder

using System.Globalization;
using ReportMining;
using ReportMining.Output;
using ReportMining.Ratings;
using ReportMining.Sentiment;

// The notebook runs in notebooks/, the file-based app wherever it is started: look upwards for a folder.
string? FindUp(string relative)
{
    for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
    {
        var candidate = Path.Combine(dir.FullName, relative);
        if (Directory.Exists(candidate)) return Path.GetFullPath(candidate);
    }

    return null;
}

// Build the miner once: it loads the models once, and is thread-safe.
var miner = new ReportMiner();

var samplePath = Path.Combine(FindUp("samples") ?? "samples", "northmoor-inspection-news.txt");
var text = File.ReadAllText(samplePath);
var analysis = miner.Analyze(text, new AnalysisOptions
{
    Id = Path.GetFileName(samplePath),
    DocumentDate = new DateOnly(2025, 10, 14),
});

Console.WriteLine(analysis);   // a one-line summary: id, kind, date and how many items of each kind

display(analysis.Ratings.Select(r => new { r.Grade, r.PreviousGrade, r.Change, r.Subject, r.Text }));
display(analysis.Dates.Select(d => new { d.Text, d.Type, d.Value }));
display(analysis.Percentages.Select(p => new { p.Text, p.Value, p.Measure, p.Scope }));
display(analysis.Quotes.Select(q => new { q.Speaker, q.SpeakerRole, q.Stance, q.Text }));
display(analysis.ServiceAreas.Select(s => new { s.Area, s.Sentiment, s.Score, s.Mentions }));

var json = ReportJson.Serialize(analysis);
Console.WriteLine(json.Length <= 1500 ? json : json[..1500] + "\n...");

var folder = FindUp(Path.Combine("..", "shared", "corpus", "ilacs", "texts")) ?? FindUp("samples") ?? "samples";
var files = Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal).Take(40).ToList();

var analyses = miner
    .AnalyzeMany(files.Select(f => new DocumentInput(Path.GetFileName(f), File.ReadAllText(f))))
    .ToList();

Console.WriteLine($"Analysed {analyses.Count} documents from {folder}");
foreach (var a in analyses.Take(5)) Console.WriteLine(a);

string AuthorityOf(ReportAnalysis a) =>
    a.Inspection?.LocalAuthority
    ?? a.Ratings.Select(r => r.Subject).FirstOrDefault(s => s is not null)
    ?? Path.GetFileNameWithoutExtension(a.Id ?? "unknown");

string GradeOf(ReportAnalysis a) =>
    a.Inspection?.Judgements.FirstOrDefault(j => j.Area == JudgementArea.OverallEffectiveness)?.Grade.ToString()
    ?? a.Ratings.FirstOrDefault(r => !r.Negated)?.Grade.ToString()
    ?? "";

string ScoreOf(IEnumerable<ReportAnalysis> documents, ServiceArea area)
{
    var scores = documents.SelectMany(d => d.ServiceAreas).Where(s => s.Area == area).Select(s => s.Score).ToList();
    return scores.Count == 0 ? "" : scores.Average().ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture);
}

var perAuthority = analyses
    .GroupBy(AuthorityOf)
    .OrderBy(g => g.Key, StringComparer.OrdinalIgnoreCase)
    .Select(g => new
    {
        Authority = g.Key,
        Reports = g.Count(),
        Grade = string.Join(", ", g.Select(GradeOf).Where(grade => grade.Length > 0).Distinct()),
        Leadership = ScoreOf(g, ServiceArea.Leadership),
        HelpAndProtection = ScoreOf(g, ServiceArea.HelpAndProtection),
        ChildrenInCare = ScoreOf(g, ServiceArea.ChildrenInCare),
        CareLeavers = ScoreOf(g, ServiceArea.CareLeavers),
        Workforce = ScoreOf(g, ServiceArea.Workforce),
    })
    .ToList();

Console.WriteLine($"{perAuthority.Count} authorities");
display(perAuthority);

var reportPath = Path.Combine(Path.GetTempPath(), "northmoor-report.html");
File.WriteAllText(reportPath, analysis.ToHtml());
Console.WriteLine($"Wrote {reportPath}: open it in a browser.");

display(HTML(analysis.ToHtml()));

// ---- Outside a notebook ----------------------------------------------------------------------
// Polyglot Notebooks provide display() and HTML(). These stand-ins let the same code run as an app:
// a sequence prints as a text table, HTML is announced (the page itself is in the file written above).
void display(object? value)
{
    if (value is HtmlView view)
    {
        Console.WriteLine($"(HTML view, {view.Html.Length:N0} characters)");
        return;
    }

    if (value is System.Collections.IEnumerable sequence and not string)
    {
        var rows = sequence.Cast<object?>().ToList();
        if (rows.Count == 0)
        {
            Console.WriteLine("(no rows)");
            return;
        }

        var columns = rows[0]!.GetType().GetProperties();
        var cells = rows.Select(row => columns.Select(c => Cell(c.GetValue(row))).ToArray()).ToList();
        var widths = columns.Select((c, i) => Math.Max(c.Name.Length, cells.Max(r => r[i].Length))).ToArray();
        Console.WriteLine(string.Join(" | ", columns.Select((c, i) => c.Name.PadRight(widths[i]))));
        Console.WriteLine(string.Join("-+-", widths.Select(w => new string('-', w))));
        foreach (var row in cells) Console.WriteLine(string.Join(" | ", row.Select((cell, i) => cell.PadRight(widths[i]))));
        return;
    }

    Console.WriteLine(value);
}

static string Cell(object? value)
{
    var s = Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "";
    s = s.ReplaceLineEndings(" ");
    return s.Length <= 48 ? s : s[..47] + "…";
}

HtmlView HTML(string html) => new(html);

record HtmlView(string Html);
