using System.Text.Json.Nodes;
using ReportMining.Output;

namespace ReportMining.Tests.Output;

public class ReportJsonTests
{
    [Fact]
    public void Text_is_written_as_is_and_reads_back()
    {
        var analysis = SampleReport.Analysis() with { Id = "a \"quoted\" name\\with\nbreak" };
        foreach (var indented in new[] { true, false })
        {
            var json = ReportJson.Serialize(analysis, indented);
            json.Should().Contain("\"director of children's services\"").And.Contain("raised Ashcombe County Council's children's services").And.NotContain("\\u0027");
            json.Should().Contain("\"a \\\"quoted\\\" name\\\\with\\nbreak\"", "quote marks, backslashes and line breaks are still escaped");
            JsonNode.Parse(json)!["quotes"]![0]!["text"]!.GetValue<string>().Should().Be("swift and well judged");
            var back = ReportJson.Deserialize(json)!;
            ReportJson.Serialize(back, indented).Should().Be(json);
        }
    }
}
