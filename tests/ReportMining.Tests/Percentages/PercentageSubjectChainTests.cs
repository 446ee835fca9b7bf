using ReportMining.Percentages;

namespace ReportMining.Tests.Percentages;

/// <summary>
/// Measure rules added for the fresh4 gold split, on sentences written for the project (fictional
/// councils): a subject runs up to its clause's verb through prepositional phrases and participles,
/// a time right before the verb stays out, "current" and "comparatively low" are not part of
/// what is measured, and "either" ends a phrase. A quantifier opening a subject ("almost all",
/// "most", "many of the") is not part of the group it counts.
/// </summary>
public class PercentageSubjectChainTests
{
    private static PercentageMention Single(string text) => PercentageExtractorTests.Single(text);

    [Theory]
    [InlineData("The proportion of referrals sent to the early help hub within a day fell to 60% this spring.", "referrals sent to the early help hub within a day")]
    [InlineData("In Kestrel Vale the rate of placement moves for pupils in the junior years is 7%, well below the region.", "rate of placement moves for pupils in the junior years")]
    [InlineData("Nearly 40% of foster carers approved by the Marsh Green panel for children with complex needs have taken a sibling group.", "foster carers approved by the Marsh Green panel for children with complex needs")]
    [InlineData("Attendance at the Brockley youth forum by young people in residential care has risen to 81%.", "Attendance at the Brockley youth forum by young people in residential care")]
    public void A_subject_runs_up_to_its_verb(string text, string measure)
    {
        Single(text).Measure.Should().Be(measure);
    }

    [Theory]
    [InlineData("Almost all care leavers in Fernby (96%) have a pathway plan.", "care leavers in Fernby")]
    [InlineData("Almost all of the children on plans (97%) were visited in the last month.", "children on plans")]
    [InlineData("Nearly all foster carers (94%) completed their training this year.", "foster carers")]
    [InlineData("Most young people in supported lodgings (81%) say they feel safe.", "young people in supported lodgings")]
    [InlineData("Many of the families referred to the hub (62%) were known to services before.", "families referred to the hub")]
    public void A_quantifier_before_a_bracketed_figure_leaves_the_group(string text, string measure)
    {
        Single(text).Measure.Should().Be(measure);
    }

    [Theory]
    // the "and" of "between ... and ..." joins its two ends, not two clauses; "with" inside a relative clause is a preposition
    [InlineData("The share of children who wait under a year between the first referral and the final court hearing is 61%.", "children who wait under a year between the first referral and the final court hearing")]
    [InlineData("In Fernby the share of teenagers who are lodging with approved hosts is 34%.", "teenagers who are lodging with approved hosts")]
    // a noun ending in -ly is not an adverb that ends the phrase
    [InlineData("The share of toddlers who live with their wider family in Fernby is 58%.", "toddlers who live with their wider family in Fernby")]
    public void A_relative_clause_keeps_between_and_with_phrases(string text, string measure)
    {
        Single(text).Measure.Should().Be(measure);
    }

    [Fact]
    public void A_second_and_after_between_still_joins_clauses()
    {
        var found = PercentageExtractorTests.Extract("Reviews were on time: 76% of reviews were held between April and July and current timeliness stands at 83%.");
        found.Select(p => p.Value).Should().Equal(76, 83);
        found[1].Measure.Should().Be("timeliness");
    }

    [Fact]
    public void Both_figures_of_a_change_share_the_whole_subject()
    {
        var found = PercentageExtractorTests.Extract("The rate of return interviews offered to children in Ashdene fell from 85% in March to 70% in June.");
        found.Select(p => p.Value).Should().Equal(85, 70);
        found.Should().OnlyContain(p => p.Measure == "rate of return interviews offered to children in Ashdene");
    }

    [Theory]
    [InlineData("The re-referral rate in Oakham for 2021 was 18%.", "re-referral rate in Oakham")]
    [InlineData("Ashdene’s own count for the twelve months up to June 2022 is 9%.", "Ashdene’s own count")]
    [InlineData("The number of visits to children in Ashdene in the summer of 2023 was 70%.", "visits to children in Ashdene")]
    public void A_time_before_the_verb_is_left_out(string text, string measure)
    {
        Single(text).Measure.Should().Be(measure);
    }

    [Theory]
    // a participle with an object is the verb, not part of the subject
    [InlineData("Last year 45% of the pupils in Tarnside gained good grades in maths.", "pupils in Tarnside")]
    // where the figure was reported is not what it measures
    [InlineData("Some 30% of the carers asked in the Wexcombe council survey last spring want more training.", "carers asked")]
    public void The_chain_stops_where_it_is_not_a_noun_phrase(string text, string measure)
    {
        Single(text).Measure.Should().Be(measure);
    }

    [Theory]
    [InlineData("The current caseload average in Fernhill is 19%.", "caseload average in Fernhill")]
    [InlineData("The relatively high agency rate (12%) means children change worker often.", "agency rate")]
    public void When_and_how_good_a_figure_is_are_not_what_it_measures(string text, string measure)
    {
        Single(text).Measure.Should().Be(measure);
    }

    [Fact]
    public void Either_ends_the_phrase()
    {
        Single("A quarter of the foster homes in Hollins either lack a smoke alarm or have one that does not work.").Measure.Should().Be("foster homes in Hollins");
    }

    [Theory]
    // "or more", "or above", "or better" after a count or a grade close it inside the phrase: not a new clause, not a hedge
    [InlineData("In Wexcombe the number of pupils looked after who changed home four times or more is 11%.", "pupils looked after who changed home four times or more")]
    [InlineData("The share of foster children who have had two school moves or more in Tarnby is 14%.", "foster children who have had two school moves or more in Tarnby")]
    [InlineData("The proportion of pupils in care who go to a school graded good or better stays at 72%.", "pupils in care who go to a school graded good or better")]
    [InlineData("The proportion of care leavers gaining a maths pass at level 2 or above is 28%.", "care leavers gaining a maths pass at level 2 or above")]
    [InlineData("Some 35% of trainees aged 18 and over in Hollins are at college.", "trainees aged 18 and over in Hollins")]
    public void A_count_or_grade_keeps_its_trailing_comparative(string text, string measure)
    {
        Single(text).Measure.Should().Be(measure);
    }

    [Fact]
    public void A_comparative_after_a_phrase_without_a_count_is_still_a_hedge()
    {
        Single("A third of the bakeries in Ashdene or fewer will open on Sunday.").Measure.Should().Be("bakeries in Ashdene");
    }

    [Theory]
    // a figure after ", with" or ", but" that is a share of the group the clause before counts: the group, not its quantifier
    [InlineData("Many care leavers in Tarnby are now at college, with 12% supported to study for a degree.", "care leavers in Tarnby")]
    [InlineData("Most looked after children in Wexcombe see a dentist each year, but almost a fifth do not.", "looked after children in Wexcombe")]
    public void A_share_of_a_quantified_group_before_takes_the_group(string text, string measure)
    {
        Single(text).Measure.Should().Be(measure);
    }

    [Theory]
    // a comma list that a preposition opens is inside the subject, even when the phrase goes on after it
    [InlineData("The share of care leavers in college, work or apprenticeships in Tarnby during 2019 was 58%.", "care leavers in college, work or apprenticeships in Tarnby")]
    [InlineData("Attainment in art, music and drama at primary school for children in care in 2021 was 39%.", "Attainment in art, music and drama at primary school for children in care")]
    [InlineData("The number of teenagers who are not in college, work or apprenticeships across Wexcombe is too high at 31%.", "teenagers who are not in college, work or apprenticeships across Wexcombe")]
    public void A_list_inside_a_subject_stays_in_it(string text, string measure)
    {
        Single(text).Measure.Should().Be(measure);
    }

    [Fact]
    public void A_comma_before_a_new_subject_is_not_a_list()
    {
        Single("In Tarnby, visits and reviews were on time for 88% of children.").Measure.Should().Be("children");
    }

    [Theory]
    // a bare figure after "and" is a share of the group the share before it counts
    [InlineData("In Tarnby 12% of foster children had two school moves and 71% stayed in one school all year.", "foster children")]
    [InlineData("The service saw 88% of new mothers within a week and 97% within a month.", "new mothers")]
    [InlineData("Reviews found 40% of carers had a plan, 31% had none, and 9% had an out-of-date one.", "carers")]
    public void A_bare_figure_after_and_shares_the_group_before(string text, string measure)
    {
        PercentageExtractorTests.Extract(text).Select(p => p.Measure).Should().AllBe(measure);
    }

    [Fact]
    public void A_bare_figure_after_and_keeps_a_group_of_its_own()
    {
        var found = PercentageExtractorTests.Extract("In Tarnby 12% of foster children had two school moves and 71% of care leavers are at college.");
        found[1].Measure.Should().Be("care leavers");
    }

    [Fact]
    public void Current_before_a_longer_phrase_headed_by_average_is_left_out()
    {
        Single("In Wexcombe, current average attendance rates, at 91%, are below the region.").Measure.Should().Be("average attendance rates");
    }

    [Theory]
    [InlineData("Placements in Hollins are stable, with 64% of foster children staying with the same carers for two years.", "foster children")]
    public void After_a_comma_and_with_an_ing_word_after_the_group_is_not_part_of_it(string text, string measure)
    {
        Single(text).Measure.Should().Be(measure);
    }

    [Fact]
    public void That_opening_a_clause_after_a_verb_of_showing_leaves_half_a_share()
    {
        var p = Single("The audit shows that half of all pupils in care in Tarnby had a tutor.");
        p.Value.Should().Be(50);
        p.Measure.Should().Be("pupils in care in Tarnby");
    }

    [Theory]
    // a one-word predicate between the verb and ", at N%" is what the group is, not what is measured
    [InlineData("A large share of the foster carers in Wexcombe are retired, at 41% overall.", "foster carers in Wexcombe")]
    [InlineData("Attendance at Hollins youth clubs by pupils in care is steady, at 95%.", "Attendance at Hollins youth clubs by pupils in care")]
    public void A_one_word_predicate_before_comma_at_gives_the_subject(string text, string measure)
    {
        Single(text).Measure.Should().Be(measure);
    }
}
