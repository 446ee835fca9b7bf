using System.Text;
using ReportMining.Input;

namespace ReportMining.Tests.Input;

public class JsonLinesReaderTests
{
    private static List<InputItem> Read(string jsonl, InputOptions? options = null) =>
        Read(new UTF8Encoding(false).GetBytes(jsonl), options);

    private static List<InputItem> Read(byte[] bytes, InputOptions? options = null) =>
        JsonLinesReader.Read(new MemoryStream(bytes), "feed.jsonl", options ?? new InputOptions()).ToList();

    [Fact]
    public void Each_line_is_one_document_with_its_id_text_and_date()
    {
        var items = Read("""
            {"id": "gazette-1", "text": "Ashcombe was rated good.", "date": "2020-03-16"}
            {"text": "No id on this line about Ashcombe.", "extra": {"nested": [1, 2, {"a": null}]}}
            {"id": 42, "text": "Numeric id \"quoted\" \u2019 escapes\nand a new line.", "date": null}
            """);
        items.Should().HaveCount(3);
        items.Should().OnlyContain(i => i.Error == null);
        items[0].Document.Should().Be(new DocumentInput("gazette-1", "Ashcombe was rated good.", new DateOnly(2020, 3, 16)));
        items[1].Id.Should().Be("feed.jsonl:2");
        items[1].Document!.DocumentDate.Should().BeNull();
        items[2].Id.Should().Be("42");
        items[2].Document!.Text.Should().Be("Numeric id \"quoted\" ’ escapes\nand a new line.");
    }

    [Fact]
    public void The_default_date_applies_only_to_lines_without_their_own()
    {
        var items = Read("{\"text\":\"One.\",\"date\":\"2019-07-10\"}\n{\"text\":\"Two.\"}\n", new InputOptions { DocumentDate = new DateOnly(2024, 1, 2) });
        items[0].Document!.DocumentDate.Should().Be(new DateOnly(2019, 7, 10));
        items[1].Document!.DocumentDate.Should().Be(new DateOnly(2024, 1, 2));
    }

    [Fact]
    public void Every_bad_line_gives_an_error_naming_its_line_and_the_good_lines_still_come_in_order()
    {
        var items = Read(
            "{\"id\":\"a\",\"text\":\"First story about Kestrel Vale.\"}\n" +
            "this is not json\n" +
            "{\"id\":\"c\",\"title\":\"no text here\"}\n" +
            "[\"an\", \"array\"]\n" +
            "{\"id\":\"e\",\"text\":42}\n" +
            "{\"id\":\"f\",\"text\":\"   \"}\n" +
            "{\"id\":\"g\",\"text\":\"Bad date.\",\"date\":\"16/03/2020\"}\n" +
            "{\"id\":\"h\",\"text\":\"Truncated...\n" +
            "{\"id\":\"i\",\"text\":\"Two values\"} {\"id\":\"j\"}\n" +
            "{\"id\":\"k\",\"text\":\"Last story about Kestrel Vale.\"}\n");
        items.Select(i => i.Id).Should().Equal("a", "feed.jsonl:2", "c", "feed.jsonl:4", "e", "f", "g", "feed.jsonl:8", "i", "k");
        items.Select(i => i.Error?.Kind).Should().Equal(
            null, InputErrorKind.BadJsonLine, InputErrorKind.BadJsonLine, InputErrorKind.BadJsonLine, InputErrorKind.BadJsonLine,
            InputErrorKind.Empty, InputErrorKind.BadJsonLine, InputErrorKind.BadJsonLine, InputErrorKind.BadJsonLine, null);
        items[1].Error!.Message.Should().StartWith("line 2 of feed.jsonl: not valid JSON");
        items[2].Error!.Message.Should().Be("line 3 of feed.jsonl: no \"text\" property");
        items[3].Error!.Message.Should().Be("line 4 of feed.jsonl: not a JSON object");
        items[4].Error!.Message.Should().Contain("\"text\" is not a string");
        items[6].Error!.Message.Should().Contain("\"date\" is not yyyy-mm-dd");
    }

    [Fact]
    public void Invalid_utf8_in_a_line_names_the_line_and_the_file_byte_offset()
    {
        var first = Encoding.UTF8.GetBytes("{\"text\":\"Fine line.\"}\n");
        var second = Encoding.UTF8.GetBytes("{\"text\":\"Bad ").Concat(new byte[] { 0xE9 }).Concat(Encoding.UTF8.GetBytes("t\"}\n")).ToArray();
        var items = Read(first.Concat(second).ToArray());
        items.Should().HaveCount(2);
        items[1].Error!.Kind.Should().Be(InputErrorKind.InvalidUtf8);
        items[1].Error!.Message.Should().Be($"line 2 of feed.jsonl: invalid UTF-8 at byte offset {first.Length + 13} (0xE9)");
    }

    [Fact]
    public void Blank_lines_crlf_a_byte_order_mark_and_a_missing_final_newline_are_handled()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("{\"text\":\"One.\"}\r\n\r\n   \n{\"text\":\"Two.\"}")).ToArray();
        var items = Read(bytes);
        items.Select(i => i.Document!.Text).Should().Equal("One.", "Two.");
        items.Select(i => i.Id).Should().Equal("feed.jsonl:1", "feed.jsonl:4");
        items.Sum(i => i.Bytes).Should().BeLessThanOrEqualTo(bytes.Length);
    }

    [Fact]
    public void A_line_longer_than_the_read_buffer_is_read_whole()
    {
        var longText = string.Concat(Enumerable.Repeat("Social workers in Fenmoor know their children well. ", 20_000)); // ~1 MB
        var items = Read($"{{\"id\":\"long\",\"text\":\"{longText}\"}}\n{{\"id\":\"short\",\"text\":\"Next.\"}}\n");
        items.Select(i => i.Id).Should().Equal("long", "short");
        items[0].Document!.Text.Should().Be(longText);
    }

    [Fact]
    public void A_line_over_the_size_limit_is_an_error_and_reading_goes_on()
    {
        var big = new string('x', 300_000);
        var items = Read($"{{\"text\":\"{big}\"}}\n{{\"text\":\"After.\"}}\n", new InputOptions { MaxInputBytes = 100_000 });
        items.Should().HaveCount(2);
        items[0].Error!.Kind.Should().Be(InputErrorKind.TooLarge);
        items[1].Document!.Text.Should().Be("After.");
    }

    [Fact]
    public void Reading_is_lazy_so_a_long_stream_is_never_held_whole()
    {
        // a stream that would be endless: taking the first items must not read it all
        var stream = new RepeatingStream(Encoding.UTF8.GetBytes("{\"text\":\"Again and again.\"}\n"), totalBytes: 1L << 40);
        var first = JsonLinesReader.Read(stream, "endless", new InputOptions()).Take(1000).ToList();
        first.Should().HaveCount(1000).And.OnlyContain(i => i.Document != null);
        stream.BytesRead.Should().BeLessThan(1_000_000);
    }

    private sealed class RepeatingStream(byte[] unit, long totalBytes) : Stream
    {
        public long BytesRead { get; private set; }
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override int Read(byte[] buffer, int offset, int count)
        {
            int n = (int)Math.Min(count, totalBytes - BytesRead);
            for (int i = 0; i < n; i++) buffer[offset + i] = unit[(BytesRead + i) % unit.Length];
            BytesRead += n;
            return n;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
