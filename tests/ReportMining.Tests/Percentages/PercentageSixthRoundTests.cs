using ReportMining.Percentages;

namespace ReportMining.Tests.Percentages;

/// <summary>
/// Measure rules from the errors of the news6 and fresh6 gold splits, on sentences written for
/// the project (fictional places and people).
/// </summary>
public class PercentageSixthRoundTests
{
    private static List<PercentageMention> Extract(string text) => PercentageExtractorTests.Extract(text);

    [Fact]
    public void A_past_verb_after_a_bare_figure_is_not_its_measure()
    {
        var found = Extract("The figures for 2019 show that 71% made good progress in reading and 80% in writing.");
        found.Select(p => p.Value).Should().Equal(71, 80);
        found.Select(p => p.Measure).Should().Equal(null, null);
    }

    [Fact]
    public void A_bare_figure_that_did_something_after_and_shares_the_group_before()
    {
        var found = Extract("In art 64% of pupils reached the target and just over half reached the target in music (52%) and in drama (57%).");
        found.Select(p => p.Value).Should().Equal(64, 50, 52, 57);
        found.Select(p => p.Measure).Should().Equal("pupils", "pupils", "pupils", "pupils");
    }

    [Fact]
    public void A_share_of_a_named_group_keeps_its_group_before_the_verb()
    {
        Extract("Half of the pupils made good progress in reading.")[0].Measure.Should().Be("pupils");
        Extract("Nearly a third of the carers received training in 2020.")[0].Measure.Should().Be("carers");
    }

    [Theory]
    [InlineData("Reviews are timely, with 98% of reviews completed within timescales.", "reviews")]
    [InlineData("Uptake of the course is strong, with 87% of seats booked.", "seats")]
    public void After_with_a_participle_after_the_group_is_what_the_share_does(string text, string measure)
    {
        Extract(text)[0].Measure.Should().Be(measure);
    }

    [Theory]
    [InlineData("Stability of homes for children in Newcastle upon Tyne is 70%.", "Stability of homes for children in Newcastle upon Tyne")]
    [InlineData("In the survey, 40% of tenants waiting more than a year for a repair said they felt ignored.", "tenants waiting more than a year for a repair")]
    [InlineData("Nearly 30% of young people gaining five GCSEs went on to college.", "young people gaining five GCSEs")]
    [InlineData("Only 9% of children experiencing four or more moves were seen by a nurse.", "children experiencing four or more moves")]
    public void A_subject_keeps_a_place_name_and_a_participle_with_its_count(string text, string measure)
    {
        Extract(text).Last().Measure.Should().Be(measure);
    }

    [Theory]
    [InlineData("The rate of missed visits has grown and is now high, at 17%.", "rate of missed visits")]
    [InlineData("The pace of dental checks has improved but is still weak, at 73%.", "pace of dental checks")]
    [InlineData("No child in the scheme has left early this year, but the cost of missed sessions has grown and is now high, at 19%.", "cost of missed sessions")]
    [InlineData("Most files are tidy, but the pace of home visits has wobbled over the spring and fell to 85% in May.", "pace of home visits")]
    public void A_second_verb_after_and_takes_the_subject_of_its_own_clause(string text, string measure)
    {
        Extract(text)[0].Measure.Should().Be(measure);
    }

    [Fact]
    public void A_verb_of_holding_with_its_figure_ends_the_clause_before_and()
    {
        var found = Extract("Ames received 38 percent, while Hale held 33 percent and Ortiz had 10 percent.");
        found.Select(p => p.Measure).Should().Equal("Ames", "Hale", "Ortiz");
    }

    [Fact]
    public void A_lead_verb_before_by_is_not_part_of_the_leader()
    {
        var found = Extract("Rowe leads by 52 percent to 37 percent among dock workers.");
        found[0].Measure.Should().Be("Rowe");
    }

    [Theory]
    [InlineData("Tarrant's shares closed down 4.1 percent on the day.", "Tarrant's shares")]
    [InlineData("The Esk fund is up 4 percent so far this year.", "Esk fund")]
    public void A_figure_after_up_or_down_measures_the_subject_of_the_verb(string text, string measure)
    {
        Extract(text)[0].Measure.Should().Be(measure);
    }

    [Fact]
    public void A_change_noun_right_after_the_figure_is_its_measure()
    {
        Extract("The island's tourism boomed, averaging nearly 8 percent growth a season.")[0].Measure.Should().Be("growth");
    }

    [Fact]
    public void A_quoted_noun_after_the_figure_is_its_measure()
    {
        Extract("He floated a 12 percent ''harbour landing fee'' for yachts.")[0].Measure.Should().Be("harbour landing fee");
    }

    [Fact]
    public void A_figure_between_spaced_dashes_restates_the_phrase_before_it()
    {
        Extract("The plan is opposed by a good number of shopkeepers - 62 percent - according to the guild.")[0].Measure.Should().Be("shopkeepers");
    }

    [Fact]
    public void A_share_carried_from_the_sentence_before_is_its_group()
    {
        var found = Extract("Almost half of members said the club had lost its way. Thirty percent blamed the new fees.");
        found.Select(p => p.Measure).Should().Equal("members", "members");
    }

    [Fact]
    public void A_hedge_before_the_article_of_a_figure_is_the_figures()
    {
        var p = Extract("Rowe won by about a 17 percentage point margin in the earlier contests.")[0];
        p.Text.Should().Be("about a 17 percentage point");
        p.Approximate.Should().BeTrue();
        p.Measure.Should().Be("margin");
    }

    [Theory]
    [InlineData("The share of apprentices who learned a trade in 2018/19 was 12%.", "apprentices who learned a trade")]
    [InlineData("The share of choir members who passed a singing exam in 2017–18 was 14%.", "choir members who passed a singing exam")]
    [InlineData("The share of late returns to the library during 2018/19 was 62%.", "late returns to the library")]
    public void A_year_range_before_the_verb_is_when_not_what(string text, string measure)
    {
        Extract(text)[0].Measure.Should().Be(measure);
    }

    [Fact]
    public void A_fraction_opening_its_sentence_before_a_past_verb_is_a_share()
    {
        var found = Extract("Most pupils in care did well. One third achieved five good passes, which is above the national figure.");
        found.Should().ContainSingle();
        found[0].Value.Should().Be(33.33);
        found[0].Measure.Should().Be("pupils in care");
    }

    [Fact]
    public void From_and_to_after_a_change_word_give_levels_of_what_changed()
    {
        var found = Extract("Attendance at the youth club on weekdays shows a drop from 41% in 2017 to 29% in 2018.");
        found.Select(p => p.Measure).Should().Equal("Attendance at the youth club on weekdays", "Attendance at the youth club on weekdays");
        Extract("Since then there was a marked reduction in absence, to 6.5% by the spring.")[0].Measure.Should().Be("absence");
    }

    [Fact]
    public void The_size_of_a_change_still_measures_the_change_word()
    {
        Extract("There was a 15% rise in referrals over the year.")[0].Measure.Should().Be("rise");
    }

    [Fact]
    public void A_count_with_no_noun_before_an_adverb_and_a_verb_has_no_measure()
    {
        // (the verb is never the measure; since the eighth round a counted noun before ", of whom" is: see PercentageEighthRoundTests)
        Extract("In the year 90 left care, of whom 12 (13%) subsequently returned to care.")[0].Measure.Should().BeNull();
    }

    [Fact]
    public void A_participle_after_a_verb_that_takes_with_stays_in_the_group()
    {
        Extract("The mentor has worked with 84% of the girls referred.")[0].Measure.Should().Be("girls referred");
    }

    [Fact]
    public void A_bare_earlier_figure_of_the_same_thing_keeps_the_measure()
    {
        var found = Extract("Re-referrals are at 6%, an improvement on the council’s 2018–19 figure of 9%.");
        found.Select(p => p.Measure).Should().Equal("Re-referrals", "Re-referrals");
        Extract("Eye tests for pupils in care stand at 81%, set against a national figure of 84%.")[1].Measure.Should().Be("national figure");
    }

    [Fact]
    public void A_comparative_after_a_figure_is_not_its_measure()
    {
        Extract("Attainment in art was 20% higher, in music 14% higher, and in drama 9% higher than nationally.")[1].Measure.Should().NotBe("higher");
    }

    [Fact]
    public void A_gap_that_remains_wide_at_a_figure_is_the_measure()
    {
        Extract("The reading gap for boys in the scheme remains wide at 13 percentage points.")[0].Measure.Should().Be("reading gap for boys in the scheme");
    }

    [Fact]
    public void A_place_after_a_comparison_group_is_a_scope_too()
    {
        var found = Extract("Repeat plans are at 19%, above county neighbours (18%) and England (17%).");
        found[2].Measure.Should().Be(found[0].Measure);
        found[2].Scope.Should().Be("England");
    }

    [Theory]
    [InlineData("The share of boys in the scheme passing four exams at grades A*-C fell from 33% to just 8%.", "boys in the scheme passing four exams at grades A*-C")]
    [InlineData("The share of girls in the scheme gaining four or more A* to C passes went up from 21% in 2016 to 24% in 2017.", "girls in the scheme gaining four or more A* to C passes")]
    public void A_grade_range_with_a_star_stays_in_the_phrase(string text, string measure)
    {
        Extract(text)[0].Measure.Should().Be(measure);
    }

    [Fact]
    public void An_adjective_before_a_change_word_does_not_hide_what_changed()
    {
        var found = Extract("There has been a gradual increase in the speed of home visits rising from 71.5% in 2017 to 93.2% in 2019.");
        found.Select(p => p.Measure).Should().Equal("speed of home visits", "speed of home visits");
    }

    [Fact]
    public void A_clause_after_it_is_and_an_adjective_has_its_own_subject()
    {
        var found = Extract("It is pleasing that the pace of dental checks went up from 62% in 2018 to 88% in 2019.");
        found.Select(p => p.Measure).Should().Equal("pace of dental checks", "pace of dental checks");
    }

    [Fact]
    public void A_high_of_a_figure_carries_the_measure_before_it()
    {
        var found = Extract("The use of agency staff fell to 19% in May, after a high of 37% in 2018.");
        found.Select(p => p.Measure).Should().Equal("use of agency staff", "use of agency staff");
    }

    [Fact]
    public void A_source_before_the_proportion_head_is_left_out()
    {
        Extract("The council's performance on the percentage of pupils in care who saw an optician in 2019 went up to 88%.")[0]
            .Measure.Should().Be("pupils in care who saw an optician");
    }

    [Fact]
    public void A_figure_after_a_colon_that_explains_an_adjective_measures_the_subject()
    {
        var found = Extract("Health checks for pupils in the scheme were prompt: 83.8% in 2019 compared to county neighbours at 81%.");
        found.Select(p => p.Measure).Should().Equal("Health checks for pupils in the scheme", "Health checks for pupils in the scheme");
        found[1].Scope.Should().Be("county neighbours");
    }

    [Fact]
    public void Of_these_opening_a_sentence_points_to_the_group_of_the_sentence_before()
    {
        var found = Extract("In all, 83% of boys in the choir attend on Sundays. Of these, 58% live in the town.");
        found.Select(p => p.Measure).Should().Equal("boys in the choir", "boys in the choir");
    }

    [Fact]
    public void An_adverb_after_followed_keeps_the_name_list()
    {
        Extract("The survey put Hale in second place at 14 percent, followed narrowly by Ortiz at 9 percent.")[1].Measure.Should().Be("Ortiz");
    }

    [Fact]
    public void Likely_before_a_noun_is_an_adjective()
    {
        Extract("She had the backing of 74% of Welsh-speaking likely voters in the county.")[0].Measure.Should().StartWith("Welsh-speaking likely voters");
    }

    [Fact]
    public void A_hedge_before_an_amount_is_not_the_measure()
    {
        Extract("The grant is barely 6 percent of the nearly $40 million raised by the lottery.")[0].Measure.Should().Be("$40 million raised by the lottery");
    }

    [Fact]
    public void A_passive_preference_gives_its_subject_and_leaves_the_rival_and_the_rest_unnamed()
    {
        var found = Extract("Across the ward, Hale was favoured 47 percent versus 35 percent, with 12 percent undecided.");
        found.Select(p => p.Measure).Should().Equal("Hale", null, null);
    }
}
