using ReportMining.Input;
using ReportMining.Tests.Support;

namespace ReportMining.Tests.Input;

public class PdfInputTests
{
    [PdfFact]
    public void A_pdf_is_read_through_pdftotext()
    {
        using var temp = new TempFolder();
        var pdf = temp.WriteBytes("letter.pdf", MinimalPdf.Create(
            "Ofsted focused visit to Wrenford children's services",
            "Inspectors found that help and protection is good."));
        var item = InputReader.Read([pdf]).Single();
        item.Error.Should().BeNull();
        item.Format.Should().Be(InputFormat.Pdf);
        item.Document!.Text.Should().Contain("Ofsted focused visit to Wrenford children's services")
            .And.Contain("Inspectors found that help and protection is good.");
        item.Bytes.Should().Be(new FileInfo(pdf).Length);
    }

    [PdfFact]
    public void A_broken_pdf_is_an_error_record_naming_pdftotext()
    {
        using var temp = new TempFolder();
        var broken = temp.Write("broken.pdf", "%PDF-1.4\nthis is not really a PDF at all\n");
        var truncated = temp.WriteBytes("truncated.pdf", MinimalPdf.Create("Cut short")[..40]);
        var good = temp.WriteBytes("good.pdf", MinimalPdf.Create("Still read after the broken ones"));
        var items = InputReader.Read([broken, truncated, good]).ToList();

        items[0].Error!.Kind.Should().Be(InputErrorKind.PdfFailed);
        items[0].Error!.Message.Should().Contain("pdftotext failed");
        items[1].Error!.Kind.Should().BeOneOf(InputErrorKind.PdfFailed, InputErrorKind.Empty);
        items[2].Document!.Text.Should().Contain("Still read after the broken ones");
    }

    [Fact]
    public void Without_pdftotext_the_error_names_poppler_utils()
    {
        using var temp = new TempFolder();
        var pdf = temp.WriteBytes("letter.pdf", MinimalPdf.Create("Any text"));
        var item = InputReader.Read([pdf], options: new InputOptions { PdfToText = temp.Combine("no-such-pdftotext") }).Single();
        item.Error!.Kind.Should().Be(InputErrorKind.PdfToolMissing);
        item.Error.Message.Should().Contain("poppler-utils");
    }

    [Fact]
    public void A_pdftotext_that_hangs_is_stopped_by_the_timeout()
    {
        if (OperatingSystem.IsWindows()) return;
        using var temp = new TempFolder();
        var pdf = temp.WriteBytes("letter.pdf", MinimalPdf.Create("Any text"));
        var slow = temp.Write("slow-pdftotext", "#!/bin/sh\nexec sleep 30\n");
        File.SetUnixFileMode(slow, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var item = InputReader.Read([pdf], options: new InputOptions { PdfToText = slow, PdfTimeout = TimeSpan.FromMilliseconds(500) }).Single();
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(15));
        item.Error!.Kind.Should().Be(InputErrorKind.PdfFailed);
        item.Error.Message.Should().Contain("did not finish");
    }

    [PdfFact]
    public void Several_pdfs_converted_ahead_come_back_in_order()
    {
        using var temp = new TempFolder();
        var paths = Enumerable.Range(1, 6).Select(i => temp.WriteBytes($"p{i}.pdf", MinimalPdf.Create($"Document number {i} of six"))).ToList();
        var items = InputReader.Read(paths, options: new InputOptions { PdfLookahead = 3 }).ToList();
        items.Select(i => i.Id).Should().Equal(paths);
        items.Select(i => i.Document!.Text.Trim()).Should().Equal(Enumerable.Range(1, 6).Select(i => $"Document number {i} of six"));
    }

    [SharedFact]
    public void The_corpus_pdfs_read_exactly_as_the_corpus_texts_were_converted()
    {
        if (!PdfTool.Installed) return; // the PdfFact tests above report the missing tool
        var pdfs = Directory.GetFiles(SharedData.PathTo("corpus", "ilacs", "pdf-sample"), "*.pdf").Order(StringComparer.Ordinal).Take(3).ToList();
        pdfs.Should().NotBeEmpty();
        foreach (var (pdf, item) in pdfs.Zip(InputReader.Read(pdfs)))
        {
            var expected = File.ReadAllText(SharedData.PathTo("corpus", "ilacs", "texts", Path.ChangeExtension(Path.GetFileName(pdf), ".txt")));
            item.Document!.Text.Should().Be(expected, $"pdftotext -enc UTF-8 (not -layout) on {Path.GetFileName(pdf)} gave the corpus text");
        }
    }
}
