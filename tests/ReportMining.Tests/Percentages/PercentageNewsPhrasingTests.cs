using ReportMining.Percentages;

namespace ReportMining.Tests.Percentages;

/// <summary>
/// More news phrasing for measures and scopes, on sentences written for the project (fictional
/// places, people and firms): abbreviations inside a measure, objects of verbs of change, lists after
/// a colon, shares given to names, pronouns that stand for a name, and where a measure stops.
/// </summary>
public class PercentageNewsPhrasingTests
{
    private static List<PercentageMention> Extract(string text) => PercentageExtractorTests.Extract(text);

    private static PercentageMention Single(string text) => PercentageExtractorTests.Single(text);

    // ---- abbreviations ----

    [Theory]
    [InlineData("Sen. Ora Blyth of Maine polled 11 percent.", "Sen. Ora Blyth of Maine")]
    [InlineData("The U.S. jobless rate rose to 5.1 percent.", "U.S. jobless rate")]
    [InlineData("Kelmar Co.'s quarterly profit jumped 14% to $12 million.", "Kelmar Co.'s quarterly profit")]
    [InlineData("Nearly half of Mrs. Penrose's donors live in Tarnby.", "Mrs. Penrose's donors")]
    [InlineData("About a fifth of Dr. J. Ellery's patients had waited a year.", "Dr. J. Ellery's patients")]
    public void An_abbreviation_with_its_stop_stays_inside_the_measure(string text, string measure)
    {
        Single(text).Measure.Should().Be(measure);
    }

    [Fact]
    public void A_stop_that_ends_the_sentence_after_an_abbreviation_is_not_part_of_the_measure()
    {
        var p = Single("Harrow Mills owns nearly 30% of Fenwick Inc.");
        p.Measure.Should().Be("Fenwick Inc");
    }

    // ---- where a measure stops ----

    [Theory]
    [InlineData("Group profit for the nine months was $40 million, up 11%.", "Group profit")]
    [InlineData("Revenue for the full year rose 8% to $2.1 billion.", "Revenue")]
    [InlineData("Nearly half of the 2014 graduates found work in Tarnby.", "2014 graduates")]
    [InlineData("Half of Mr. Denton's 2014 donors gave again.", "Mr. Denton's 2014 donors")]
    [InlineData("About a tenth of the farms in the United States have no mains water.", "farms in the United States")]
    [InlineData("The county's 3 percent levy on hotel rooms ends in May.", "levy on hotel rooms")]
    public void A_time_after_for_is_left_out_and_a_year_or_a_name_before_a_noun_is_kept(string text, string measure)
    {
        Single(text).Measure.Should().Be(measure);
    }

    [Fact]
    public void A_year_after_in_is_a_time_not_part_of_the_subject()
    {
        Single("Figures show that in 2016 repeat referrals were 19%.").Measure.Should().Be("repeat referrals");
    }

    // ---- figures given to names ----

    [Fact]
    public void Figures_after_with_and_followed_by_go_to_the_names()
    {
        var found = Extract("Rivers was ahead with 39 percent, followed by Dunmore at 25 percent and Platt at 12 percent.");
        found.Select(p => p.Measure).Should().Equal("Rivers", "Dunmore", "Platt");
    }

    [Fact]
    public void A_lead_for_a_name_with_a_figure_against_a_rival_possessive()
    {
        var found = Extract("Corran has the edge in the latest count with 47 percent to Fitch's 45 percent.");
        found.Select(p => p.Measure).Should().Equal("Corran", "Fitch");
    }

    [Fact]
    public void A_figure_after_with_carries_a_share_named_earlier_in_the_sentence()
    {
        var found = Extract("A party needs 40 percent of the seats to govern alone, and Hale's group ended the night with 18 percent.");
        found.Select(p => p.Measure).Should().Equal("seats", "seats");
    }

    [Theory]
    [InlineData("Gray's impressive 19 percent put him third.", "Gray")]
    [InlineData("Ms. Okoro's 31 percent was the best result for her party.", "Ms. Okoro")]
    public void A_possessive_name_before_a_figure_owns_it(string text, string measure)
    {
        Single(text).Measure.Should().Be(measure);
    }

    [Theory]
    [InlineData("Pickering got 40 percent, Ames 35 percent and Lowe 25 percent.", new[] { "Pickering", "Ames", "Lowe" })]
    [InlineData("Corwin won 48 percent of the rural wards, Hale 30 percent and Dunn 22 percent.", new[] { "rural wards", "rural wards", "rural wards" })]
    public void Names_in_a_list_after_a_share_take_their_figures_or_share_its_measure(string text, string[] measures)
    {
        Extract(text).Select(p => p.Measure).Should().Equal(measures);
    }

    [Fact]
    public void A_list_after_a_colon_measures_the_subject_before_it_and_each_name_is_a_scope()
    {
        var found = Extract("Turnover grew at three of the shops: Ashby by 9 percent; Tarnside by 4 percent; and Wrexley by 2 percent.");
        found.Should().HaveCount(3).And.OnlyContain(p => p.Measure == "Turnover");
        found.Select(p => p.Scope).Should().Equal("Ashby", "Tarnside", "Wrexley");
    }

    [Fact]
    public void A_comparison_place_in_a_report_is_still_a_scope()
    {
        var found = Extract("Repeat referrals were 31%, above comparable councils at 28% and Wales at 26%.");
        found.Should().OnlyContain(p => p.Measure == "Repeat referrals");
        found.Select(p => p.Scope).Should().Equal(null, "comparable councils", "Wales");
    }

    // ---- verbs of change with an object; clauses ----

    [Theory]
    [InlineData("The board wants to raise parking charges by about 15 percent.", "parking charges")]
    [InlineData("The mayor hopes to cut bus fares by 20 percent next year.", "bus fares")]
    [InlineData("Critics say the scheme will lift rents across the city by 6 percent.", "rents across the city")]
    [InlineData("Analysts say the split could boost the group's value by 5% to 10%.", "group's value")]
    [InlineData("Insulation alone would cut fuel use just 12 percent.", "fuel use")]
    [InlineData("Delmar will shrink its packaging and print division by up to 15%.", "packaging and print division")]
    [InlineData("The plan aims to lower traffic fumes in the old town by 2035 to 40 percent below 2015 levels.", "traffic fumes in the old town")]
    [InlineData("Ferrow County cut the number of bus routes by 40 percent.", "bus routes")]
    public void The_object_of_a_verb_of_change_is_what_changed(string text, string measure)
    {
        Extract(text).Should().OnlyContain(p => p.Measure == measure);
    }

    [Fact]
    public void A_holding_raised_in_a_firm_has_the_firm_as_its_scope()
    {
        var p = Single("Carrow plans to lift its stake in Lindel Foods to 40%.");
        p.Measure.Should().Be("stake");
        p.Scope.Should().Be("Lindel Foods");
    }

    [Theory]
    [InlineData("The exclusion rate rose slightly over the year to 3.1%.", "exclusion rate")]
    [InlineData("Referrals from schools increased by 10%.", "Referrals from schools")]
    public void A_verb_with_no_object_keeps_its_subject(string text, string measure)
    {
        Single(text).Measure.Should().Be(measure);
    }

    [Fact]
    public void A_that_clause_after_a_verb_is_read_for_its_own_subject()
    {
        Single("The minister went on radio to claim that the vacancy rate has dropped below 4 percent.").Measure.Should().Be("vacancy rate");
    }

    [Fact]
    public void And_inside_a_phrase_opened_by_a_determiner_joins_modifiers()
    {
        Single("Harlan said its dairy and cheese arm grew 12% in the year.").Measure.Should().Be("dairy and cheese arm");
    }

    // ---- "N% of X" as a subject, after "with", as an object ----

    [Theory]
    [InlineData("Last spring, 38 percent of shoppers made up their minds at the till.", "shoppers")]
    [InlineData("Asked in March, 64 percent of Labour members approved of the deal.", "Labour members")]
    [InlineData("About 62 percent of those polled said the council should resign.", "those polled")]
    [InlineData("Only 15% of the tenants surveyed in the landlord's own poll were happy.", "tenants surveyed")]
    [InlineData("Last year, 31% of Kelby children looked after reached the expected standard in reading.", "Kelby children looked after")]
    public void A_share_that_is_the_subject_stops_before_its_verb(string text, string measure)
    {
        Single(text).Measure.Should().Be(measure);
    }

    [Fact]
    public void Two_shares_of_one_group_joined_by_and_each_stop_before_their_verbs()
    {
        var found = Extract("The tally showed 45 percent of tenants backed Mrs. Tate and 41 percent preferred Mr. Cole.");
        found.Select(p => p.Measure).Should().Equal("tenants", "tenants");
    }

    [Theory]
    [InlineData("With 95% of the wards declaring, the count was level.", "wards")]
    [InlineData("The council acted, with two-thirds of the tenants in the block saying they felt unsafe.", "tenants in the block")]
    public void After_with_an_ing_word_after_the_noun_is_what_the_share_does(string text, string measure)
    {
        Single(text).Measure.Should().Be(measure);
    }

    [Theory]
    [InlineData("Dunn took a quarter of the ward and Mayor Rhodes is under pressure.", "ward")]
    [InlineData("Had Tate carried half of the wards and shared the rest with Cole, she would lead.", "wards")]
    public void An_object_share_stops_before_a_new_clause_after_and(string text, string measure)
    {
        Single(text).Measure.Should().Be(measure);
    }

    [Theory]
    [InlineData("The Hispanic share of the electorate rose to 12 percent.", "Hispanic share of the electorate")]
    [InlineData("Mrs. Ashdown's share of the vote fell to 31 percent.", "Mrs. Ashdown's share of the vote")]
    [InlineData("The share of the vote for the Greens fell to 9 percent.", "vote for the Greens")]
    public void A_share_that_says_whose_it_is_keeps_its_head(string text, string measure)
    {
        Single(text).Measure.Should().Be(measure);
    }

    [Fact]
    public void A_participle_with_a_source_after_it_is_left_out()
    {
        Single("The 40 percent female share of the workforce reported by the census is new.").Measure.Should().Be("female share of the workforce");
    }

    [Fact]
    public void Of_it_after_a_comma_is_the_phrase_before_the_comma()
    {
        Single("Members pay a £900 deposit, 80 percent of it returned when they leave.").Measure.Should().Be("deposit");
    }

    // ---- pronouns, comparisons, colons ----

    [Theory]
    [InlineData("Although Tamsin Rowe is ahead in Esk, she trails Dorn across the southern wards by 6 percentage points.", "Tamsin Rowe")]
    [InlineData("Pell told reporters that if he could reach 12 percent by spring he would stay in the race.", "Pell")]
    [InlineData("Marsh’s aides want a recount in Tarnby, where he trailed Oduya by 0.4 percentage points.", "Marsh")]
    public void He_or_she_stands_for_the_name_that_opens_a_clause_before(string text, string measure)
    {
        Single(text).Measure.Should().Be(measure);
    }

    [Theory]
    [InlineData("Corran once ran close to the leader. But by May he had slipped to 8 percent.")]
    [InlineData("Corran briefly drew level with the leader. But by May he had slipped to 8 percent.")]
    public void He_or_she_can_stand_for_the_name_that_opens_the_sentence_before(string text)
    {
        var p = Single(text);
        p.Measure.Should().Be("Corran");
    }

    [Fact]
    public void A_plural_subject_before_is_not_a_person()
    {
        Single("Polls show a close race. But by May he had slipped to 8 percent.").Measure.Should().BeNull();
    }

    [Theory]
    [InlineData("Trent built the most homes of any council, almost 30 percent more than Derwent.")]
    [InlineData("Hale won more wards than Tan, about 10 percent more than in 2019.")]
    public void A_figure_more_than_something_names_no_share(string text)
    {
        Single(text).Measure.Should().BeNull();
    }

    [Fact]
    public void A_figure_overall_after_a_group_share_is_the_whole_sample()
    {
        var found = Extract("Thirty percent of shoppers said prices were too high, while 52 percent overall said they were content.");
        found.Select(p => p.Measure).Should().Equal("shoppers", null);
    }

    [Fact]
    public void Beating_a_total_measures_the_total()
    {
        Single("Each challenger beat the mayor's vote total by about 15 percent.").Measure.Should().Be("mayor's vote total");
    }

    [Theory]
    [InlineData("Rents look worst as a share of take-home pay: 41%.", "take-home pay")]
    [InlineData("Repeat referral rate: 22%.", "Repeat referral rate")]
    public void A_figure_right_after_a_colon_measures_the_phrase_before_it(string text, string measure)
    {
        Single(text).Measure.Should().Be(measure);
    }

    [Fact]
    public void A_verb_after_to_before_the_subject_is_skipped()
    {
        Single("Brewers expect to announce summer sales climbed 12%.").Measure.Should().Be("summer sales");
    }

    [Fact]
    public void A_second_share_of_one_group_after_and_with_its_own_verb_keeps_the_group()
    {
        var found = Extract("Most care leavers are in work, and 14% are trainees.");
        found.Should().ContainSingle();
        found = Extract("Nearly 40% of the members voted for the plan and 52% opposed it.");
        found.Select(p => p.Measure).Should().Equal("members", "members");
    }

    // ---- sums of money, parallel places, lists of places in brackets ----

    [Fact]
    public void A_share_of_a_sum_of_money_measures_the_sum()
    {
        Single("One donor gave two-thirds of the $12 million raised by the appeal.").Measure.Should().Be("$12 million raised by the appeal");
    }

    [Fact]
    public void A_place_after_the_first_figure_is_a_scope_when_the_second_has_its_own()
    {
        var found = Extract("Nurses were about 40 percent of the staff in the council's homes, against about 55 percent in the health trust.");
        found.Should().OnlyContain(p => p.Measure == "staff");
        found.Select(p => p.Scope).Should().Equal("council's homes", "health trust");
    }

    [Fact]
    public void A_participle_with_its_place_still_defines_the_group()
    {
        var found = Extract("Pupils from traveller families are 9% of all pupils living in the valley, set against 3% across the county.");
        found.Should().OnlyContain(p => p.Measure == "pupils living in the valley");
    }

    [Fact]
    public void Places_listed_with_bracketed_figures_share_the_measure_of_the_first()
    {
        var found = Extract("Rural counties such as Esk (64 percent of households there own a car), Tarn (71 percent) and Wray (58 percent) lead the table.");
        found.Should().OnlyContain(p => p.Measure == "households");
        found.Select(p => p.Scope).Should().Equal("Esk", "Tarn", "Wray");
    }

    // ---- leads: auxiliaries, a group between the rival and the figures, a pronoun rival ----

    [Theory]
    [InlineData("Ms. Ingram is leading Mr. Voss 51 percent to 40 percent.", "Ms. Ingram", "Mr. Voss")]
    [InlineData("Dr. Halloran would beat Mayor Quist 47% to 44%.", "Dr. Halloran", "Mayor Quist")]
    [InlineData("The Greens have led the Liberals 33 percent to 29 percent.", "Greens", "Liberals")]
    public void A_leader_before_an_auxiliary_gets_the_first_figure_and_the_rival_the_second(string text, string leader, string rival)
    {
        var found = Extract(text);
        found.Select(p => p.Measure).Should().Equal(leader, rival);
    }

    [Fact]
    public void A_group_between_the_rival_and_the_figures_is_the_scope_of_both()
    {
        var found = Extract("Ms. Ingram leads Mr. Voss among renters 52 percent to 39 percent.");
        found.Select(p => p.Measure).Should().Equal("Ms. Ingram", "Mr. Voss");
        found.Should().OnlyContain(p => p.Scope == "renters");
    }

    [Fact]
    public void A_pronoun_rival_leaves_the_second_figure_without_a_measure()
    {
        var found = Extract("Mr. Voss trails in the north, and Ms. Ingram would beat him 56 percent to 38 percent.");
        found.Select(p => p.Measure).Should().Equal("Ms. Ingram", null);
    }

    // ---- bare figures that share the unit of a later one ----

    [Fact]
    public void Bare_figures_early_in_a_rising_comma_list_are_figures_with_the_measure_of_the_last()
    {
        var found = Extract("Growers in the dale hope to save 6, 8, 11 percent of their fuel bills.");
        found.Select(p => p.Value).Should().Equal(6, 8, 11);
        found.Select(p => p.Text).Should().Equal("6", "8", "11 percent");
        found.Should().OnlyContain(p => p.Measure == "fuel bills");
    }

    [Theory]
    [InlineData("In 2019, 7, 12 percent of the pupils moved school.")]
    [InlineData("Wards 3, 4, 9 percent.")]
    [InlineData("The shares were 5, 3, 9 percent.")]
    public void A_year_a_label_or_a_falling_list_before_a_figure_adds_no_figures(string text)
    {
        Extract(text).Should().ContainSingle();
    }

    [Fact]
    public void A_bare_figure_before_or_is_a_figure_of_its_own()
    {
        var found = Extract("A levy on the richest 4 or 5 percent would pay for the bridge.");
        found.Select(p => p.Value).Should().Equal(4, 5);
        found[0].Text.Should().Be("4");
    }

    [Theory]
    [InlineData("Bus use in Esk fell from 38 to 14 percent.", "Bus use in Esk")]
    [InlineData("Alder won the ward over Pike—61 to 30 percent—after a recount.", null)]
    public void A_larger_first_figure_after_from_or_a_dash_is_still_a_figure(string text, string? measure)
    {
        var found = Extract(text);
        found.Should().HaveCount(2);
        found[0].Value.Should().BeGreaterThan(found[1].Value);
        if (measure is not null) found.Should().OnlyContain(p => p.Measure == measure);
    }

    [Theory]
    [InlineData("Holders will get $21 and one-eighth for each share they own.")]
    [InlineData("The bonds closed at 98 and three-quarters on Friday.")]
    public void A_fraction_after_a_whole_number_and_and_is_part_of_a_price_not_a_share(string text)
    {
        Extract(text).Should().BeEmpty();
    }

    [Fact]
    public void A_fraction_after_and_without_a_number_before_is_still_a_share()
    {
        Single("Nine wards and one-third of the shops in Tarnby had no power.").Value.Should().BeApproximately(33.33, 0.01);
    }

    [Fact]
    public void A_pair_of_figures_after_a_comma_gives_the_shares_of_the_lead_before_it()
    {
        var found = Extract("A new poll found Alder leading Crane by 11 points among renters in Esk, 52 percent to 41 percent.");
        found.Select(p => p.Measure).Should().Equal("Alder", "Crane");
        found.Should().OnlyContain(p => p.Scope == "renters in Esk");
    }

    [Fact]
    public void A_pair_after_a_comma_with_no_lead_before_it_names_nobody()
    {
        Extract("Ms. Alder is comfortably ahead, 50 percent to 41 percent.").Should().OnlyContain(p => p.Measure == null);
    }
}
