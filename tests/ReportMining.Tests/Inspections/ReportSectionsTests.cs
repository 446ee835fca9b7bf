using ReportMining.Inspections;
using ReportMining.Tests.Support;
using ReportMining.Text;

namespace ReportMining.Tests.Inspections;

/// <summary>Report sections found from headings, on reports written for the project in the printed forms of ILACS and SIF reports (invented authority and prose).</summary>
public sealed class ReportSectionsTests
{
    private const string Ilacs = """
        Inspection of Larkfield local authority
        children’s services
        Inspection dates: 3 to 14 March 2025
        Lead inspector: Robin Ashdown, His Majesty’s Inspector
        Judgement

        Grade

        The impact of leaders on work with
        children and their families

        Good

        The experiences and progress of
        children needing help and protection

        Good

        The experiences and progress of
        children living in care

        Requires improvement to
        be good

        The experiences and progress of young
        care leavers

        Good

        Overall effectiveness of services

        Good

        Larkfield's services for families have become steadier over the last three years.
        Councillors follow the work of the service closely.

        What needs to improve in Larkfield?
        Reviews of plans for children living with their families are too often late.

        The experiences and progress of children needing help and
        protection: good
        1.

        Families who ask for help are answered on the same day by a duty worker.
        Home visits after a referral happen within a week.

        The experiences and progress of children living in care: requires improvement to be
        good
        2.

        Too many children have moved home more than twice this year.

        The experiences and progress of young care leavers: good
        3.

        Most young people keep one adviser once they turn sixteen.

        The impact of leaders on work with children and their
        families: good
        4.

        The director meets every new team manager in their first month.
        The experiences and progress of children living in care are good.
        Caseloads in the duty team are lower than a year ago.

        If you would like a copy of this document in another format, ring the number below.
        """;

    private static (string Sentence, ReportSection Section)[] Sections(string text, out bool found)
    {
        using var document = Document.Parse(text);
        var sections = new ReportSection[document.SentenceSpan.Length];
        found = ReportSections.Find(document, sections);
        var result = new (string, ReportSection)[sections.Length];
        for (int i = 0; i < sections.Length; i++) result[i] = (new string(document.NormalizedSlice(document.SentenceSpan[i].Span)).Trim(), sections[i]);
        return result;
    }

    /// <summary>The section of the one sentence that contains <paramref name="words"/> (a heading without a full stop can share a sentence with the words below it).</summary>
    private static ReportSection SectionOf((string Sentence, ReportSection Section)[] sections, string words) =>
        sections.Should().ContainSingle(s => s.Sentence.Contains(words, StringComparison.Ordinal), words).Subject.Section;

    [Fact]
    public void Each_sentence_of_an_ILACS_report_takes_the_section_of_the_heading_above_it()
    {
        var sections = Sections(Ilacs, out bool found);

        found.Should().BeTrue();
        SectionOf(sections, "Inspection dates").Should().Be(ReportSection.Head);
        SectionOf(sections, "Larkfield's services").Should().Be(ReportSection.Summary);
        SectionOf(sections, "Councillors follow").Should().Be(ReportSection.Summary);
        sections.Should().ContainSingle(s => s.Sentence == "What needs to improve in Larkfield?").Which.Section.Should().Be(ReportSection.Improve);
        SectionOf(sections, "Reviews of plans for children living").Should().Be(ReportSection.Improve);
        SectionOf(sections, "Families who ask").Should().Be(ReportSection.HelpAndProtection);
        SectionOf(sections, "Home visits").Should().Be(ReportSection.HelpAndProtection);
        SectionOf(sections, "Too many children").Should().Be(ReportSection.ChildrenInCare);
        SectionOf(sections, "Most young people keep one adviser").Should().Be(ReportSection.CareLeavers);
        SectionOf(sections, "The director meets").Should().Be(ReportSection.Leadership);
        SectionOf(sections, "If you would like a copy").Should().Be(ReportSection.About);
    }

    [Fact]
    public void The_rows_of_the_judgement_table_stay_in_the_head_and_the_summary_follows_the_table()
    {
        var sections = Sections(Ilacs, out _);

        sections.Should().ContainSingle(s => s.Sentence == "The impact of leaders on work with children and their families").Which.Section.Should().Be(ReportSection.Head);
        sections.Where(s => s.Sentence is "Good" or "Requires improvement to be good").Should().OnlyContain(s => s.Section == ReportSection.Head);
        sections.Should().ContainSingle(s => s.Sentence == "Overall effectiveness of services").Which.Section.Should().Be(ReportSection.Head);
    }

    [Fact]
    public void A_sentence_of_prose_that_starts_like_a_heading_opens_no_section()
    {
        var sections = Sections(Ilacs, out _);

        SectionOf(sections, "The experiences and progress of children living in care are good.").Should().Be(ReportSection.Leadership);
        SectionOf(sections, "Caseloads in the duty team").Should().Be(ReportSection.Leadership);
    }

    private const string Sif = """
        Larkfield Borough Council
        Inspection of Larkfield services for children in need, children in care and care leavers
        Inspection date: 2 June 2015 – 24 June 2015
        Report published: 30 July 2015

        Summary of findings
        Children's services in Larkfield are good.

        The experiences and progress of children
        needing help and protection

        Good

        Summary
        Strategy discussions are held on the day that concerns are raised.

        The graded judgement for adoption performance in Larkfield is that it is good

        Children wait less time to be adopted than they did two years ago.

        Leadership, management and governance

        Good

        Summary
        Every month the chief executive reviews how the service is doing.

        The Local Safeguarding Children Board is good
        Summary of findings
        The board knows the partner agencies well.
        Areas for improvement
        Ask schools how they use the training the board offers.

        What the inspection judgements mean
        The local authority
        An authority judged good runs services that make a difference for children.
        """;

    [Fact]
    public void A_SIF_section_heading_can_have_its_grade_below_it_and_the_LSCB_review_keeps_its_own_summary()
    {
        var sections = Sections(Sif, out bool found);

        found.Should().BeTrue();
        SectionOf(sections, "Children's services in Larkfield are good.").Should().Be(ReportSection.Summary);
        SectionOf(sections, "Strategy discussions").Should().Be(ReportSection.HelpAndProtection);
        SectionOf(sections, "Children wait less time").Should().Be(ReportSection.Adoption);
        SectionOf(sections, "Every month the chief executive").Should().Be(ReportSection.Leadership);
        SectionOf(sections, "The board knows").Should().Be(ReportSection.Lscb);
        SectionOf(sections, "Ask schools").Should().Be(ReportSection.Lscb);
        SectionOf(sections, "An authority judged good").Should().Be(ReportSection.About, "'The local authority' there heads a part of the explanation of the grades");
    }

    [Fact]
    public void A_text_without_headings_has_no_sections()
    {
        const string news = "Larkfield council's children's services have been rated good by Ofsted. "
            + "Inspectors spoke well of the help that care leavers get. What needs to improve is the speed of reviews, the report said.";

        var sections = Sections(news, out bool found);

        found.Should().BeFalse();
        sections.Should().OnlyContain(s => s.Section == ReportSection.None);
    }

    [Fact]
    public void Find_needs_room_for_every_sentence()
    {
        using var document = Document.Parse("What needs to improve?\nEverything, quickly.");
        var act = () => ReportSections.Find(document, new ReportSection[0]);
        act.Should().Throw<ArgumentException>();
    }

    [SharedFact]
    public void The_printed_headings_of_the_real_dev_reports_open_their_sections()
    {
        // the real reports by path: each one in the ILACS form (a judgement table, then the graded
        // sections) gets a help-and-protection section and a leadership section after its head
        int reports = 0, both = 0;
        foreach (var path in Directory.EnumerateFiles(SharedData.PathTo("corpus", "ilacs", "texts"), "*.txt"))
        {
            var text = File.ReadAllText(path);
            if (!text.Contains("local authority children", StringComparison.Ordinal)) continue;
            reports++;
            var sections = Sections(text, out bool found);
            if (found && sections.Any(s => s.Section == ReportSection.HelpAndProtection) && sections.Any(s => s.Section == ReportSection.Leadership)) both++;
        }

        reports.Should().BeGreaterThan(100);
        both.Should().BeGreaterThanOrEqualTo((int)(0.95 * reports), $"{both} of {reports} reports");
    }
}
