using ReportMining.Text;

namespace ReportMining.Tests.Text;

public class DocumentTests
{
    private static string[] SentenceTexts(Document doc) =>
        doc.Sentences.Select(s => string.Join(' ', doc.NormalizedSlice(s.Span).ToString()
            .Replace("\u00AD", string.Empty).Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries))).ToArray();

    [Fact]
    public void Normalised_reading_has_the_same_length_as_the_text()
    {
        using var doc = Document.Parse(PdfStyleText.ThreePages);
        doc.Normalized.Length.Should().Be(PdfStyleText.ThreePages.Length);
        doc.Text.Should().BeSameAs(PdfStyleText.ThreePages);
    }

    [Fact]
    public void Running_footers_page_numbers_and_form_feeds_are_blanked()
    {
        using var doc = Document.Parse(PdfStyleText.ThreePages);
        var normalized = doc.Normalized.ToString();
        normalized.Should().NotContain("\f");
        // the title on page one is content; the three footer copies are not
        CountOf(normalized, PdfStyleText.FooterDates).Should().Be(1, "only the header's inspection dates remain");
        CountOf(normalized, PdfStyleText.Footer).Should().Be(1, "only the title on page one, which reads the same, remains");
        foreach (var s in SentenceTexts(doc))
        {
            s.Should().NotMatchRegex(@"^\d+\.?$", "no sentence is a bare page or paragraph number");
            s.Should().NotContain("local authority children’s services 3–14 March");
        }
    }

    [Fact]
    public void A_sentence_broken_by_a_page_break_reads_as_one_sentence()
    {
        using var doc = Document.Parse(PdfStyleText.ThreePages);
        SentenceTexts(doc).Should().Contain(
            "The out-of-hours service works closely with daytime teams and ensures that information is shared quickly.");
    }

    [Fact]
    public void Paragraph_numbers_and_bullets_are_not_part_of_sentences()
    {
        using var doc = Document.Parse(PdfStyleText.ThreePages);
        var sentences = SentenceTexts(doc);
        sentences.Should().Contain("How quickly children in care receive their first health assessments.");
        sentences.Should().Contain("The quality of pathway plans for each young person leaving care.");
        sentences.Should().Contain("Decisions in Lowmoor’s multi-agency safeguarding hub are timely and well recorded.");
        sentences.Should().Contain(s => s.StartsWith("Children in Lowmoor receive a prompt response", StringComparison.Ordinal));
        sentences.Should().Contain("Strategy meetings are well attended.");
    }

    [Fact]
    public void Headings_are_their_own_sentences()
    {
        using var doc = Document.Parse(PdfStyleText.ThreePages);
        var sentences = SentenceTexts(doc);
        sentences.Should().Contain("What needs to improve?");
        sentences.Should().Contain("The experiences and progress of children who need help and protection: good");
        sentences.Should().Contain("Inspection dates: 3–14 March 2025");
    }

    [Fact]
    public void Abbreviations_initials_and_decimals_do_not_end_sentences()
    {
        using var doc = Document.Parse(PdfStyleText.ThreePages);
        var sentences = SentenceTexts(doc);
        sentences.Should().Contain(
            "Mr. Patel, the head of service, leads a stable team of experienced social workers who know their families well.");
        sentences.Should().Contain(
            "Most assessments are thorough, e.g. they consider the history of the family, and 4.5 per cent of referrals are re-referrals.");
        sentences.Should().Contain(s => s.StartsWith("Dr. J. R. Okoye said: “Practice is improving.", StringComparison.Ordinal));
    }

    [Fact]
    public void Titles_of_officials_do_not_end_sentences()
    {
        using var doc = Document.Parse("Gov. Alvarez and Sen. Brightwater visited the unit. Det. Supt. Marsh spoke to staff. Rep. Kim agreed.");
        SentenceTexts(doc).Should().Equal(
            "Gov. Alvarez and Sen. Brightwater visited the unit.",
            "Det. Supt. Marsh spoke to staff.",
            "Rep. Kim agreed.");
    }

    [Fact]
    public void A_word_hyphenated_over_a_line_end_is_joined()
    {
        using var doc = Document.Parse(PdfStyleText.ThreePages);
        SentenceTexts(doc).Should().Contain("Leaders have commissioned a review of assessment practice, which is due to report in June.");
        int at = PdfStyleText.ThreePages.IndexOf("assess-", StringComparison.Ordinal);
        var words = new List<string>();
        foreach (var token in Tokenizer.Tokenize(doc.Normalized[at..(at + 20)], at))
        {
            words.Add(doc.Normalized.Slice(token.Start, token.Length).ToString().Replace("\u00AD", string.Empty));
        }

        words[0].Should().Be("assessment");
    }

    [Fact]
    public void Quotes_spanning_sentences_keep_their_closing_mark()
    {
        using var doc = Document.Parse("Dr. Okoye said: “Practice is improving. We are not there yet.” Inspectors agreed.");
        SentenceTexts(doc).Should().Equal(
            "Dr. Okoye said: “Practice is improving.",
            "We are not there yet.”",
            "Inspectors agreed.");
    }

    [Fact]
    public void News_paragraphs_on_long_lines_are_separate_blocks_and_broken_quotes_rejoin()
    {
        const string news = "Ofsted praised Eastvale's early help offer in a report published on Friday, which found that families get support quickly and that staff know the children they work with well.\n\n" +
            "“Pace has picked up, and work with families is becoming consistently stronger\n\nand staff say they feel valued,” the report said.\n\n" +
            "The council's cabinet member for children said the authority would keep improving.";
        using var doc = Document.Parse(news);
        doc.Paragraphs.Should().HaveCount(3);
        SentenceTexts(doc)[1].Should().Be("“Pace has picked up, and work with families is becoming consistently stronger and staff say they feel valued,” the report said.");
    }

    [Fact]
    public void Every_sentence_and_paragraph_lies_inside_the_text_in_order()
    {
        using var doc = Document.Parse(PdfStyleText.ThreePages);
        int last = 0;
        foreach (var s in doc.Sentences)
        {
            s.Start.Should().BeGreaterThanOrEqualTo(last);
            s.End.Should().BeGreaterThan(s.Start).And.BeLessThanOrEqualTo(doc.Length);
            char.IsWhiteSpace(doc.Normalized[s.Start]).Should().BeFalse();
            char.IsWhiteSpace(doc.Normalized[s.End - 1]).Should().BeFalse();
            doc.SentenceAt(s.Start).Should().Be(doc.Sentences.ToList().IndexOf(s));
            doc.Paragraphs[s.Paragraph].Span.Start.Should().BeLessThanOrEqualTo(s.Start);
            doc.Paragraphs[s.Paragraph].Span.End.Should().BeGreaterThanOrEqualTo(s.End);
            last = s.End;
        }
    }

    [Fact]
    public void Overlong_runs_without_punctuation_are_cut_into_bounded_sentences()
    {
        var text = string.Concat(Enumerable.Repeat("word ", 5000));
        using var doc = Document.Parse(text);
        doc.Sentences.Should().HaveCountGreaterThan(1);
        doc.Sentences.Should().OnlyContain(s => s.Span.Length <= 1500);
    }

    [Fact]
    public void Empty_and_whitespace_texts_have_no_sentences()
    {
        using var empty = Document.Parse(string.Empty);
        empty.Sentences.Should().BeEmpty();
        using var blank = Document.Parse(" \n\n\t \f\r\n");
        blank.Sentences.Should().BeEmpty();
    }

    [Fact]
    public void Normalized_cannot_be_read_after_dispose()
    {
        var doc = Document.Parse("A sentence.");
        doc.Dispose();
        var act = () => doc.Normalized.Length;
        act.Should().Throw<ObjectDisposedException>();
    }

    private static int CountOf(string text, string value)
    {
        int count = 0;
        for (int i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + 1, StringComparison.Ordinal)) count++;
        return count;
    }
}
