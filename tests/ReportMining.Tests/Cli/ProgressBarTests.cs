using ReportMining.Cli.Commands;

namespace ReportMining.Tests.Cli;

public class ProgressBarTests
{
    [Fact]
    public void Shows_documents_percentage_rate_and_eta_when_the_total_is_known()
    {
        var error = new StringWriter();
        var bar = new ProgressBar(error, enabled: true, totalDocuments: 4, totalBytes: 4_000_000);
        bar.Advance(1_000_000);
        bar.Render().Should().MatchRegex(@"^\[=+ +\] 1/4 docs  25%  [0-9.]+ MB/s  ETA [0-9]+:[0-9]{2}$");
        error.ToString().Should().StartWith("\r[");
    }

    [Fact]
    public void Without_totals_shows_only_documents_and_rate()
    {
        var bar = new ProgressBar(TextWriter.Null, enabled: true, totalDocuments: null, totalBytes: null);
        bar.Advance(500);
        bar.Advance(500);
        bar.Render().Should().MatchRegex(@"^2 docs  [0-9.]+ MB/s$");
    }

    [Fact]
    public void Messages_clear_the_bar_first_and_a_disabled_bar_writes_nothing_but_messages()
    {
        var error = new StringWriter();
        var bar = new ProgressBar(error, enabled: true, totalDocuments: 2, totalBytes: 10);
        bar.Advance(5);
        bar.Message("reportmining: a.txt: empty file: no text");
        var text = error.ToString();
        text.Should().EndWith("\rreportmining: a.txt: empty file: no text" + Environment.NewLine);

        var quiet = new StringWriter();
        var off = new ProgressBar(quiet, enabled: false, totalDocuments: 2, totalBytes: 10);
        off.Advance(5);
        off.Message("note");
        quiet.ToString().Should().Be("note" + Environment.NewLine);
    }
}
