using ReportMining.Percentages;

namespace ReportMining.Tests.Percentages;

/// <summary>
/// News phrasing met in the news5 gold split, on sentences written for the project (fictional
/// places and people): scores with a bare first figure, ranges and pairs whose first figure is a
/// word or has no unit, a number word joined to "percentage-point", "cut in half", "100 percent"
/// as a manner of speaking, an adjective between "at a" and the figure, a figure restating a count
/// between commas, -ing nouns as heads, and a rival named with a title or an apostrophe alone.
/// </summary>
public class PercentageNewsFiveTests
{
    private static List<PercentageMention> Extract(string text) => PercentageExtractorTests.Extract(text);

    private static PercentageMention Single(string text) => PercentageExtractorTests.Single(text);

    [Fact]
    public void A_larger_bare_figure_before_to_is_the_leader_of_a_score()
    {
        var found = Extract("A county survey says Ms Hale would defeat Mr Ross 47 to 39 percent in a run-off.");
        found.Select(p => p.Value).Should().Equal(47, 39);
        found[0].Measure.Should().Be("Ms Hale");
        found[1].Measure.Should().Be("Mr Ross");
    }

    [Fact]
    public void A_change_from_a_larger_figure_keeps_one_measure()
    {
        var found = Extract("Support for the bypass fell from 38 to 14 percent over the summer.");
        found.Select(p => p.Value).Should().Equal(38, 14);
        found.Select(p => p.Measure).Should().Equal("Support for the bypass", "Support for the bypass");
    }

    [Fact]
    public void A_change_without_from_gives_both_figures_one_measure()
    {
        var found = Extract("Turnover in the Hollins team went down 30 to 18 percent in a year.");
        found.Select(p => p.Value).Should().Equal(30, 18);
        found.Select(p => p.Measure).Should().Equal("Turnover in the Hollins team", "Turnover in the Hollins team");
    }

    [Fact]
    public void A_rising_range_is_still_one_range()
    {
        var found = Extract("Fees at the Tarnby nursery went up by 3 to 5 percent.");
        found.Select(p => p.Value).Should().Equal(3, 5);
    }

    [Theory]
    [InlineData("She kept an easy lead of between three and 12 percentage points in the county.", 3, 12)]
    [InlineData("Two years ago the mayor was polling at 3, 4 percent in the county.", 3, 4)]
    public void A_first_figure_in_words_or_without_its_unit_is_found(string text, double first, double second)
    {
        Extract(text).Select(p => p.Value).Should().Equal(first, second);
    }

    [Fact]
    public void Two_figures_far_apart_after_a_comma_are_not_a_pair()
    {
        Extract("Of the 12 bakeries, 4 percent of sales were online.").Select(p => p.Value).Should().Equal(4);
    }

    [Fact]
    public void A_number_word_joined_to_percentage_point_is_a_figure()
    {
        var p = Single("The mayor is ahead of her rival by a four-percentage-point margin this week.");
        p.Value.Should().Be(4);
        p.Kind.Should().Be(PercentageKind.PercentagePoints);
        p.Measure.Should().Be("margin");
    }

    [Theory]
    [InlineData("The bakery cut its weekly dividend in half last spring.", "weekly dividend")]
    [InlineData("Under the plan, their cover was cut in half within a year.", "cover")]
    [InlineData("The grant for the two libraries was split in half.", "grant for the two libraries")]
    public void Cut_in_half_is_a_change_by_half(string text, string measure)
    {
        var p = Single(text);
        p.Value.Should().Be(50);
        p.Measure.Should().Be(measure);
    }

    [Theory]
    [InlineData("The pie was cut into slices in half an hour.")]
    [InlineData("They were in half a mind to cut the budget.")]
    [InlineData("Staff who cut hedges in half the county were paid late.")]
    public void Half_after_in_is_not_a_share_without_a_cut(string text)
    {
        Extract(text).Should().BeEmpty();
    }

    [Theory]
    [InlineData("His aunt insisted that the boy was 100 percent Welsh.")]
    [InlineData("The councillor said she \"supports Ms Hale 100 percent,\" unlike her rival.")]
    [InlineData("I back the new head teacher 100 percent.")]
    [InlineData("On this I agree with the mayor 100 percent.")]
    public void A_hundred_percent_as_a_manner_of_speaking_is_not_a_figure(string text)
    {
        Extract(text).Should().BeEmpty();
    }

    [Theory]
    [InlineData("The share of homes with broadband in Tarnby is 100 percent.")]
    [InlineData("Rents in the old town rose 100 percent.")]
    [InlineData("Fees for the Welsh course rose 100 percent, the college said.")]
    [InlineData("After the vote, backing for the plan rose to 100 percent.")]
    public void A_hundred_percent_that_measures_something_is_still_found(string text)
    {
        Single(text).Value.Should().Be(100);
    }

    [Fact]
    public void An_adjective_between_at_a_and_the_figure_is_left_out()
    {
        // (the poll is where the figure was reported, not part of it)
        Single("The mayor's approval rating in the latest county poll stands at a healthy 61%.").Measure
            .Should().Be("mayor's approval rating");
    }

    [Fact]
    public void A_figure_restating_a_count_between_commas_measures_what_follows()
    {
        Single("The firm bought 12 million shares, or 40%, of the Leeds-based bakery chain.").Measure.Should().Be("Leeds-based bakery chain");
    }

    [Theory]
    [InlineData("Ms Hale won the ward, claiming 58 percent of the vote to Mr Wells' 39 percent.")]
    [InlineData("Ms Hale won the ward, taking 58 percent of the vote to councillor Tim Ross's 39 percent.")]
    public void A_rival_named_with_a_title_or_a_bare_apostrophe_carries_the_measure(string text)
    {
        var found = Extract(text);
        found.Select(p => p.Measure).Should().Equal("vote", "vote");
    }

    [Theory]
    [InlineData("The backlog grew a little on Monday, to nearly 40 percent.", "backlog")]
    [InlineData("Turnout at the Fernby count rose sharply last year, to 71 percent.", "Turnout at the Fernby count")]
    public void A_degree_and_a_time_between_the_verb_and_the_comma_are_skipped(string text, string measure)
    {
        Single(text).Measure.Should().Be(measure);
    }

    [Theory]
    [InlineData("The pay deal has put Fernby wages 3.5 percent higher this spring.", "Fernby wages")]
    [InlineData("The late show delivered ratings 20 percent above its spring average.", "ratings")]
    public void A_noun_right_before_a_figure_and_a_comparative_is_what_is_compared(string text, string measure)
    {
        Single(text).Measure.Should().Be(measure);
    }

    [Fact]
    public void A_place_before_the_noun_keeps_it_out()
    {
        // "in writing" says where, not what: no measure from this rule
        Extract("Pupils did well: in writing 9% higher than the region.").Single().Measure.Should().NotBe("writing");
    }
}
