using ReportMining.Dates;
using ReportMining.Inspections;
using ReportMining.Text;

namespace ReportMining.Tests.Dates;

/// <summary>Finding the document date in the text, on news and report openings written for the project.</summary>
public class DocumentDateTests
{
    private static readonly ReportMiner Miner = new();

    [Fact]
    public void A_dateline_near_the_top_is_the_document_date()
    {
        const string text = "Eastholm children's services rated good\n\nPriya Marsh\nTuesday, June 4, 2024\n\nEastholm Council's work with children has got better since Ofsted's visit in 2021.";
        var result = Miner.Analyze(text);
        result.DocumentDate.Should().Be(new DateOnly(2024, 6, 4));
        result.DocumentDateSource.Should().Be("dateline");
        result.Dates.Should().Contain(d => d.Text == "2021" && d.Value == "2021");
    }

    [Fact]
    public void A_british_dateline_is_found_too()
    {
        const string text = "Lowmoor review published\n12 November 2023\n\nThe review was commissioned last year.";
        var result = Miner.Analyze(text);
        result.DocumentDate.Should().Be(new DateOnly(2023, 11, 12));
        result.Dates.Should().Contain(d => d.Text == "last year" && d.Value == "2022");
    }

    [Fact]
    public void A_publication_statement_gives_the_date()
    {
        const string text = "Northmoor County Council: children's services inspection\n\nInspection date: 10 March 2014 – 2 April 2014\nReport published: 14 May 2014\n\nThe local authority leads effectively.";
        var result = Miner.Analyze(text);
        result.DocumentDate.Should().Be(new DateOnly(2014, 5, 14));
        result.DocumentDateSource.Should().Be("published");
    }

    [Fact]
    public void A_day_equated_with_today_takes_its_year_from_the_weekday()
    {
        // 2 August fell on a Friday in 2019: the first such year from the latest year mentioned (2017)
        const string text = "Services in Westbrook are improving.\n\nThe service was rated inadequate in September 2017.\n\nThe last visit was on July 10-11, and the report came out today (Friday, August 2).";
        var result = Miner.Analyze(text);
        result.DocumentDate.Should().Be(new DateOnly(2019, 8, 2));
        result.DocumentDateSource.Should().Be("today");
        result.Dates.Should().Contain(d => d.Text == "July 10-11" && d.Value == "2019-07-10/2019-07-11");
        result.Dates.Should().Contain(d => d.Text == "today" && d.Value == "2019-08-02");
    }

    [Fact]
    public void A_given_date_wins_over_the_text()
    {
        const string text = "Headline\nTuesday, June 4, 2024\n\nThe plan was agreed yesterday.";
        var result = Miner.Analyze(text, new AnalysisOptions { DocumentDate = new DateOnly(2024, 6, 10) });
        result.DocumentDate.Should().Be(new DateOnly(2024, 6, 10));
        result.DocumentDateSource.Should().Be("given");
        result.Dates.Should().Contain(d => d.Text == "yesterday" && d.Value == "2024-06-09");
    }

    [Fact]
    public void No_date_in_the_text_means_none()
    {
        var result = Miner.Analyze("Leaders know their services well and act on what they find.");
        result.DocumentDate.Should().BeNull();
        result.DocumentDateSource.Should().BeNull();
    }

    [Fact]
    public void The_inspection_dates_anchor_a_report_when_the_text_gives_no_other_date()
    {
        using var document = Document.Parse("Since the previous inspection, Northmoor has made its front door stronger.");
        var context = new AnalysisContext(document, new AnalysisOptions(), null!, CancellationToken.None)
        {
            Inspection = new InspectionFacts { Start = new DateOnly(2025, 3, 17), End = new DateOnly(2025, 3, 21) },
        };
        new DateExtractor().FindDocumentDate(context);
        context.DocumentDate.Should().Be(new DateOnly(2025, 3, 21));
        context.DocumentDateSource.Should().Be("inspection");
    }
}
