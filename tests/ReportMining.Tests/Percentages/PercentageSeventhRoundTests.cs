using ReportMining.Percentages;

namespace ReportMining.Tests.Percentages;

/// <summary>
/// Measure rules from the errors of the news7 and fresh7 gold splits (and what fresh6 still missed),
/// on sentences written for the project (fictional places, groups and figures).
/// </summary>
public class PercentageSeventhRoundTests
{
    private static List<PercentageMention> Extract(string text) => PercentageExtractorTests.Extract(text);

    [Fact]
    public void An_infinitive_after_a_participle_stays_inside_the_subject()
    {
        var found = Extract("The share of pupils waiting less than 14 months to move into a foster home is also steady at 72%, compared with 60% in similar areas and 51% nationally.");
        found.Select(p => p.Value).Should().Equal(72, 60, 51);
        found.Select(p => p.Measure).Should().AllBe("pupils waiting less than 14 months to move into a foster home");
        found[1].Scope.Should().Be("similar areas");
    }

    [Fact]
    public void An_infinitive_after_a_verb_still_ends_the_clause()
    {
        Extract("Care leavers are deciding to remain in their lodgings until their 20th birthday, at 71% against 66% nationally.")[0].Measure
            .Should().Be("Care leavers");
    }

    [Fact]
    public void That_of_a_group_is_what_the_first_figure_measures_for_that_group()
    {
        var found = Extract("At 35%, the repeat visit rate stays well above the regional average (24%) and that of similar areas (27%).");
        found.Select(p => p.Measure).Should().Equal("repeat visit rate", "regional average", "repeat visit rate");
        found[2].Scope.Should().Be("similar areas");
    }

    [Fact]
    public void An_age_after_an_ing_participle_ends_the_phrase_before_a_time()
    {
        Extract("Help is on offer, and over 58% of the pupils in boarding schools turning 16 in 2014–15 stayed on.")[0].Measure
            .Should().Be("pupils in boarding schools turning 16");
    }

    [Theory]
    [InlineData("The desk took 1,212 calls between 2 May and 31 July 2016, 31% of which came from schools.", "calls")]
    [InlineData("Those not in work tend to be the older, 20-plus group, 54% of whom are in training.", "20-plus group")]
    [InlineData("The service now works with 164 school-aged children, 28% of whom attend schools in other boroughs.", "school-aged children")]
    public void A_share_of_which_or_whom_after_a_comma_is_a_share_of_the_group_before(string text, string measure)
    {
        Extract(text)[0].Measure.Should().Be(measure);
    }

    [Fact]
    public void A_sum_of_money_is_no_group_for_of_which()
    {
        Extract("The campaign raised more than $31 million in May, nearly half of which was given by small donors.")[0].Measure.Should().BeNull();
    }

    [Fact]
    public void A_count_in_words_before_of_whom_gives_its_noun()
    {
        Extract("Three hundred and twelve children live with foster carers, of whom 64% live outside the county.")[0].Measure.Should().Be("children");
    }

    [Theory]
    [InlineData("The senator earned a 100% rating from the farmers' union.", "rating")]
    [InlineData("The council was proud of its 98% funding rate for short breaks.", "funding rate")]
    public void A_noun_ending_in_ing_after_a_figure_is_a_noun(string text, string measure)
    {
        Extract(text)[0].Measure.Should().Be(measure);
    }

    [Fact]
    public void Of_both_keeps_the_phrase_after_it()
    {
        Extract("Figures show that women held about 38 percent of both the urban and rural council seats.")[0].Measure
            .Should().Be("urban and rural council seats");
    }

    [Fact]
    public void The_object_of_cap_before_at_is_the_measure()
    {
        Extract("The bill would cap the yearly cost of tolls and fares at 28 percent.")[0].Measure
            .Should().Be("yearly cost of tolls and fares");
    }

    [Theory]
    [InlineData("The ferry and hotel group, 97.4%-owned by investor Tom Hale, earned a profit.", "ferry and hotel group")]
    [InlineData("The dairy group, 60 percent owned by the Tarn family, lost money.", "dairy group")]
    public void What_is_owned_by_someone_is_the_phrase_before_the_comma(string text, string measure)
    {
        Extract(text)[0].Measure.Should().Be(measure);
    }

    [Fact]
    public void Securities_paying_or_yielding_a_figure_are_its_measure()
    {
        var found = Extract("The firm will buy back debentures paying 11 1/2% and some bonds yielding 9%.");
        found.Select(p => p.Value).Should().Equal(11.5, 9);
        found.Select(p => p.Measure).Should().Equal("debentures", "bonds");
    }

    [Fact]
    public void A_figure_opening_the_clause_after_a_colon_is_a_share_of_the_subject_before_it()
    {
        var found = Extract("Care leavers are doing well: 61% are in education or training; 19% are in work.");
        found.Select(p => p.Measure).Should().Equal("Care leavers", "Care leavers");
    }

    [Fact]
    public void A_passive_before_the_colon_does_not_name_the_group()
    {
        Extract("Much care is given to the welfare of pupils in care: 88% have their eye tests on time.")[0].Measure
            .Should().NotBe("Much care");
    }

    [Fact]
    public void Her_right_before_a_lead_pair_is_the_rival()
    {
        var found = Extract("Hale beat her 53% to 34% in Tarn.");
        found.Select(p => p.Measure).Should().Equal("Hale", null);
        found.Select(p => p.Scope).Should().Equal("Tarn", "Tarn");
    }

    [Fact]
    public void A_second_lead_pair_after_and_keeps_the_two_sides_in_order()
    {
        var found = Extract("Hale leads Moreno 44 percent to 40 percent in Esk and 46 percent to 37 percent in Tarn.");
        found.Select(p => p.Measure).Should().Equal("Hale", "Moreno", "Hale", "Moreno");
        found.Select(p => p.Scope).Should().Equal("Esk", "Esk", "Tarn", "Tarn");
    }

    [Fact]
    public void A_name_opening_its_clause_before_with_is_whose_share_it_is()
    {
        var found = Extract("Rowe sits behind both with 14 percent, and Pike further back with 8 percent.");
        found.Select(p => p.Measure).Should().Equal("Rowe", "Pike");
    }

    [Fact]
    public void Up_from_and_down_from_take_the_subject_of_their_own_clause()
    {
        var found = Extract("Lind is up from 35 percent in May and Ames is down from 47 percent.");
        found.Select(p => p.Measure).Should().Equal("Lind", "Ames");
    }

    [Theory]
    [InlineData("Some 35 percent of Corran jobs depend directly on tourism.", "Corran jobs")]
    [InlineData("In Tarn, about 46% of local members cast votes in the ballot, while turnout in Esk was about 35%.", "local members")]
    public void The_group_of_a_share_stops_at_its_verb(string text, string measure)
    {
        Extract(text)[0].Measure.Should().Be(measure);
    }

    [Theory]
    [InlineData("Some 82% of 15- and 16-year-old pupils in Tarn sit the exam.", "15- and 16-year-old pupils in Tarn")]
    [InlineData("Some 12% of 14- to 17-year-olds are in clubs.", "14- to 17-year-olds")]
    [InlineData("Some 12% of 15 and 16 year-old pupils are in clubs.", "15 and 16 year-old pupils")]
    public void Ages_joined_by_a_hanging_hyphen_stay_in_the_phrase(string text, string measure)
    {
        Extract(text)[0].Measure.Should().Be(measure);
    }

    [Fact]
    public void A_bracket_opening_with_from_gives_levels_of_what_changed()
    {
        var found = Extract("There is a fall in punctuality against last year's level (from 97.2% to 93.8%).");
        found.Select(p => p.Measure).Should().Equal("punctuality", "punctuality");
    }

    [Fact]
    public void Either_opens_no_measure()
    {
        Extract("By the end of the course, nearly half either fail the test or drop out.")[0].Measure.Should().BeNull();
    }

    [Fact]
    public void A_passive_in_progress_after_the_group_stays_in_it()
    {
        Extract("Of the seven firms currently being audited, half are based abroad.")[0].Measure
            .Should().Be("firms currently being audited");
    }

    [Theory]
    [InlineData("Pupils mostly attend good schools and roughly half of the pupils in care who were seen by tutors made strong gains in reading, helped by good support.",
        "pupils in care who were seen by tutors")]
    [InlineData("In 2014/15 only 41% of the pupils who turned 16 stayed at school.", "pupils who turned 16")]
    public void A_relative_clause_ends_before_the_main_verb(string text, string measure)
    {
        Extract(text)[0].Measure.Should().Be(measure);
    }

    [Fact]
    public void A_participle_after_a_noun_in_a_relative_clause_is_not_the_main_verb()
    {
        Extract("Nearly 60% of children who are placed with carers approved by the panel are settled.")[0].Measure
            .Should().Be("children who are placed with carers approved by the panel");
    }

    [Fact]
    public void A_time_adverb_between_the_noun_and_at_is_skipped()
    {
        Extract("Things have moved on, with the rate currently at 91.5% and ahead of the regional one.")[0].Measure.Should().Be("rate");
    }

    [Theory]
    [InlineData("Although a large share of pupils in care attend local schools, over a third are over ten miles away.", "pupils in care")]
    [InlineData("Although most tutors have had some coaching, only 57% have used the new method.", "tutors")]
    public void A_figure_after_a_fronted_although_clause_shares_its_subject(string text, string measure)
    {
        Extract(text)[0].Measure.Should().Be(measure);
    }

    [Fact]
    public void A_noun_right_before_a_figure_hedged_by_below_is_what_it_bounds()
    {
        Extract("Tutors support a small set of pupils with attendance below 85% and other needs.")[0].Measure.Should().Be("attendance");
    }

    [Fact]
    public void A_participle_before_a_hedged_figure_is_not_its_measure()
    {
        Extract("School life is sound, with about 80% of pupils in care achieving over 95% attendance.")[1].Measure.Should().Be("attendance");
    }

    [Fact]
    public void Most_recent_before_a_compared_figure_is_when_not_what()
    {
        Extract("This is well ahead of the most recent regional average of 51%.")[0].Measure.Should().Be("regional average");
    }

    [Fact]
    public void Results_in_school_subjects_in_brackets_measure_the_group()
    {
        var found = Extract("The proportions of pupils in care at Key Stage 2 reaching at least level three in reading (72%), writing (70%) and mathematics (74%) rose in 2014.");
        found.Select(p => p.Measure).Should().AllBe("pupils in care at Key Stage 2 reaching at least level three");
        found.Select(p => p.Scope).Should().AllBeEquivalentTo((string?)null);
    }

    [Fact]
    public void Results_in_school_subjects_after_a_verb_measure_its_subject()
    {
        var found = Extract("Only a few pupils in care made good gains in English (23%) and science (31%).");
        found.Select(p => p.Measure).Should().Equal("pupils in care", "pupils in care");
    }

    [Theory]
    [InlineData("The survey of 800 tenants has a sampling error +/- 3 percent.", "sampling error")]
    [InlineData("Backing slid to 52 percent, a fall beyond the survey's 6 percentage-point margin of error.", "margin of error")]
    public void A_margin_of_error_is_one_name(string text, string measure)
    {
        Extract(text).Last().Measure.Should().Be(measure);
    }

    [Fact]
    public void A_noun_of_support_after_the_figure_is_its_measure()
    {
        Extract("By contrast, Hale has only 6 percent support among renters in Esk.")[0].Measure.Should().Be("support");
    }

    [Fact]
    public void Names_opening_clauses_with_while_take_their_own_shares()
    {
        var found = Extract("Sen. Tom Orr trails Hale with 16 percent while Sen. Ann Pike sits third with 12 percent.");
        found.Select(p => p.Measure).Should().Equal("Sen. Tom Orr", "Sen. Ann Pike");
    }

    [Fact]
    public void A_lead_by_a_pair_with_no_rival_leaves_the_second_unnamed_and_a_poll_is_no_scope()
    {
        var found = Extract("Hale leads by 55 percent to 31 percent in the new poll.");
        found.Select(p => p.Measure).Should().Equal("Hale", null);
        found.Select(p => p.Scope).Should().Equal(null, null);
    }

    [Fact]
    public void A_bare_proportion_beside_a_bracket_shares_the_fronted_group()
    {
        Extract("Of the 38 pupils with a tutor, a notable proportion (41%) now attend a summer club.")[0].Measure
            .Should().Be("pupils with a tutor");
    }

    [Fact]
    public void Bracketed_figures_after_a_rise_in_counts_measure_the_rise()
    {
        var found = Extract("Tarnside has seen a steep increase in the number of calls (58%) and visits (17.5%) over the spring.");
        found.Select(p => p.Measure).Should().Equal("increase", "increase");
        found.Select(p => p.Scope).Should().Equal("calls", "visits");
    }

    [Fact]
    public void A_short_bracket_in_the_clause_before_although_keeps_its_subject()
    {
        Extract("Most pupils keep a current health action plan (HAP) on file, although roughly one in six do not.")[0].Measure
            .Should().Be("pupils");
    }

    [Theory]
    [InlineData("Most young people secure work or training and approximately 10% are attending university.")]
    [InlineData("Consequently, most young people secure work or training and approximately 10% are attending university.")]
    public void A_figure_after_and_shares_a_quantified_subject_without_a_comma(string text)
    {
        Extract(text)[0].Measure.Should().Be("young people");
    }

    [Fact]
    public void An_aside_on_average_is_no_measure()
    {
        Extract("Results vary a lot from month to month, with, on average, about half of them late.")[0].Measure
            .Should().NotBe("average");
    }

    [Theory]
    [InlineData("However, for requests which are assessed as complex, over half are not closed on time.", "requests which are assessed as complex")]
    [InlineData("Scores rose in reading and, for writing, 68% reached the target.", null)]
    public void A_fronted_group_after_for_is_what_the_figure_counts(string text, string? measure)
    {
        Extract(text)[0].Measure.Should().Be(measure);
    }

    [Fact]
    public void Figures_that_said_something_are_shares_of_the_people_asked()
    {
        var found = Extract("The survey asked members whether Lind would win the vote, to which 23 percent said \"probably not\" and 12 percent said \"certainly not.\"");
        found.Select(p => p.Measure).Should().Equal("members", "members");
    }

    [Fact]
    public void A_question_with_no_group_named_gives_no_measure()
    {
        Extract("Asked whether the city was safer, 40 percent said yes.")[0].Measure.Should().BeNull();
    }

    [Fact]
    public void After_a_change_in_x_a_figure_after_and_is_a_share_of_x()
    {
        Extract("There has been a clear rise in the number of pupils taking part in their reviews, and 97% have taken part this term.")[0].Measure
            .Should().Be("pupils taking part in their reviews");
    }

    [Theory]
    [InlineData("At present there are only six pupils (2.5%) without a tutor.", "pupils")]
    [InlineData("Thirty three pupils (5%) walk to school.", "pupils")]
    public void A_counted_group_beside_the_bracket_is_the_measure(string text, string measure)
    {
        Extract(text)[0].Measure.Should().Be(measure);
    }

    [Fact]
    public void A_count_inside_a_longer_phrase_is_not_the_group()
    {
        Extract("The club now reaches care leavers over 21 years (14%).")[0].Measure.Should().NotBe("years");
    }

    [Fact]
    public void A_time_after_a_fronted_group_is_left_out()
    {
        Extract("Of the pupils who were helped by the homework club in the 12 months before the visit, 81% passed the test.")[0].Measure
            .Should().Be("pupils who were helped by the homework club");
    }

    [Fact]
    public void Up_to_the_end_of_a_stage_stays_inside_the_phrase()
    {
        Extract("The average attendance of pupils in care up to the end of Year 9 was 95.2% in 2015-16.")[0].Measure
            .Should().Be("average attendance of pupils in care up to the end of Year 9");
    }

    [Fact]
    public void A_participle_with_its_agent_stays_inside_the_subject()
    {
        Extract("Placement churn shown by pupils having three moves is 14%.")[0].Measure.Should().Be("Placement churn shown by pupils having three moves");
    }

    [Fact]
    public void Followed_by_still_lists_a_ranking()
    {
        var found = Extract("A weekly poll puts Orr first with 37 percent support followed by Tam Lees at 13 percent.");
        found.Select(p => p.Measure).Should().Equal("support", "support");
    }

    [Theory]
    [InlineData("Around 40% of those in care have a mentor.", "those in care")]
    [InlineData("About 60% of those who left care are in education.", "those who left care")]
    [InlineData("Only 15% of those with a plan for a move are placed in Tarn.", "those with a plan for a move")]
    [InlineData("Roughly three quarters of all those helped by the club are in work.", "those helped by the club")]
    public void Those_with_a_defining_phrase_is_a_group(string text, string measure)
    {
        Extract(text)[0].Measure.Should().Be(measure);
    }

    [Fact]
    public void A_figure_between_spaced_dashes_after_a_judgement_measures_the_subject()
    {
        Extract("The share of pupils in care with a tutor is much better – at 71% – than last year.")[0].Measure
            .Should().Be("pupils in care with a tutor");
    }

    [Fact]
    public void It_is_the_subject_of_the_clause_before_it_in_the_sentence()
    {
        var found = Extract("Staff turnover is stable overall, but in the duty team it has risen sharply, from 12% in 2016 to 27% in 2017.");
        found.Select(p => p.Measure).Should().Equal("Staff turnover", "Staff turnover");
    }

    [Fact]
    public void It_after_a_figure_still_carries_that_figure()
    {
        Extract("Reviews were on time for 91% of pupils in 2015, and it rose to 94% in 2016.").Last().Measure.Should().Be("pupils");
    }

    [Fact]
    public void It_with_no_figure_to_carry_is_the_subject_of_the_sentence_before()
    {
        Extract("The share of pupils in care with a tutor is still below target. Currently, it is 63%.")[0].Measure
            .Should().Be("pupils in care with a tutor");
    }

    [Fact]
    public void A_third_after_a_fronted_count_is_a_share_of_it()
    {
        var found = Extract("Of 21 calls checked by the team where there was no risk, a third that should have gone on were closed.");
        found.Should().ContainSingle();
        found[0].Value.Should().BeApproximately(33.33, 0.01);
        found[0].Measure.Should().Be("calls checked by the team");
    }

    [Fact]
    public void A_third_that_without_a_fronted_count_is_no_share()
    {
        Extract("It was a third that stood out.").Should().BeEmpty();
    }

    [Fact]
    public void A_proportion_with_an_adjective_before_a_bracket_measures_the_group()
    {
        Extract("Stability is weak for these pupils, with a high percentage of pupils (21.7%) moving school twice.")[0].Measure.Should().Be("pupils");
    }

    [Fact]
    public void A_bare_proportion_beside_a_bracket_after_an_although_clause_shares_its_subject()
    {
        Extract("Although pupils cannot always study within the small borough, only a small share (under 8%) are taught more than 15 miles away.")[0]
            .Measure.Should().Be("pupils");
    }

    [Theory]
    [InlineData("About half of the pupils who get less than 20 hours of teaching attend the hospital school.", "pupils who get less than 20 hours of teaching")]
    [InlineData("Only 4% of pupils who are old enough to sit exams achieve five passes.", "pupils who are old enough to sit exams")]
    public void A_present_verb_after_a_relative_clause_is_the_main_verb(string text, string measure)
    {
        Extract(text)[0].Measure.Should().Be(measure);
    }

    [Fact]
    public void A_place_name_then_a_noun_after_in_splits_into_scope_and_measure()
    {
        var found = Extract("In Tarnside primary uptake has been rising steadily, from 14.2% in 2009 to 20.1% in 2014, and secondary uptake from 14.1% to 17.3% over those years.");
        found.Select(p => p.Measure).Should().Equal("primary uptake", "primary uptake", "secondary uptake", "secondary uptake");
        found[0].Scope.Should().Be("Tarnside");
    }

    [Fact]
    public void A_bracket_ending_a_clause_whose_subject_is_a_proportion_counts_its_group()
    {
        Extract("A high percentage of pupils take part in the review of their learning plan (93%), and this is a strength.")[0].Measure
            .Should().Be("pupils");
    }

    [Fact]
    public void Shares_with_their_own_counts_split_the_count_of_the_sentence_before()
    {
        var found = Extract("The desk took 571 calls over the spring. Forty one per cent (231) were about pupils in care, 19% (109) were about other pupils and 40% (226) were about adults.");
        found.Select(p => p.Measure).Should().Equal("calls", "calls", "calls");
    }

    [Fact]
    public void Of_them_is_the_subject_of_the_clause_before()
    {
        Extract("Currently, all pupils in care have a learning plan, against just half of them three years back.")[0].Measure
            .Should().Be("pupils in care");
    }

    [Fact]
    public void An_age_after_the_figure_does_not_hide_its_verb()
    {
        Extract("Although most tenants are in work or study, 12 out of 44 aged 17 to 20 are not.")[0].Measure
            .Should().Be("tenants");
    }

    [Fact]
    public void A_hyphenated_adjective_in_ed_is_not_a_verb()
    {
        Extract("It bought 5 million shares, or 81%, of the New York-based health group.")[0].Measure.Should().Be("New York-based health group");
    }

    [Fact]
    public void An_elided_subject_after_but_is_the_subject_of_the_reported_clause()
    {
        Extract("A spokesman for the Tarn ferry group said the entry fee has not been agreed, but will likely be set at around 7%.")[0].Measure
            .Should().Be("entry fee");
    }

    [Fact]
    public void Places_in_a_list_of_figures_are_scopes_after_an_age_too()
    {
        var found = Extract("She took 81% of members under 30 in Esk in May, 72% in Tarn in June and 69% in Wray.");
        found.Select(p => p.Measure).Should().AllBe("members under 30");
        found.Select(p => p.Scope).Should().Equal("Esk", "Tarn", "Wray");
    }

    [Fact]
    public void A_pair_joined_by_a_dash_after_a_lead_and_its_margin_gives_both_sides()
    {
        var found = Extract("Hale leads Moreno by about 8 percentage points, 41%-33%, in the latest average.");
        found.Select(p => p.Measure).Should().Equal("Hale", "Hale", "Moreno");
    }
}
