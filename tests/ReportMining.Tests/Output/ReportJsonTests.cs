using System.Text.Json.Nodes;
using ReportMining.Output;
using ReportMining.Tests.Support;

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

    [Fact]
    public void The_direct_writer_writes_what_the_generated_serializer_writes()
    {
        var miner = new ReportMiner();
        var analyses = new[]
        {
            SampleReport.Analysis(),
            SampleReport.Analysis() with { Id = null, Inspection = null, DocumentDate = null },
            miner.Analyze(File.ReadAllText(Path.Combine(SharedData.RepoRoot, "samples", "northmoor-inspection-news.txt")), new AnalysisOptions { Id = "northmoor" }),
            miner.Analyze(SampleReport.Text),
            miner.Analyze(""),
        };
        foreach (var analysis in analyses)
        {
            foreach (var indented in new[] { true, false })
            {
                ReportJson.Serialize(analysis, indented).Should().Be(ReportJson.SerializeWithContext(analysis, indented));
            }
        }
    }

    [SharedFact]
    public void The_direct_writer_matches_the_generated_serializer_on_real_reports()
    {
        var miner = new ReportMiner();
        var files = Directory.GetFiles(SharedData.PathTo("corpus", "ilacs", "texts")).Order().Take(40)
            .Concat(Directory.GetFiles(SharedData.PathTo("seeds")));
        foreach (var file in files)
        {
            var analysis = miner.Analyze(File.ReadAllText(file), new AnalysisOptions { Id = Path.GetFileName(file) });
            ReportJson.Serialize(analysis, indented: false).Should().Be(ReportJson.SerializeWithContext(analysis, indented: false), file);
        }
    }
}
