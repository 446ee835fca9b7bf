using System.Text.Json;
using ReportMining.Tests.Support;

namespace ReportMining.Tests.Cli;

/// <summary>Commands that print tables and messages write to the run's own streams, so they can be checked in process.</summary>
public class EvalAndClassifyCommandTests
{
    [Fact]
    public void Eval_sentences_prints_accuracy_for_each_model_alone_and_in_the_document()
    {
        using var temp = new TempFolder();
        const string report = "Leaders in Eastmere know their services well.\nSeveral looked-after children have plans nobody has updated for a year.\n";
        temp.Write("texts/eastmere.txt", report);
        int second = report.IndexOf("Several looked-after", StringComparison.Ordinal);
        var gold = temp.Write("gold.jsonl",
            $"{{\"file\": \"eastmere.txt\", \"start\": 0, \"end\": 45, \"sentiment\": \"positive\", \"area\": \"leadership\"}}\n" +
            $"{{\"file\": \"eastmere.txt\", \"start\": {second}, \"end\": {report.Length - 1}, \"sentiment\": \"negative\", \"area\": \"children_in_care\"}}\n");

        var run = CliRunner.Run(["eval", "sentences", "--gold", gold, "--texts", temp.Combine("texts")]);

        run.ExitCode.Should().Be(0, run.Stderr);
        run.Stdout.Should().Contain("against 2 labelled sentences (1 reports)");
        run.Lines.Should().Contain(l => l.StartsWith("sentiment ", StringComparison.Ordinal))
            .And.Contain(l => l.StartsWith("area ", StringComparison.Ordinal))
            .And.Contain(l => l.StartsWith("fine_area ", StringComparison.Ordinal));
    }

    [Fact]
    public void Eval_sentences_names_a_missing_gold_file_and_a_bad_label()
    {
        using var temp = new TempFolder();
        var missing = CliRunner.Run(["eval", "sentences", "--gold", temp.Combine("none.jsonl"), "--texts", temp.Path]);
        missing.ExitCode.Should().Be(2);
        missing.Stderr.Should().Contain("none.jsonl").And.Contain("not found");

        var empty = CliRunner.Run(["eval", "sentences", "--gold", temp.Write("empty.jsonl", ""), "--texts", temp.Path]);
        empty.ExitCode.Should().Be(2);
        empty.Stderr.Should().Contain("no labelled sentences");

        temp.Write("texts/a.txt", "A short report.\n");
        var gold = temp.Write("gold.jsonl", "{\"file\": \"a.txt\", \"start\": 0, \"end\": 15, \"sentiment\": \"glowing\", \"area\": \"leadership\"}\n");
        var bad = CliRunner.Run(["eval", "sentences", "--gold", gold, "--texts", temp.Combine("texts")]);
        bad.ExitCode.Should().Be(2);
        bad.Stderr.Should().Contain("gold.jsonl:1").And.Contain("glowing");
    }

    [Fact]
    public void Classify_reads_standard_input_and_writes_one_json_line_per_sentence()
    {
        var run = CliRunner.Run(["classify"], "{\"id\": \"s1\", \"text\": \"Young people leaving care speak highly of the advisers who help them.\"}\nnot json\n");

        run.ExitCode.Should().Be(1, "the second line is not JSON");
        run.Lines.Should().HaveCount(2);
        using var first = JsonDocument.Parse(run.Lines[0]);
        first.RootElement.GetProperty("id").GetString().Should().Be("s1");
        first.RootElement.GetProperty("sentiment").GetString().Should().Be("positive");
        using var second = JsonDocument.Parse(run.Lines[1]);
        second.RootElement.GetProperty("error").GetString().Should().StartWith("not JSON");
        run.Stderr.Should().Contain("could not be classified");
    }
}
