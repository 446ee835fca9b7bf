using System.Text;
using ReportMining.Input;
using ReportMining.Tests.Support;

namespace ReportMining.Tests.Input;

public class InputReaderTests
{
    [Fact]
    public void Folders_are_read_recursively_in_name_order_and_unknown_files_skipped_with_a_note()
    {
        using var temp = new TempFolder();
        temp.Write("b.txt", "Second council report.");
        temp.Write("a.txt", "First council report.");
        temp.Write("sub/c.html", "<article><p>Third, a news page.</p></article>");
        temp.Write("sub/deeper/d.jsonl", "{\"id\":\"d1\",\"text\":\"Fourth.\"}\n{\"id\":\"d2\",\"text\":\"Fifth.\"}\n");
        temp.Write("A-upper.TXT", "Upper-case name and extension.");
        temp.Write("notes.md", "# not read");
        temp.WriteBytes("photo.png", [0x89, 0x50, 0x4E, 0x47]);
        temp.Write(".hidden/e.txt", "Hidden folders are left out.");

        var notes = new List<string>();
        var items = InputReader.Read([temp.Path], options: new InputOptions { Note = notes.Add }).ToList();

        items.Select(i => i.Id).Should().Equal(
            temp.Combine("A-upper.TXT"), temp.Combine("a.txt"), temp.Combine("b.txt"), temp.Combine("sub", "c.html"), "d1", "d2");
        items.Select(i => i.Document!.Text).Should().Equal(
            "Upper-case name and extension.", "First council report.", "Second council report.", "Third, a news page.\n", "Fourth.", "Fifth.");
        notes.Should().HaveCount(2);
        notes.Should().Contain(n => n.Contains("notes.md") && n.Contains("skipped"));
        notes.Should().Contain(n => n.Contains("photo.png"));
    }

    [Fact]
    public async Task A_symbolic_link_loop_does_not_hang_and_every_file_is_read_once()
    {
        using var temp = new TempFolder();
        temp.Write("reports/one.txt", "Report one.");
        temp.Write("reports/inner/two.txt", "Report two.");
        Directory.CreateSymbolicLink(temp.Combine("reports", "inner", "back-to-top"), temp.Combine("reports"));
        Directory.CreateSymbolicLink(temp.Combine("reports", "self"), ".");
        Directory.CreateSymbolicLink(temp.Combine("reports", "inner", "x"), temp.Combine("reports", "inner", "y"));
        Directory.CreateSymbolicLink(temp.Combine("reports", "inner", "y"), temp.Combine("reports", "inner", "x"));

        var items = await Task.Run(() => InputReader.Read([temp.Combine("reports")]).ToList()).WaitAsync(TimeSpan.FromSeconds(30));
        items.Select(i => i.Document?.Text).Should().Equal("Report two.", "Report one.");
    }

    [Fact]
    public void A_missing_path_is_an_error_record_not_a_crash()
    {
        using var temp = new TempFolder();
        var missing = temp.Combine("gone.txt");
        var items = InputReader.Read([missing, temp.Write("here.txt", "Present.")]).ToList();
        items.Should().HaveCount(2);
        items[0].Error!.Kind.Should().Be(InputErrorKind.NotFound);
        items[0].Id.Should().Be(missing);
        items[1].Document!.Text.Should().Be("Present.");
    }

    [Fact]
    public void A_broken_symbolic_link_is_reported_as_missing()
    {
        using var temp = new TempFolder();
        File.CreateSymbolicLink(temp.Combine("dangling.txt"), temp.Combine("nowhere.txt"));
        var item = InputReader.Read([temp.Combine("dangling.txt")]).Single();
        item.Error!.Kind.Should().Be(InputErrorKind.NotFound);
        item.Error.Message.Should().Contain("broken symbolic link");
    }

    [Fact]
    public void An_unreadable_file_is_an_error_record_through_the_open_seam()
    {
        // root reads any file whatever its mode, so the permission failure is injected here
        using var temp = new TempFolder();
        var locked = temp.Write("locked.txt", "Cannot be read.");
        var open = temp.Write("open.txt", "Can be read.");
        var options = new InputOptions
        {
            OpenFile = path => path == locked ? throw new UnauthorizedAccessException("Access to the path is denied.") : File.OpenRead(path),
        };
        var items = InputReader.Read([locked, open], options: options).ToList();
        items[0].Error!.Kind.Should().Be(InputErrorKind.Unreadable);
        items[0].Error!.Message.Should().Be("permission denied");
        items[1].Document!.Text.Should().Be("Can be read.");
    }

    [Fact]
    public void An_io_error_part_way_through_a_jsonl_file_keeps_the_lines_read_and_adds_an_error()
    {
        using var temp = new TempFolder();
        var path = temp.Write("feed.jsonl", "{\"text\":\"One.\"}\n{\"text\":\"Two.\"}\n");
        var options = new InputOptions { OpenFile = p => new FailingAfterStream(File.ReadAllBytes(p), failAfter: 17) };
        var items = InputReader.Read([path], options: options).ToList();
        items.Should().HaveCount(2);
        items[0].Document!.Text.Should().Be("One.");
        items[1].Error!.Kind.Should().Be(InputErrorKind.Unreadable);
    }

    [UnprivilegedFact]
    public void A_chmod_000_file_is_unreadable()
    {
        using var temp = new TempFolder();
        var locked = temp.Write("locked.txt", "Cannot be read.");
        if (OperatingSystem.IsWindows()) return;
        File.SetUnixFileMode(locked, UnixFileMode.None);
        var item = InputReader.Read([locked]).Single();
        item.Error!.Kind.Should().Be(InputErrorKind.Unreadable);
        item.Error.Message.Should().Be("permission denied");
    }

    [UnprivilegedFact]
    public void An_unreadable_folder_in_a_walk_is_an_error_record_and_the_rest_is_read()
    {
        using var temp = new TempFolder();
        temp.Write("in/a.txt", "Readable.");
        temp.Write("in/locked/b.txt", "Behind a locked folder.");
        if (OperatingSystem.IsWindows()) return;
        File.SetUnixFileMode(temp.Combine("in", "locked"), UnixFileMode.None);
        var items = InputReader.Read([temp.Combine("in")]).ToList();
        items.Should().HaveCount(2);
        items[0].Document!.Text.Should().Be("Readable.");
        items[1].Id.Should().Be(temp.Combine("in", "locked"));
        items[1].Error!.Kind.Should().Be(InputErrorKind.Unreadable);
    }

    [Fact]
    public void Standard_input_is_detected_as_jsonl_or_read_as_text()
    {
        var jsonl = Encoding.UTF8.GetBytes("{\"id\":\"s1\",\"text\":\"From a pipe.\"}\n{\"id\":\"s2\",\"text\":\"Second.\"}\n");
        var items = InputReader.Read(["-"], new MemoryStream(jsonl)).ToList();
        items.Select(i => i.Id).Should().Equal("s1", "s2");
        items.Should().OnlyContain(i => i.Format == InputFormat.JsonLines);

        var text = "{curly} braces open this plain text, which is not JSON.\nSecond line.";
        var plain = InputReader.Read(["-"], new MemoryStream(Encoding.UTF8.GetBytes(text))).Single();
        plain.Id.Should().Be("-");
        plain.Document!.Text.Should().Be(text);

        // forced text: a JSONL-looking stream is one document
        var forced = InputReader.Read(["-"], new MemoryStream(jsonl), new InputOptions { StdinFormat = StdinFormat.Text }).Single();
        forced.Document!.Text.Should().Be(Encoding.UTF8.GetString(jsonl));

        InputReader.Read(["-"], new MemoryStream([])).Single().Error!.Kind.Should().Be(InputErrorKind.Empty);
        InputReader.Read(["-"], new MemoryStream([0x41, 0x00])).Single().Error!.Kind.Should().Be(InputErrorKind.Binary);
    }

    [Fact]
    public void Standard_input_detection_reads_past_its_first_buffer()
    {
        var longLine = new string('a', 200_000);
        var input = Encoding.UTF8.GetBytes($"{{\"text\":\"{longLine}\"}}\n{{\"text\":\"b\"}}\n");
        var items = InputReader.Read(["-"], new MemoryStream(input)).ToList();
        items.Select(i => i.Document!.Text.Length).Should().Equal(200_000, 1);
    }

    [Fact]
    public void Html_files_give_article_text_and_their_publication_date_unless_a_date_is_given()
    {
        using var temp = new TempFolder();
        var page = temp.Write("story.html", """
            <html><head><meta property="article:published_time" content="2022-11-25"></head>
            <body><nav>Menu</nav><article><h1>Harrowdene rated good</h1><p>Harrowdene's services improved.</p></article></body></html>
            """);
        var item = InputReader.Read([page]).Single();
        item.Document!.Text.Should().Be("Harrowdene rated good\n\nHarrowdene's services improved.\n");
        item.Document.DocumentDate.Should().Be(new DateOnly(2022, 11, 25));

        var given = InputReader.Read([page], options: new InputOptions { DocumentDate = new DateOnly(2023, 1, 1) }).Single();
        given.Document!.DocumentDate.Should().Be(new DateOnly(2023, 1, 1));

        var empty = temp.Write("empty.htm", "<html><body><nav>Menu only</nav></body></html>");
        InputReader.Read([empty]).Single().Error!.Kind.Should().Be(InputErrorKind.Empty);
    }

    [Fact]
    public void A_file_over_the_size_limit_is_an_error()
    {
        using var temp = new TempFolder();
        var path = temp.Write("big.txt", new string('z', 5000));
        var item = InputReader.Read([path], options: new InputOptions { MaxInputBytes = 1000 }).Single();
        item.Error!.Kind.Should().Be(InputErrorKind.TooLarge);
    }

    private sealed class FailingAfterStream(byte[] data, int failAfter) : Stream
    {
        private int _position;
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_position >= failAfter) throw new IOException("Input/output error");
            int n = Math.Min(Math.Min(count, failAfter - _position), data.Length - _position);
            Array.Copy(data, _position, buffer, offset, n);
            _position += n;
            return n;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}

public class HtmlCharsetTests
{
    [Fact]
    public void A_page_declaring_windows_1252_is_read_in_that_encoding()
    {
        using var temp = new TempFolder();
        var head = Encoding.ASCII.GetBytes("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"></head><body><article><p>");
        byte[] body = [.. Encoding.ASCII.GetBytes("The director said "), 0x93, .. Encoding.ASCII.GetBytes("we are proud"), 0x94, .. Encoding.ASCII.GetBytes(" of the caf"), 0xE9, .. Encoding.ASCII.GetBytes(" team.")];
        var path = temp.WriteBytes("old.html", [.. head, .. body, .. Encoding.ASCII.GetBytes("</p></article></body></html>")]);
        var item = InputReader.Read([path]).Single();
        item.Error.Should().BeNull();
        item.Document!.Text.Should().Be("The director said \u201Cwe are proud\u201D of the caf\u00E9 team.\n");
    }

    [Fact]
    public void A_page_without_a_declared_encoding_or_declaring_utf8_is_still_rejected_with_the_byte_offset()
    {
        using var temp = new TempFolder();
        var undeclared = temp.WriteBytes("a.html", [.. Encoding.ASCII.GetBytes("<p>caf"), 0xE9, .. Encoding.ASCII.GetBytes("</p>")]);
        var utf8 = temp.WriteBytes("b.html", [.. Encoding.ASCII.GetBytes("<meta charset=\"utf-8\"><p>caf"), 0xE9, .. Encoding.ASCII.GetBytes("</p>")]);
        var items = InputReader.Read([undeclared, utf8]).ToList();
        items[0].Error!.Message.Should().Be("invalid UTF-8 at byte offset 6 (0xE9)");
        items[1].Error!.Kind.Should().Be(InputErrorKind.InvalidUtf8);
    }

    [Fact]
    public void A_text_file_is_never_decoded_by_a_charset_it_mentions()
    {
        using var temp = new TempFolder();
        var path = temp.WriteBytes("note.txt", [.. Encoding.ASCII.GetBytes("charset=windows-1252 caf"), 0xE9]);
        InputReader.Read([path]).Single().Error!.Kind.Should().Be(InputErrorKind.InvalidUtf8);
    }
}
