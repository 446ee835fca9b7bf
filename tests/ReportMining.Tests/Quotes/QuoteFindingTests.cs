using static ReportMining.Tests.Quotes.QuoteTestSupport;

namespace ReportMining.Tests.Quotes;

/// <summary>Which quoted spans are quotations, and their exact extents. All texts are written for the project.</summary>
public class QuoteFindingTests
{
    [Fact]
    public void CurlyDoubleQuotesGiveTheWordsWithoutTheMarks()
    {
        const string text = "Harbury Council said social work had changed.\n\n“We are proud of every one of our social workers,” said councillor Jane Marsh.";
        var q = Single(text);
        q.Text.Should().Be("We are proud of every one of our social workers,");
        text[q.Start - 1].Should().Be('“');
        text[q.End].Should().Be('”');
    }

    [Fact]
    public void StraightDoubleQuotesAreQuotes()
    {
        const string text = "The panel met on Monday.\n\n\"Caseloads are far too high in the east of the county,\" the union's branch secretary said.";
        Single(text).Text.Should().Be("Caseloads are far too high in the east of the county,");
    }

    [Fact]
    public void BritishSingleQuotesUsedForSpeechAreQuotes()
    {
        const string text = "Leaders met inspectors last week.\n\n‘We have a great deal still to do for care leavers,’ said Ms Patel, the cabinet member for children.";
        var q = Single(text);
        q.Text.Should().Be("We have a great deal still to do for care leavers,");
        q.Speaker.Should().Be("Patel");
        q.SpeakerRole.Should().Be("the cabinet member for children");
    }

    [Theory]
    [InlineData("Eastmere was rated ‘good’ by Ofsted in 2019.")]
    [InlineData("In 2018 Ofsted rated the service ‘Inadequate’, and it has been monitored since.")]
    [InlineData("The council’s services were judged to \"require improvement to be good\" last year.")]
    [InlineData("Ofsted said the work with care leavers \"requires improvement\".")]
    [InlineData("The borough is one of only four rated \"outstanding\" in the region.")]
    public void GradeWordsInQuoteMarksAreNotQuotes(string text)
    {
        FindQuotes(text).Should().BeEmpty();
    }

    [Fact]
    public void ScareQuotesTitlesAndApostrophesAreNotQuotes()
    {
        const string text = "The children’s services team and the ‘make safe’ team visited the councils’ offices on Monday.\n\n" +
                            "The director appeared on BBC Radio Kent’s “Breakfast Show” to talk about the plan.\n\n" +
                            "The visit focused on the ‘front door’ – how the team handles referrals – and on disabled children.";
        FindQuotes(text).Should().BeEmpty();
    }

    [Fact]
    public void APartialQuoteInsideASentenceIsFoundWithItsReportingClause()
    {
        const string text = "Help for families has “improved markedly” since 2021, the Ofsted report on Harbury states.";
        var q = Single(text);
        q.Text.Should().Be("improved markedly");
        q.Speaker.Should().Be("the report");
        q.Cue.Should().Be("states");
    }

    [Fact]
    public void AQuoteOverSeveralParagraphsIsOneQuoteFromFirstWordToLastWord()
    {
        const string text = "Director Sam Okoye said: “We are not where we want to be yet.\n\n" +
                            "“Every child deserves a worker who knows them.\n\n" +
                            "“We will get there, and we will be open about our progress.”\n\nThe council meets next week.";
        var q = Single(text);
        q.Text.Should().StartWith("We are not where").And.EndWith("about our progress.");
        q.Start.Should().Be(text.IndexOf("We are not", StringComparison.Ordinal));
        q.End.Should().Be(text.IndexOf("progress.", StringComparison.Ordinal) + "progress.".Length);
        q.Segments.Should().HaveCount(3);
        q.Segments.Select(s => text[s.Start..s.End]).Should().Equal(
            "We are not where we want to be yet.", "Every child deserves a worker who knows them.", "We will get there, and we will be open about our progress.");
        q.Speaker.Should().Be("Sam Okoye");
    }

    [Fact]
    public void AQuoteThatRunsOnIntoTheNextLineWithoutReopeningIsOneQuote()
    {
        const string text = "The inspector wrote: “Practice is becoming consistently stronger\n\nand staff say they feel supported.”";
        var q = Single(text);
        q.Text.Should().StartWith("Practice is").And.EndWith("feel supported.");
    }

    [Fact]
    public void NestedQuotesStayInsideTheOuterQuote()
    {
        const string text = "“Young people told us ‘we feel listened to’ and that matters more than any grade,” said Priya Nair.";
        var q = Single(text);
        q.Text.Should().Be("Young people told us ‘we feel listened to’ and that matters more than any grade,");
        q.Speaker.Should().Be("Priya Nair");
    }

    [Fact]
    public void AClosingMarkTypedToOpenAQuoteStillOpensIt()
    {
        const string text = "The meeting ended late.\n\n”Nobody should wait six months for an assessment,” said Ellen Grey.";
        var q = Single(text);
        q.Text.Should().Be("Nobody should wait six months for an assessment,");
        q.Speaker.Should().Be("Ellen Grey");
    }

    [Fact]
    public void AnUnclosedQuoteRunsToTheEndOfItsParagraph()
    {
        const string text = "Councillor Ray Hart said: “The service has turned a corner and families can see it.\n\nThe vote is on Friday.";
        var q = Single(text);
        q.Text.Should().Be("The service has turned a corner and families can see it.");
    }

    [Fact]
    public void QuotesSplitAroundTheReportingClauseAreTwoQuotesWithOneSpeaker()
    {
        const string text = "“The front door is safer,” said Tom Ellery, the council’s chief executive, “but we know assessments are still too slow.”";
        var quotes = FindQuotes(text);
        quotes.Select(q => q.Text).Should().Equal("The front door is safer,", "but we know assessments are still too slow.");
        quotes.Should().OnlyContain(q => q.Speaker == "Tom Ellery");
    }

    [Fact]
    public void AHeadlineIsNotAQuote()
    {
        const string text = "Council boss says services 'not good enough'\n\nThe director said the service was “not yet good enough for our children”.";
        var q = Single(text);
        q.Text.Should().Be("not yet good enough for our children");
    }

    [Fact]
    public void ANameBeforeATitleNounIsNotAQuote()
    {
        const string text = "The council launched its “Brighter Futures” programme in May, and the “Stay Close” scheme is next.";
        FindQuotes(text).Should().BeEmpty();
    }

    [Fact]
    public void InAStoryThatQuotesSpeechInDoubleMarksSingleMarksAreScareQuotes()
    {
        const string text = "“We are proud of our foster carers,” said Ruth Gale.\n\n“Every child deserves a stable home,” she added.\n\n" +
                            "Leaders say the ‘stay close’ offer and a ‘bold new approach’ will follow.";
        FindQuotes(text).Select(q => q.Text).Should().Equal("We are proud of our foster carers,", "Every child deserves a stable home,");
    }

    [Fact]
    public void DoubledApostrophesAreReadButNotReported()
    {
        const string text = "The mayor spoke on Friday.\n\n''I said, 'we will not close the centre,' and I meant it,'' said the mayor.";
        FindQuotes(text).Should().BeEmpty();
    }
}
