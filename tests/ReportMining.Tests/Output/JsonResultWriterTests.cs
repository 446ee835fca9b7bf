using System.Text;
using System.Text.Json;
using ReportMining.Input;
using ReportMining.Output;

namespace ReportMining.Tests.Output;

public class JsonResultWriterTests
{
    private static string Write(OutputFormat format, bool asArray, params DocumentResult[] results)
    {
        using var stream = new MemoryStream();
        using (var writer = ResultWriter.Create(format, stream, asArray))
        {
            foreach (var r in results) writer.Write(r);
            writer.Complete();
            writer.Count.Should().Be(results.Length);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    [Fact]
    public void One_document_is_one_object_with_camel_case_names_snake_case_values_and_nulls_present()
    {
        var json = Write(OutputFormat.Json, asArray: false, SampleAnalysis.Result());
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        root.ValueKind.Should().Be(JsonValueKind.Object);
        root.EnumerateObject().Select(p => p.Name).Should().ContainInOrder(
            "id", "kind", "documentDate", "inspection", "ratings", "dates", "percentages", "quotes", "serviceAreas");
        root.GetProperty("kind").GetString().Should().Be("news");
        root.GetProperty("inspection").GetProperty("laCode").ValueKind.Should().Be(JsonValueKind.Null);
        root.GetProperty("inspection").GetProperty("judgements")[0].GetProperty("area").GetString().Should().Be("overall_effectiveness");
        var rating = root.GetProperty("ratings")[0];
        rating.GetProperty("previousGrade").GetString().Should().Be("inadequate");
        rating.GetProperty("area").ValueKind.Should().Be(JsonValueKind.Null);
        rating.GetProperty("date").ValueKind.Should().Be(JsonValueKind.Null);
        root.GetProperty("dates")[0].GetProperty("modifier").ValueKind.Should().Be(JsonValueKind.Null);
        root.GetProperty("quotes")[0].GetProperty("stance").GetString().Should().Be("criticism");
        root.GetProperty("quotes")[0].GetProperty("speakerRole").GetString().Should().Be("director");
        root.GetProperty("serviceAreas")[0].GetProperty("area").GetString().Should().Be("workforce");
        json.Should().Contain("\n  \"kind\": \"news\"", "json output is indented");
    }

    [Fact]
    public void Several_documents_are_an_array_with_error_records_in_place()
    {
        var json = Write(OutputFormat.Json, asArray: true,
            SampleAnalysis.Result("a.txt"),
            SampleAnalysis.Error("b.txt", InputErrorKind.InvalidUtf8, "invalid UTF-8 at byte offset 7 (0xFF)"),
            SampleAnalysis.Result("c.txt"));
        using var doc = JsonDocument.Parse(json);
        doc.RootElement.ValueKind.Should().Be(JsonValueKind.Array);
        doc.RootElement.EnumerateArray().Select(e => e.GetProperty("id").GetString()).Should().Equal("a.txt", "b.txt", "c.txt");
        var error = doc.RootElement[1];
        error.GetProperty("error").GetString().Should().Be("invalid UTF-8 at byte offset 7 (0xFF)");
        error.GetProperty("errorKind").GetString().Should().Be("invalid_utf8");
    }

    [Fact]
    public void An_empty_array_is_still_valid_json()
    {
        JsonDocument.Parse(Write(OutputFormat.Json, asArray: true)).RootElement.GetArrayLength().Should().Be(0);
    }

    [Fact]
    public void Jsonl_is_one_compact_line_per_input_in_order()
    {
        var text = Write(OutputFormat.JsonLines, asArray: true,
            SampleAnalysis.Error("x", InputErrorKind.Empty, "empty file: no text"),
            SampleAnalysis.Result("y"));
        var lines = text.Split('\n');
        lines.Should().HaveCount(3);
        lines[2].Should().BeEmpty();
        JsonDocument.Parse(lines[0]).RootElement.GetProperty("errorKind").GetString().Should().Be("empty");
        var analysis = ReportJson.Deserialize(lines[1])!;
        analysis.Id.Should().Be("y");
        analysis.Should().BeEquivalentTo(SampleAnalysis.Result("y").Analysis);
    }

    [Fact]
    public void Non_ascii_text_is_written_as_is_and_control_characters_escaped()
    {
        var line = Write(OutputFormat.JsonLines, asArray: true, SampleAnalysis.Error("Zoë’s “file”\u0001.txt", InputErrorKind.Empty, "empty"));
        line.Should().Contain("Zoë’s “file”\\u0001.txt");
        JsonDocument.Parse(line).RootElement.GetProperty("id").GetString().Should().Be("Zoë’s “file”\u0001.txt");
    }
}
