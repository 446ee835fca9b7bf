using ReportMining.Percentages;

namespace ReportMining.Tests.Percentages;

/// <summary>
/// A bare figure that answers a poll's question is a share of the group an earlier share was of, and a relative clause
/// inside a group ends where the main verb starts. Sentences written for the project (fictional places and polls).
/// </summary>
public class PercentagePollAnswerTests
{
    [Theory]
    [InlineData("The Courier poll found that 51 percent of likely tenants backed the levy. About 9 percent said the levy was unfair.", "likely tenants")]
    [InlineData("A survey for the trust found 44% of foster carers felt well supported. Only 12% would recommend the agency to a friend.", "foster carers")]
    [InlineData("Some 60 percent of parents in Dunmore wanted longer hours, the study found.\n\nJust 15 percent opposed the change.", "parents in Dunmore")]
    [InlineData("Asked about the new hub, 38% of social workers were positive. However, 41% disagreed that it had cut their caseloads.", "social workers")]
    public void A_bare_answer_takes_the_group_of_an_earlier_share(string text, string group)
    {
        var found = PercentageExtractorTests.Extract(text);
        found.Should().HaveCount(2);
        found[1].Measure.Should().Be(group);
        text[found[1].MeasureStart!.Value..found[1].MeasureEnd!.Value].Should().Be(group);
    }

    [Fact]
    public void A_bare_answer_after_a_short_time_takes_the_group()
    {
        var text = "A survey found 30 percent of tenants have a good view of the board. Last month, 22 percent said so too.";
        PercentageExtractorTests.Extract(text)[^1].Measure.Should().Be("tenants");
    }

    [Fact]
    public void A_figure_restated_between_commas_keeps_the_group()
    {
        var text = "About two-thirds of likely tenants, 64 percent, back the plan. Just under a third, 31 percent, say they will vote against it.";
        var found = PercentageExtractorTests.Extract(text);
        found.Select(p => p.Value).Should().Equal(66.67, 64, 33.33, 31);
        found.Should().OnlyContain(p => p.Measure == "likely tenants");
    }

    [Fact]
    public void A_split_after_a_verb_of_saying_is_of_its_subject()
    {
        var found = PercentageExtractorTests.Extract("Supporters of the mayor say by 55%-41% that the levy should stay.");
        found.Should().HaveCount(2);
        found.Should().OnlyContain(p => p.Measure == "Supporters of the mayor");
    }

    [Fact]
    public void Both_figures_of_a_fronted_comparison_take_the_group()
    {
        var text = "Overall, 47 percent of residents chose the library plan. In a closer race, 48 percent chose the pool while 45 percent chose the park.";
        var found = PercentageExtractorTests.Extract(text);
        found.Select(p => p.Value).Should().Equal(47, 48, 45);
        found.Should().OnlyContain(p => p.Measure == "residents");
    }

    [Theory]
    // no earlier share of a group: the subject of the sentence before, as before
    [InlineData("Most care leavers in Eastmoor are in work or training. Around two thirds are in college.", "care leavers in Eastmoor")]
    // a share of a group more than three sentences back is not carried
    [InlineData("In 2019, 40% of tenants backed the plan. The plan was then changed. A new vote was held. Officers wrote a report. Only 20% said yes.", null)]
    public void A_bare_figure_without_a_recent_group_keeps_the_older_rules(string text, string? measure)
    {
        PercentageExtractorTests.Extract(text)[^1].Measure.Should().Be(measure);
    }

    [Fact]
    public void A_share_of_a_thing_is_carried_only_to_a_verb_of_answering()
    {
        // "are" is no answer: the figure is a share of the subject of the sentence before
        var text = "The council spent 30% of its budget on care. Most children in Eastmoor are at home. About half are under ten.";
        PercentageExtractorTests.Extract(text)[^1].Measure.Should().Be("children in Eastmoor");
    }

    [Theory]
    [InlineData("By 61%-30%, those asked said the grant should stay.", "those asked")]
    [InlineData("By a lopsided 82%-12%, parents support longer opening hours.", "parents")]
    [InlineData("Older residents are united in backing the library, 89%-6%.", "Older residents")]
    [InlineData("Tenants are split, although most oppose the plan, 55%-38%.", "Tenants")]
    public void A_split_for_and_against_is_of_the_clause_subject(string text, string group)
    {
        var found = PercentageExtractorTests.Extract(text);
        found.Should().HaveCount(2);
        found.Should().OnlyContain(p => p.Measure == group);
    }

    [Fact]
    public void Two_splits_in_one_sentence_each_take_their_own_clause()
    {
        var found = PercentageExtractorTests.Extract("While older residents are united in backing the library, 89%-6%, younger ones are more divided, 59%-28%.");
        found.Select(p => p.Measure).Should().Equal("older residents", "older residents", "younger ones", "younger ones");
    }

    [Fact]
    public void A_range_with_a_dash_is_not_a_split()
    {
        // no "By" before it and no clause between commas: a range of one measure
        var found = PercentageExtractorTests.Extract("Between 20%-30% of the social work posts in Ashby are vacant.");
        found.Select(p => p.Value).Should().Equal(20, 30);
        found.Should().OnlyContain(p => p.Measure == "social work posts in Ashby");
    }

    [Fact]
    public void A_lead_pair_stated_after_a_clause_is_no_split()
    {
        var found = PercentageExtractorTests.Extract("The vote came as a new poll showed Alder moving ahead of Crane in Esk, 32%-25%.");
        found.Should().HaveCount(2);
        found.Should().NotContain(p => p.Measure == "vote");
    }

    [Fact]
    public void A_preferred_name_takes_the_first_figure_of_a_pair()
    {
        var found = PercentageExtractorTests.Extract("Female members preferred Alder 53 percent to 21 percent, while older members backed Crane, 57 percent to 22 percent.");
        found.Select(p => p.Value).Should().Equal(53, 21, 57, 22);
        found.Select(p => p.Measure).Should().Equal("Alder", null, "Crane", null);
    }

    [Fact]
    public void A_rival_named_after_the_pair_takes_the_second_figure()
    {
        var found = PercentageExtractorTests.Extract("Officers favored Crane 46 percent to 32 percent for Mr. Alder.");
        found.Select(p => p.Measure).Should().Equal("Crane", "Mr. Alder");
    }

    [Fact]
    public void A_compared_figure_for_a_titled_person_is_that_person()
    {
        var found = PercentageExtractorTests.Extract("Now, 52 percent said Mr. Hale would do more, against 41 percent for Mrs. Crane.");
        found[1].Measure.Should().Be("Mrs. Crane");
        found[1].Scope.Should().BeNull();
    }

    [Fact]
    public void A_compared_figure_for_a_place_keeps_the_measure_and_the_place_as_scope()
    {
        var found = PercentageExtractorTests.Extract("Some 88% of children were seen, compared with 85% for England.");
        found[1].Measure.Should().Be("children");
        found[1].Scope.Should().Be("England");
    }

    [Theory]
    [InlineData("Nearly 60 percent of contributors to Mrs. Crane's campaign gave less than $200.", "contributors to Mrs. Crane's campaign")]
    [InlineData("About 30 percent of the online chatter about the hustings was about rents.", "online chatter about the hustings")]
    [InlineData("Half of the giving to the mayor's appeal came from renters.", "giving to the mayor's appeal")]
    public void What_a_group_is_to_or_about_stays_in_the_measure(string text, string measure)
    {
        PercentageExtractorTests.Single(text).Measure.Should().Be(measure);
    }

    [Fact]
    public void About_before_a_number_is_still_a_hedge()
    {
        var p = PercentageExtractorTests.Extract("Turnout among renters was about 40 percent.")[^1];
        p.Approximate.Should().BeTrue();
        p.Measure.Should().Be("Turnout");
        p.Scope.Should().Be("renters");
    }

    [Fact]
    public void A_change_by_an_average_measures_what_changed()
    {
        PercentageExtractorTests.Single("Attendance was down an average of nearly 20 percent at the Tuesday clubs.").Measure.Should().Be("Attendance");
    }

    [Theory]
    [InlineData("Hale has a 52%-41% lead over Crane among renters.", "Hale", "Crane")]
    [InlineData("Alder's 64%-27% advantage over Crane among likely voters is striking.", "Alder", "Crane")]
    [InlineData("Alder beat the senator from Esk by 16 points (55 percent to 39 percent) in the county.", "Alder", "senator from Esk")]
    public void A_lead_pair_gives_the_leader_the_first_figure_and_the_rival_the_second(string text, string leader, string rival)
    {
        PercentageExtractorTests.Extract(text).Select(p => p.Measure).Should().Equal(leader, rival);
    }

    [Fact]
    public void A_restated_figure_after_a_fronted_group_is_that_group()
    {
        var text = "Some 60 percent of owners have a poor view of Hale. Among renters, the figure is 72 percent.";
        PercentageExtractorTests.Extract(text).Select(p => p.Measure).Should().Equal("owners", "renters");
    }

    [Theory]
    [InlineData("Hale holds a sturdy lead of 12 percentage points over Crane.", "lead")]
    [InlineData("Crane has a gaping advantage of 20 percent among renters.", "advantage")]
    [InlineData("The Greens won a narrow majority of 52% in the ward.", "majority")]
    public void How_big_a_lead_is_is_not_the_measure(string text, string measure)
    {
        PercentageExtractorTests.Single(text).Measure.Should().Be(measure);
    }

    [Theory]
    [InlineData("In Esk, nearly 40 percent of top earners alone backed the levy.", "top earners")]
    [InlineData("Crane then took 30 percent of the delegates thereafter.", "delegates")]
    public void A_closing_adverb_is_not_the_measure(string text, string measure)
    {
        PercentageExtractorTests.Extract(text)[^1].Measure.Should().Be(measure);
    }

    [Theory]
    [InlineData("About 60 percent of tenants who attended the meetings described themselves as satisfied.", "tenants who attended the meetings")]
    [InlineData("Nearly 40% of parents who answered the survey rated the service as good.", "parents who answered the survey")]
    [InlineData("A third of the carers who joined the scheme praised the training.", "carers who joined the scheme")]
    public void A_relative_clause_in_a_group_ends_at_the_main_verb(string text, string measure)
    {
        PercentageExtractorTests.Single(text).Measure.Should().Be(measure);
    }

    [Fact]
    public void A_verb_that_can_follow_a_noun_stays_in_the_clause_before_an_adjective()
    {
        // "rated good" describes the homes: the clause runs on
        PercentageExtractorTests.Single("In Harfield, 70% of children who live in homes rated good have a stable school place.")
            .Measure.Should().Be("children who live in homes rated good");
    }
}
