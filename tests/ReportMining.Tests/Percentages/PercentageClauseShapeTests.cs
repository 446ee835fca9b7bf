using ReportMining.Percentages;

namespace ReportMining.Tests.Percentages;

/// <summary>
/// Where a measured phrase ends and which phrase a figure belongs to, in the clause shapes of news and business text: a
/// backing verb before a name, a lead reported inside "shows", a figure before compound rate nouns, an amount with a verb of
/// having, "with X up N%", ranges after a participle, the level a change came from, a participle of winning after a clause.
/// Sentences written for the project (fictional places, people and firms).
/// </summary>
public class PercentageClauseShapeTests
{
    private static IReadOnlyList<PercentageMention> Extract(string text) => PercentageExtractorTests.Extract(text);

    [Fact]
    public void A_backing_verb_between_a_plural_noun_and_a_name_ends_the_group()
    {
        var found = Extract("The Courier poll found that 43% of Esk voters support former mayor Ann Hale, and 42% support Councillor Ben Crane.");
        found.Select(p => p.Measure).Should().Equal("Esk voters", "Esk voters");
    }

    [Fact]
    public void A_lead_reported_by_shows_gives_each_side_its_figure_and_the_rest_none()
    {
        var found = Extract("The latest Courier poll shows Hale leading Crane 48 percent to 39 percent, with 9 percent backing another candidate.");
        found.Select(p => p.Measure).Should().Equal("Hale", "Crane", null);
    }

    [Theory]
    [InlineData("The board views the 12% growth rate as ambitious.", "growth rate")]
    [InlineData("The 10% cap covers any bidder from abroad.", "cap")]
    public void A_figure_before_its_noun_measures_the_whole_noun_and_not_the_verb(string text, string measure)
    {
        Extract(text).Should().ContainSingle().Which.Measure.Should().Be(measure);
    }

    [Fact]
    public void A_noun_every_year_keeps_the_noun()
    {
        Extract("The fines came to 2 percent of the firm's 9,000 drivers every year.").Should().ContainSingle().Which.Measure.Should().Be("firm's 9,000 drivers");
    }

    [Fact]
    public void An_amount_after_had_measures_what_the_amount_is_of()
    {
        Extract("Kelso Mills had operating profit of £12.4 million, or 31p a share, up 9% from £11.4 million.")
            .Should().ContainSingle().Which.Measure.Should().Be("operating profit");
    }

    [Fact]
    public void Being_at_a_level_of_support_measures_support_with_its_group()
    {
        var p = Extract("Crane was at 31 percent support among renters in the latest Courier poll.").Should().ContainSingle().Subject;
        p.Measure.Should().Be("support");
        p.Scope.Should().Be("renters");
    }

    [Fact]
    public void With_a_phrase_up_by_a_figure_measures_the_phrase()
    {
        Extract("The harbour trust had a good summer, with ticket sales up 36 percent in May.")
            .Should().ContainSingle().Which.Measure.Should().Be("ticket sales");
    }

    [Fact]
    public void A_range_after_ranging_from_measures_the_phrase_before_it()
    {
        var found = Extract("Dunmore raised parking fees, ranging from 5 percent to 12 percent, across its car parks.");
        found.Select(p => p.Measure).Should().Equal("parking fees", "parking fees");
    }

    [Theory]
    [InlineData("The forecast kept the estimate of regional growth steady at 2.1 percent.", "estimate of regional growth")]
    [InlineData("The council said that turnout in the Esk by-election was a record 44%.", "turnout in the Esk by-election")]
    [InlineData("The returning officer announced Wednesday that turnout in the ward was 38%.", "turnout in the ward")]
    public void Words_about_the_level_are_not_the_measure(string text, string measure)
    {
        Extract(text).Should().ContainSingle().Which.Measure.Should().Be(measure);
    }

    [Fact]
    public void The_level_a_change_came_from_has_the_measure_of_the_level_it_reached()
    {
        var found = Extract("Kelso plans to raise its stake in Tarn Mills to 60%, from the 22% it holds now.");
        found.Should().HaveCount(2);
        found.Should().OnlyContain(p => p.Measure == "stake" && p.Scope == "Tarn Mills");
    }

    [Fact]
    public void A_participle_of_winning_after_a_clause_gives_the_subject_its_share()
    {
        Extract("Crane finished third in the Esk ward, getting just 14 percent.").Should().ContainSingle().Which.Measure.Should().Be("Crane");
    }

    [Fact]
    public void A_group_compared_after_this_keeps_the_measure_before_with_the_group_as_scope()
    {
        var found = Extract("The share of care leavers in work was 52% last year. This is now better than similar councils (47%).");
        found.Should().HaveCount(2);
        found[1].Measure.Should().Be("care leavers in work");
        found[1].Scope.Should().Be("similar councils");
    }

    [Fact]
    public void A_group_compared_with_its_figure_after_at_keeps_the_first_measure()
    {
        var found = Extract("The re-referral rate is 18%, which is far lower than the regional average at 22% and similar areas at 20%.");
        found.Select(p => p.Measure).Should().Equal("re-referral rate", "regional average", "re-referral rate");
        found[2].Scope.Should().Be("similar areas");
        var comma = Extract("Repeat plans in Esk are low, at 9%, better than comparators, at 14%.");
        comma[1].Measure.Should().Be("Repeat plans in Esk");
        comma[1].Scope.Should().Be("comparators");
    }

    [Fact]
    public void A_figure_after_compares_favourably_with_a_group_is_the_subjects()
    {
        Extract("Attendance for pupils in care compares well with classmates, at 94%.").Should().ContainSingle()
            .Which.Measure.Should().Be("Attendance for pupils in care");
    }

    [Fact]
    public void A_figure_more_or_fewer_of_something_measures_that_thing_with_the_place_as_scope()
    {
        var p = Extract("Crane had 30 percent fewer volunteers in Esk this year than in the last election.").Should().ContainSingle().Subject;
        p.Measure.Should().Be("volunteers");
        p.Scope.Should().Be("Esk");
        Extract("The notes were priced to yield 6.25% less full fees.").Should().ContainSingle().Which.Measure.Should().NotBe("full fees");
    }

    [Fact]
    public void Support_for_a_policy_is_the_measure_and_the_policy_no_scope()
    {
        var p = Extract("A Courier survey found 72 percent support for the new bus lanes.").Should().ContainSingle().Subject;
        p.Measure.Should().Be("support");
        p.Scope.Should().BeNull();
    }

    [Fact]
    public void A_participle_of_change_after_a_comma_describes_the_phrase_before_it()
    {
        var found = Extract("Surveys have shown local backing for a ferry link growing, rising from about 30 percent in 2019 to about 46 percent this year.");
        found.Should().HaveCount(2).And.OnlyContain(p => p.Measure == "local backing for a ferry link");
        // with a figure before it in the sentence, that figure's measure carries
        Extract("That is 31% of the teenagers in Esk, rising to 49% for the over-twenties.")[1].Measure.Should().Be("teenagers in Esk");
    }

    [Fact]
    public void Names_tied_for_a_place_at_a_figure_are_its_measure()
    {
        Extract("Hale and Crane tied for fourth at 6% in the Courier survey.").Should().ContainSingle().Which.Measure.Should().Be("Hale and Crane");
    }

    [Fact]
    public void Polls_that_show_a_name_at_or_above_a_figure_give_the_name_its_share()
    {
        var p = Extract("The surveys that show Pike at or above 12 percent put Hale's lead higher.").Should().ContainSingle().Subject;
        p.Measure.Should().Be("Pike");
        p.Approximate.Should().BeTrue();
        p.Text.Should().Be("at or above 12 percent");
    }

    [Fact]
    public void With_another_share_after_a_comma_is_a_share_of_the_same_group()
    {
        Extract("Half of the board members must attend, with another 15 percent joining by video link.")[1].Measure.Should().Be("board members");
    }

    [Theory]
    [InlineData("Alder wins with 41 percent; Crane comes in second place with 30 percent.", "Crane")]
    [InlineData("Pike finished third with 14 percent in the Esk ward.", "Pike")]
    [InlineData("Crane, who was tied with Hale at 42 percent in May, now trails.", "Crane")]
    public void A_place_or_a_tie_gives_its_subject_the_figure(string text, string measure)
    {
        Extract(text)[^1].Measure.Should().Be(measure);
    }

    [Fact]
    public void Ahead_of_a_rival_gives_the_first_figure_to_the_subject_and_the_second_to_the_rival()
    {
        var found = Extract("Hale is comfortably ahead of the Labour challenger 51 percent to 40 percent.");
        found.Select(p => p.Measure).Should().Equal("Hale", "Labour challenger");
    }

    [Fact]
    public void An_amount_of_securities_at_a_rate_measures_the_securities()
    {
        Extract("Each right lets the holder buy $100 face amount of 9.5% bonds due 2031.").Should().ContainSingle().Which.Measure.Should().Be("bonds");
    }

    [Fact]
    public void A_named_subjects_figure_after_its_clause_and_at()
    {
        Extract("Esk voted hardest against the levy, at 71 percent.").Should().ContainSingle().Which.Measure.Should().Be("Esk");
    }

    [Fact]
    public void A_verb_of_getting_votes_after_a_name_is_the_names_verb()
    {
        var found = Extract("Crane polls 40 percent, a 12 percent drop from the 52 percent Hale received in 2019.");
        found[^1].Measure.Should().Be("Hale");
    }

    [Fact]
    public void An_irregular_past_verb_ends_the_subject_an_elided_clause_takes()
    {
        Extract("The Esk councillor lost nine points in May, and now stands at just 11%.").Should().ContainSingle().Which.Measure.Should().Be("Esk councillor");
    }

    [Theory]
    [InlineData("Fewer than a third backed the council's plan to close the bridge.", "Fewer than a third", 33.33, PercentageModifier.LessThan)]
    [InlineData("Renters made up a half or more of the voters in Esk.", "a half or more", 50, PercentageModifier.EqualOrMore)]
    [InlineData("The true share is closer to 15 percent.", "closer to 15 percent", 15, PercentageModifier.Approx)]
    public void Hedged_shares_in_words_and_closer_to_are_found(string text, string words, double value, PercentageModifier modifier)
    {
        var p = Extract(text).Should().ContainSingle().Subject;
        p.Text.Should().Be(words);
        p.Value.Should().Be(value);
        p.Approximate.Should().BeTrue();
        p.Modifier.Should().Be(modifier);
    }

    [Fact]
    public void An_adjective_between_article_and_figure_leaves_the_noun_after_the_figure_measured()
    {
        var p = Extract("The bid follows a warning from Kelso, which holds an unwelcome 14% stake in Tarn Mills, that it may sell.").Should().ContainSingle().Subject;
        p.Measure.Should().Be("stake");
        p.Scope.Should().Be("Tarn Mills");
    }

    [Theory]
    [InlineData("That follows news that regional output increased just 1.4% in the spring.", "regional output")]
    [InlineData("The report came amid signs that unemployment in Esk fell to 4.1% last month.", "unemployment in Esk")]
    public void A_clause_after_news_or_signs_that_has_its_own_subject(string text, string measure)
    {
        Extract(text).Should().ContainSingle().Which.Measure.Should().Be(measure);
    }
}
