using ReportMining.Percentages;

namespace ReportMining.Tests.Percentages;

/// <summary>
/// Business-news phrasings (quarters as periods, amounts with their change, verbs of change with an
/// object), on sentences written for the project (fictional firms, places and figures).
/// </summary>
public class PercentageBusinessNewsTests
{
    private static List<PercentageMention> Extract(string text) => PercentageExtractorTests.Extract(text);

    private static PercentageMention Single(string text) => PercentageExtractorTests.Single(text);

    [Theory]
    [InlineData("Ferrow Systems has run at a loss for the past two quarters.")]
    [InlineData("The fund expects slower growth over the next three quarters.")]
    [InlineData("Margins shrank in each of the previous 3 quarters.")]
    [InlineData("Lendal Mills has lost money for three quarters in a row.")]
    [InlineData("Sales have fallen two quarters running.")]
    public void Business_quarters_are_periods_not_shares(string text)
    {
        Extract(text).Should().BeEmpty();
    }

    [Theory]
    [InlineData("Three quarters of the children were seen within timescales.", 75, "children")]
    [InlineData("Almost two thirds of the past three quarters' referrals came from the police.", 66.67, "past three quarters' referrals")]
    public void Shares_in_quarters_and_thirds_are_still_found(string text, double value, string measure)
    {
        var found = Single(text);
        found.Value.Should().Be(value);
        found.Measure.Should().Be(measure);
    }

    [Theory]
    [InlineData("Westmarch Foods reported revenue of $212.4 million for the quarter, up 39% from $152.8 million a year earlier.", "revenue")]
    [InlineData("The group made a net profit of 21 million euros last year, up 6% on the year before.", "net profit")]
    [InlineData("Harbour Lines posted an operating loss of £3.1 million, down 14% from 2024.", "operating loss")]
    public void A_change_after_an_amount_measures_what_the_amount_is_of(string text, string measure)
    {
        Single(text).Measure.Should().Be(measure);
    }

    [Theory]
    [InlineData("The number of children in care in Esk stood at 420 at the end of March, up 8% on a year earlier.", "children in care in Esk")]
    [InlineData("Referrals reached 3,100 by the end of the year, up 12% on the year before.", "Referrals")]
    public void A_time_after_the_amount_leaves_the_subject_the_measure(string text, string measure)
    {
        // "the end": a noun after a determiner, not the verb of the clause
        Single(text).Measure.Should().Be(measure);
    }

    [Fact]
    public void A_change_after_a_year_is_not_read_as_an_amount()
    {
        // "the end of 2019, up ...": a year after "of" is a time, not an amount of something
        Single("Staff turnover at the end of 2019, up 5% on 2018, worried the board.").Measure.Should().NotBe("end");
    }

    [Theory]
    [InlineData("The new levy would dilute Harrowgate earnings by about 9% next year.", "Harrowgate earnings")]
    [InlineData("Rising rents have eroded carers' allowances by 12% since 2021.", "carers' allowances")]
    [InlineData("The new rota curbed overtime costs by 20% in a year.", "overtime costs")]
    [InlineData("Extra grants bolstered the reserve by a third.", "reserve")]
    public void The_object_of_a_verb_of_change_is_what_changed(string text, string measure)
    {
        Single(text).Measure.Should().Be(measure);
    }

    [Fact]
    public void A_hedged_share_after_by_is_a_change()
    {
        var found = Single("Spending per child in care in Esk rose by almost a quarter between 2021 and 2025.");
        found.Value.Should().Be(25);
        found.Approximate.Should().BeTrue();
        found.Measure.Should().Be("Spending per child in care in Esk");
    }

    [Fact]
    public void Made_ends_the_phrase_before_an_amount_of_something()
    {
        Single("Private providers made average profit margins of 19.4% on residential homes.").Measure.Should().Be("average profit margins");
    }

    [Theory]
    [InlineData("Pay for carers rose by two and a half per cent in April.", 2.5)]
    [InlineData("One and a half percent of staff were off sick in May.", 1.5)]
    [InlineData("The levy went up by 3 and a quarter per cent.", 3.25)]
    [InlineData("Its rate was one and three-quarters per cent last year.", 1.75)]
    public void A_whole_number_and_a_fraction_before_per_cent_is_one_figure(string text, double value)
    {
        Single(text).Value.Should().BeApproximately(value, 1e-9);
    }

    [Fact]
    public void A_whole_number_and_a_half_without_per_cent_is_no_percentage()
    {
        Extract("The review took two and a half years, and the appeal one and three-quarters.").Should().BeEmpty();
    }
}
