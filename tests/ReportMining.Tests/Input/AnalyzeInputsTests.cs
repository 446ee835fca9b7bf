using ReportMining.Input;

namespace ReportMining.Tests.Input;

public class AnalyzeInputsTests
{
    [Fact]
    public void Errors_pass_through_in_place_and_every_input_gives_exactly_one_result_in_order()
    {
        var items = Enumerable.Range(0, 300).Select(i => i % 7 == 3
            ? InputItem.Failed($"bad-{i}", InputErrorKind.Binary, "binary file", 10, InputFormat.Text)
            : InputItem.Ok(new DocumentInput($"doc-{i}", $"Report {i}: Kestrel Vale was visited on {i % 28 + 1} May 2024."), 50, InputFormat.Text));
        var miner = new ReportMiner(new ReportMinerOptions { MaxDegreeOfParallelism = 4 });
        var results = miner.AnalyzeInputs(items).ToList();
        results.Should().HaveCount(300);
        results.Select(r => r.Id).Should().Equal(Enumerable.Range(0, 300).Select(i => i % 7 == 3 ? $"bad-{i}" : $"doc-{i}"));
        results.Where(r => r.Error is not null).Should().OnlyContain(r => r.Analysis == null && r.Id.StartsWith("bad-"));
        results.Where(r => r.Error is null).Should().OnlyContain(r => r.Analysis!.Id == r.Id);
    }

    [Fact]
    public void Inputs_are_read_lazily_a_bounded_window_ahead()
    {
        int pulled = 0;
        IEnumerable<InputItem> Endless()
        {
            for (int i = 0; ; i++)
            {
                pulled++;
                yield return InputItem.Ok(new DocumentInput($"d{i}", "Fenmoor was rated good."), 23, InputFormat.Text);
            }
        }

        var miner = new ReportMiner(new ReportMinerOptions { MaxDegreeOfParallelism = 2 });
        miner.AnalyzeInputs(Endless()).Take(10).Count().Should().Be(10);
        pulled.Should().BeLessThanOrEqualTo(10 + 2 * 2 + 1);
    }
}
