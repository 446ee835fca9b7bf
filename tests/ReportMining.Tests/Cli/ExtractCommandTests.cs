using System.Text;
using System.Text.Json;
using ReportMining.Tests.Support;

namespace ReportMining.Tests.Cli;

public class ExtractCommandTests
{
    private const string Story =
        "Ofsted has rated children's services in Kestrel Vale as good.\n\n" +
        "The director, Priya Lane, said: \"Our staff have worked hard for this.\"\n";

    private static JsonElement[] JsonLines(string stdout) =>
        stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToArray();

    [Fact]
    public void One_text_file_gives_one_json_object_and_exit_code_0()
    {
        using var temp = new TempFolder();
        var path = temp.Write("kestrel.txt", Story);
        var run = CliRunner.Run(["extract", path]);
        run.ExitCode.Should().Be(0, run.Stderr);
        run.Stderr.Should().BeEmpty();
        var root = JsonDocument.Parse(run.Stdout).RootElement;
        root.ValueKind.Should().Be(JsonValueKind.Object);
        root.GetProperty("id").GetString().Should().Be(path);
        root.GetProperty("documentDate").ValueKind.Should().Be(JsonValueKind.Null);
        foreach (var name in new[] { "kind", "inspection", "ratings", "dates", "percentages", "quotes", "serviceAreas" })
            root.TryGetProperty(name, out _).Should().BeTrue($"the contract field {name} is always written");
    }

    [Fact]
    public void Date_option_anchors_the_documents()
    {
        using var temp = new TempFolder();
        var run = CliRunner.Run(["extract", temp.Write("a.txt", Story), "--date", "2020-03-16"]);
        run.ExitCode.Should().Be(0, run.Stderr);
        var root = JsonDocument.Parse(run.Stdout).RootElement;
        root.GetProperty("documentDate").GetString().Should().Be("2020-03-16");
        root.GetProperty("documentDateSource").GetString().Should().Be("given");
    }

    [Fact]
    public void Every_bad_input_gives_an_error_record_in_place_the_rest_are_processed_and_the_exit_code_is_1()
    {
        using var temp = new TempFolder();
        var good1 = temp.Write("in/01-good.txt", Story);
        var binary = temp.WriteBytes("in/02-binary.txt", [0x4B, 0x65, 0x00, 0x01, 0x02]);
        var invalid = temp.WriteBytes("in/03-latin1.txt", Encoding.Latin1.GetBytes("Caf\u00e9 visit"));
        var empty = temp.Write("in/04-empty.txt", "");
        var blank = temp.Write("in/05-blank.txt", " \n\t\n");
        var jsonl = temp.Write("in/06-feed.jsonl",
            "{\"id\":\"j1\",\"text\":\"Good line about Kestrel Vale.\"}\n" +
            "{not json}\n" +
            "{\"id\":\"j3\",\"headline\":\"no text\"}\n" +
            "{\"id\":\"j4\",\"text\":\"Another good line.\",\"date\":\"2021-02-03\"}\n");
        var html = temp.Write("in/07-page.html", "<html><body><nav>Home</nav><article><h1>Kestrel Vale</h1><p>Rated good.</p></article></body></html>");
        temp.Write("in/08-notes.md", "skipped: unknown extension");
        Directory.CreateSymbolicLink(temp.Combine("in", "09-loop"), temp.Combine("in"));
        var good2 = temp.Write("in/10-good.txt", Story);
        var missing = temp.Combine("missing.txt");

        var run = CliRunner.Run(["extract", "--format", "jsonl", temp.Combine("in"), missing]);

        run.ExitCode.Should().Be(1);
        var records = JsonLines(run.Stdout);
        var expected = new (string Id, string? ErrorKind)[]
        {
            (good1, null), (binary, "binary"), (invalid, "invalid_utf8"), (empty, "empty"), (blank, "empty"),
            ("j1", null), (jsonl + ":2", "bad_json_line"), ("j3", "bad_json_line"), ("j4", null),
            (html, null), (good2, null), (missing, "not_found"),
        };
        records.Should().HaveCount(expected.Length, "one record per input: 8 files (one holding 4 lines) and a missing path");
        records.Select(r => r.GetProperty("id").GetString()).Should().Equal(expected.Select(e => e.Id));
        records.Select(r => r.TryGetProperty("errorKind", out var k) ? k.GetString() : null).Should().Equal(expected.Select(e => e.ErrorKind));
        records[2].GetProperty("error").GetString().Should().Be("invalid UTF-8 at byte offset 3 (0xE9)");
        records[8].GetProperty("documentDate").GetString().Should().Be("2021-02-03");

        foreach (var (id, kind) in expected.Where(e => e.ErrorKind is not null))
            run.Stderr.Should().Contain($"reportmining: {id}: ");
        run.Stderr.Should().Contain("08-notes.md: skipped");
        run.Stderr.Should().Contain($"j3: line 3 of {jsonl}: no \"text\" property");
        run.Stderr.Should().Contain("7 of 12 inputs failed");
    }

    [PdfFact]
    public void Pdf_inputs_are_read_and_a_broken_pdf_is_an_error_record()
    {
        using var temp = new TempFolder();
        var pdf = temp.WriteBytes("visit.pdf", MinimalPdf.Create("Monitoring visit to Kestrel Vale", "Progress since the last visit is evident."));
        var broken = temp.Write("broken.pdf", "%PDF-1.7\nnot a pdf\n");
        var run = CliRunner.Run(["extract", "--format", "jsonl", pdf, broken]);
        run.ExitCode.Should().Be(1);
        var records = JsonLines(run.Stdout);
        records.Should().HaveCount(2);
        records[0].TryGetProperty("error", out _).Should().BeFalse();
        records[1].GetProperty("errorKind").GetString().Should().Be("pdf_failed");
        run.Stderr.Should().Contain($"{broken}: pdftotext failed");
    }

    [UnprivilegedFact]
    public void An_unreadable_file_is_an_error_record()
    {
        using var temp = new TempFolder();
        var locked = temp.Write("locked.txt", Story);
        if (OperatingSystem.IsWindows()) return;
        File.SetUnixFileMode(locked, UnixFileMode.None);
        var run = CliRunner.Run(["extract", "--format", "jsonl", locked, temp.Write("open.txt", Story)]);
        run.ExitCode.Should().Be(1);
        var records = JsonLines(run.Stdout);
        records.Should().HaveCount(2);
        records[0].GetProperty("errorKind").GetString().Should().Be("unreadable");
        run.Stderr.Should().Contain($"{locked}: permission denied");
    }

    [Fact]
    public void Standard_input_as_text_and_as_jsonl()
    {
        var text = CliRunner.Run(["extract", "-"], Story);
        text.ExitCode.Should().Be(0, text.Stderr);
        JsonDocument.Parse(text.Stdout).RootElement.GetProperty("id").GetString().Should().Be("-");

        var jsonl = CliRunner.Run(["extract", "-"], "{\"id\":\"p1\",\"text\":\"One.\"}\n{\"id\":\"p2\",\"text\":\"Two.\"}\n");
        jsonl.ExitCode.Should().Be(0, jsonl.Stderr);
        var array = JsonDocument.Parse(jsonl.Stdout).RootElement;
        array.ValueKind.Should().Be(JsonValueKind.Array);
        array.EnumerateArray().Select(e => e.GetProperty("id").GetString()).Should().Equal("p1", "p2");

        var forced = CliRunner.Run(["extract", "-", "--stdin-format", "text", "--format", "jsonl"], "{\"id\":\"p1\",\"text\":\"One.\"}\n");
        JsonLines(forced.Stdout).Should().ContainSingle().Which.GetProperty("id").GetString().Should().Be("-");

        var invalid = CliRunner.Run(["extract", "-", "--format", "jsonl"], [0x41, 0x42, 0xC3]);
        invalid.ExitCode.Should().Be(1);
        JsonLines(invalid.Stdout).Single().GetProperty("error").GetString().Should().Be("invalid UTF-8 at byte offset 2 (0xC3)");
    }

    [Fact]
    public void A_folder_gives_an_array_even_with_one_file_and_an_empty_folder_an_empty_array()
    {
        using var temp = new TempFolder();
        temp.Write("one/a.txt", Story);
        Directory.CreateDirectory(temp.Combine("none"));
        var one = CliRunner.Run(["extract", temp.Combine("one")]);
        JsonDocument.Parse(one.Stdout).RootElement.GetArrayLength().Should().Be(1);
        var none = CliRunner.Run(["extract", temp.Combine("none")]);
        none.ExitCode.Should().Be(0);
        JsonDocument.Parse(none.Stdout).RootElement.GetArrayLength().Should().Be(0);
    }

    [Fact]
    public void Csv_has_a_document_row_per_document_and_an_error_row_per_failed_input()
    {
        using var temp = new TempFolder();
        var a = temp.Write("a.txt", Story);
        var b = temp.Write("b.txt", "");
        var run = CliRunner.Run(["extract", "--format", "csv", a, b]);
        run.ExitCode.Should().Be(1);
        var rows = Output.CsvResultWriterTests.Parse(run.Stdout);
        int item = Array.IndexOf(ReportMining.Output.CsvResultWriter.Columns, "item");
        rows[0][0].Should().Be("document_id");
        rows.Skip(1).Where(r => r[item] is "document" or "error").Select(r => (r[0], r[item])).Should().Equal((a, "document"), (b, "error"));
    }

    [Fact]
    public void Output_option_writes_the_file_and_nothing_to_standard_output()
    {
        using var temp = new TempFolder();
        var output = temp.Combine("out.jsonl");
        var run = CliRunner.Run(["extract", "--format", "jsonl", "--output", output, temp.Write("a.txt", Story), temp.Write("b.txt", Story)]);
        run.ExitCode.Should().Be(0, run.Stderr);
        run.Stdout.Should().BeEmpty();
        File.ReadAllLines(output).Should().HaveCount(2);
    }

    [Theory]
    [InlineData(new[] { "extract" }, "Required argument missing")]
    [InlineData(new[] { "extract", "a.txt", "--format", "xml" }, "xml")]
    [InlineData(new[] { "extract", "a.txt", "--date", "16/03/2020" }, "--date must be yyyy-mm-dd")]
    [InlineData(new[] { "extract", "-", "-" }, "standard input (-) can be read only once")]
    [InlineData(new[] { "extract", "a.txt", "--jobs", "-1" }, "--jobs")]
    [InlineData(new[] { "no-such-command" }, "no-such-command")]
    public void Usage_errors_exit_with_2_and_say_why(string[] args, string message)
    {
        var run = CliRunner.Run(args);
        run.ExitCode.Should().Be(2);
        run.Stdout.Should().BeEmpty();
        run.Stderr.Should().Contain(message);
    }

    [Fact]
    public void Html_format_writes_one_page_with_a_section_per_input_and_every_error()
    {
        using var temp = new TempFolder();
        var good = temp.Write("a.txt", Story);
        var empty = temp.Write("b.txt", "");
        var run = CliRunner.Run(["extract", "--format", "html", good, empty]);
        run.ExitCode.Should().Be(1, "one input failed");
        run.Stdout.Should().StartWith("<!DOCTYPE html>");
        run.Stdout.Should().Contain("a.txt").And.Contain("b.txt");
        run.Stdout.Should().Contain("empty");
        run.Stdout.TrimEnd().Should().EndWith("</html>");
    }

    [Fact]
    public void Cannot_write_the_output_file_is_a_usage_error()
    {
        using var temp = new TempFolder();
        var run = CliRunner.Run(["extract", temp.Write("a.txt", Story), "--output", temp.Combine("no", "such", "folder", "out.json")]);
        run.ExitCode.Should().Be(2);
        run.Stderr.Should().Contain("cannot write");
    }

    [Fact]
    public void Progress_is_drawn_on_a_terminal_for_several_documents_and_never_on_standard_output()
    {
        using var temp = new TempFolder();
        var paths = Enumerable.Range(0, 3).Select(i => temp.Write($"d{i}.txt", Story)).ToArray();
        var shown = CliRunner.Run(["extract", "--format", "jsonl", .. paths], terminal: true);
        shown.ExitCode.Should().Be(0);
        shown.Stderr.Should().Contain("/3 docs").And.Contain("MB/s").And.Contain("\r");
        JsonLines(shown.Stdout).Should().HaveCount(3);

        CliRunner.Run(["extract", "--format", "jsonl", .. paths], terminal: false).Stderr.Should().BeEmpty();
        CliRunner.Run(["extract", "--format", "jsonl", "--no-progress", .. paths], terminal: true).Stderr.Should().BeEmpty();
        CliRunner.Run(["extract", "--format", "jsonl", paths[0]], terminal: true).Stderr.Should().BeEmpty("one document needs no progress bar");
    }

    [Fact]
    public void One_job_and_all_cores_give_the_same_output()
    {
        using var temp = new TempFolder();
        var paths = Enumerable.Range(0, 12).Select(i => temp.Write($"d{i:00}.txt", $"Report {i}. " + Story)).ToArray();
        var one = CliRunner.Run(["extract", "--format", "jsonl", "--jobs", "1", .. paths]);
        var all = CliRunner.Run(["extract", "--format", "jsonl", .. paths]);
        all.Stdout.Should().Be(one.Stdout);
        JsonLines(all.Stdout).Select(r => r.GetProperty("id").GetString()).Should().Equal(paths);
    }

    [SharedFact]
    public void The_ilacs_corpus_gives_339_records_and_no_errors()
    {
        var run = CliRunner.Run(["extract", "--format", "jsonl", SharedData.PathTo("corpus", "ilacs", "texts")]);
        run.ExitCode.Should().Be(0, run.Stderr);
        var records = JsonLines(run.Stdout);
        records.Should().HaveCount(339);
        records.Where(r => r.TryGetProperty("error", out var _)).Select(r => r.ToString()).Should().BeEmpty();
        records.Select(r => r.GetProperty("id").GetString()).Should().BeInAscendingOrder(StringComparer.Ordinal);
    }
}

public class ExtractCancellationTests
{
    [Fact]
    public void An_interrupted_run_closes_its_json_array_and_exits_130()
    {
        using var temp = new TempFolder();
        var paths = Enumerable.Range(0, 5).Select(i => temp.Write($"d{i}.txt", "Inspectors visited Kestrel Vale in May.")).ToArray();
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        using var input = new MemoryStream();
        using var output = new MemoryStream();
        var error = new StringWriter();
        int code = global::ReportMining.Cli.Cli.Run(["extract", .. paths], input, output, error, stderrIsTerminal: false, cancelled.Token);
        code.Should().Be(130);
        error.ToString().Should().Contain("interrupted");
        System.Text.Json.JsonDocument.Parse(output.ToArray()).RootElement.ValueKind.Should().Be(System.Text.Json.JsonValueKind.Array);
    }
}
