using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using FsCheck;
using FsCheck.Fluent;
using ReportMining.Dates;
using ReportMining.Output;
using ReportMining.Percentages;
using ReportMining.Quotes;
using ReportMining.Ratings;
using ReportMining.Sentiment;

namespace ReportMining.Tests.Output;

public class ReportHtmlTests
{
    /// <summary>Parses the page, failing on any HTML parse error.</summary>
    private static IHtmlDocument Parse(string html)
    {
        var errors = new List<string>();
        var parser = new HtmlParser();
        parser.Error += (_, e) => errors.Add(((AngleSharp.Html.Dom.Events.HtmlErrorEvent)e).Message + " at " + ((AngleSharp.Html.Dom.Events.HtmlErrorEvent)e).Position);
        var document = parser.ParseDocument(html);
        errors.Should().BeEmpty("the page is well-formed HTML");
        return document;
    }

    /// <summary>The item ids of an analysis with the spans they must highlight.</summary>
    private static List<(string Id, int Start, int End)> ExpectedItems(ReportAnalysis a)
    {
        var items = new List<(string, int, int)>();
        for (int i = 0; i < a.Ratings.Count; i++) items.Add(("r" + i, a.Ratings[i].Start, a.Ratings[i].End));
        for (int i = 0; i < a.Dates.Count; i++) items.Add(("d" + i, a.Dates[i].Start, a.Dates[i].End));
        for (int i = 0; i < a.Percentages.Count; i++) items.Add(("p" + i, a.Percentages[i].Start, a.Percentages[i].End));
        for (int i = 0; i < a.Quotes.Count; i++)
        {
            items.Add(("q" + i, a.Quotes[i].Start, a.Quotes[i].End));
            if (a.Quotes[i].SpeakerStart is { } s && a.Quotes[i].SpeakerEnd is { } e) items.Add(("qs" + i, s, e));
        }

        if (a.Inspection is { } inspection)
        {
            for (int i = 0; i < inspection.Judgements.Count; i++) items.Add(("j" + i, inspection.Judgements[i].Start, inspection.Judgements[i].End));
        }

        var sentences = a.ServiceAreas.SelectMany(x => x.Evidence).Select(e => (e.Start, e.End)).Distinct().ToList();
        for (int i = 0; i < sentences.Count; i++) items.Add(("s" + i, sentences[i].Start, sentences[i].End));
        return items;
    }

    /// <summary>
    /// Every item is highlighted exactly once: its fragments (one, or several where it crosses
    /// another item) are in document order, the first marked as such, and together they hold
    /// exactly the item's words; the whole text appears exactly once, unchanged.
    /// </summary>
    private static void AssertEveryItemHighlightedOnce(IElement section, string text, ReportAnalysis a)
    {
        var body = section.QuerySelector(".rm-text")!;
        body.TextContent.Should().Be(text.Replace("\r\n", "\n").Replace('\r', '\n').Replace('\0', '\uFFFD'));
        var elements = body.QuerySelectorAll("[data-i]");
        foreach (var (id, start, end) in ExpectedItems(a))
        {
            var fragments = elements.Where(e => e.GetAttribute("data-i") == id).ToList();
            fragments.Should().NotBeEmpty($"item {id} [{start},{end}) is shown");
            string.Concat(fragments.Select(f => f.TextContent)).Should().Be(text[start..end], $"item {id} covers exactly its words");
            fragments.Count(f => f.ClassList.Contains("rm-first")).Should().Be(1, $"item {id} has one first fragment");
            fragments[0].ClassList.Should().Contain("rm-first");
            fragments.Should().OnlyContain(f => f.HasAttribute("title"), "every fragment has the item's tooltip");
        }

        elements.Select(e => e.GetAttribute("data-i")).Distinct().Should().HaveCount(ExpectedItems(a).Count, "no element belongs to an unknown item");
    }

    [Fact]
    public void Every_item_of_the_sample_is_highlighted_once_with_its_values()
    {
        var analysis = SampleReport.Analysis();
        var html = analysis.ToHtml();
        var document = Parse(html);
        var section = document.QuerySelector("section.rm-report")!;
        AssertEveryItemHighlightedOnce(section, SampleReport.Text, analysis);

        // kinds by class, values in the tooltips
        var rating = section.QuerySelector(".rm-r[data-i=r0]")!;
        rating.GetAttribute("title").Should().Contain("Rating: good").And.Contain("Previous grade: inadequate").And.Contain("Change: improved");
        section.QuerySelector(".rm-d[data-i=d1]")!.GetAttribute("title").Should().Contain("2023-03");
        section.QuerySelector(".rm-p[data-i=p1]")!.GetAttribute("title").Should().Contain("30%").And.Contain("approximate").And.Contain("Measure: care leavers");
        var quote = section.QuerySelector(".rm-q[data-i=q1]")!;
        quote.GetAttribute("title").Should().Contain("Speaker: Priya Lathwell, director of children's services").And.Contain("praise").And.Contain("0.8");
        quote.GetAttribute("data-q").Should().Be("2");
        section.QuerySelector(".rm-spk[data-i=qs1]")!.GetAttribute("data-q").Should().Be("2", "a quote and its speaker are linked");
        section.QuerySelector(".rm-text .rm-s.rm-neg")!.TextContent.Should().StartWith("About 30 per cent");
        section.QuerySelectorAll(".rm-text .rm-s.rm-pos").Select(e => e.GetAttribute("data-i")).Distinct().Should().HaveCount(3);

        // a sentence that is evidence of two areas is one item naming both
        var frontDoor = section.QuerySelectorAll(".rm-text .rm-s").First(e => e.TextContent.StartsWith("Inspectors said", StringComparison.Ordinal));
        frontDoor.GetAttribute("title").Should().Contain("help and protection").And.Contain("front door");

        // the chart: one bar per area, the finer area indented
        var bars = section.QuerySelectorAll("svg rect");
        bars.Should().HaveCount(analysis.ServiceAreas.Count);
        bars.Select(b => b.ClassList.Contains("rm-neg")).Should().Equal(false, false, true, false, false);
        section.QuerySelector("svg")!.TextContent.Should().Contain("care leavers").And.Contain("-0.8 · 1 mention").And.Contain("front door");

        // the legend counts
        section.QuerySelector(".rm-legend")!.TextContent.Should().Contain("Rating 2").And.Contain("Quote 3").And.Contain("Percentage 2");
    }

    [Fact]
    public void Crossing_items_are_split_into_nested_fragments()
    {
        var analysis = SampleReport.Analysis();
        var section = Parse(analysis.ToHtml()).QuerySelector("section.rm-report")!;

        // the director's quote runs over two sentences: it is written in two fragments
        section.QuerySelectorAll("[data-i=q1]").Length.Should().Be(2);
        // the date and the percentage inside it are nested in a quote fragment
        section.QuerySelector("[data-i=q1] [data-i=d1]").Should().NotBeNull();
        section.QuerySelector("[data-i=q1] [data-i=p0]").Should().NotBeNull();
        // the heading's "good" is a rating (and, in the inspection view, a judgement) at the same span
        var inspection = SampleReport.WithInspection(analysis);
        var judged = Parse(inspection.ToHtml()).QuerySelector("section.rm-report")!;
        AssertEveryItemHighlightedOnce(judged, SampleReport.Text, inspection);
        judged.QuerySelector("[data-i=r1] [data-i=j0]").Should().NotBeNull("same span: the rating is outside, the judgement inside");
    }

    [Fact]
    public void Arbitrary_overlapping_and_out_of_range_spans_never_lose_an_item_or_break_the_page()
    {
        const string alphabet = "ab <>&\"'\n.\u00e9\u201C\u201D";
        var gen =
            from length in Gen.Choose(0, 80)
            from chars in Gen.ArrayOf(Gen.Elements(alphabet.ToCharArray()), length)
            from spans in Gen.ArrayOf(Gen.Choose(0, Math.Max(0, length)).Two(), 12)
            from kinds in Gen.ArrayOf(Gen.Choose(0, 4), 12)
            select (Text: new string(chars), Spans: spans, Kinds: kinds);

        Prop.ForAll(gen.ToArbitrary(), input =>
        {
            var (text, spans, kinds) = input;
            var analysis = Build(text, spans.Select((s, i) => (Math.Min(s.Item1, s.Item2), Math.Max(s.Item1, s.Item2), kinds[i])).ToList());
            var document = Parse(analysis.ToHtml());
            AssertEveryItemHighlightedOnce(document.QuerySelector("section.rm-report")!, text, analysis);
            return true;
        }).QuickCheckThrowOnFailure();
    }

    /// <summary>An analysis with one item of the given kind (0 rating, 1 date, 2 percentage, 3 quote with speaker, 4 sentence) per span.</summary>
    private static ReportAnalysis Build(string text, List<(int Start, int End, int Kind)> spans)
    {
        var ratings = new List<Rating>();
        var dates = new List<DateMention>();
        var percentages = new List<PercentageMention>();
        var quotes = new List<Quote>();
        var evidence = new List<Evidence>();
        foreach (var (s, e, kind) in spans)
        {
            string words = text[s..e];
            switch (kind)
            {
                case 0: ratings.Add(new Rating { Grade = Grade.Good, Text = words, Start = s, End = e }); break;
                case 1: dates.Add(new DateMention { Text = words, Type = DateType.Date, Value = "2020", Start = s, End = e }); break;
                case 2: percentages.Add(new PercentageMention { Text = words, Value = 5, Start = s, End = e }); break;
                case 3: quotes.Add(new Quote { Text = words, Speaker = "<Ann & \"Bo\">", SpeakerStart = e, SpeakerEnd = Math.Min(text.Length, e + 3), Start = s, End = e }); break;
                default: evidence.Add(new Evidence { Start = s, End = e, Sentiment = (SentimentLabel)(s % 4), Confidence = 0.5 }); break;
            }
        }

        return new ReportAnalysis
        {
            Id = "<b>generated</b>",
            SourceText = text,
            Ratings = ratings,
            Dates = dates,
            Percentages = percentages,
            Quotes = quotes,
            ServiceAreas = evidence.Count == 0 ? [] :
                [new ServiceAreaSentiment { Area = ServiceArea.Workforce, Sentiment = SentimentLabel.Mixed, Score = 0, Mentions = evidence.Count, Evidence = evidence }],
        };
    }

    [Fact]
    public void Text_and_values_are_escaped()
    {
        const string text = "The council said <script>alert(\"x\")</script> & 'more' was \"good\" </div></span> 5 > 4.\0";
        int start = text.IndexOf("<script>", StringComparison.Ordinal);
        int end = text.IndexOf("& 'more'", StringComparison.Ordinal) + 8;
        var analysis = new ReportAnalysis
        {
            Id = "<img src=x onerror=alert(1)>\"quoted\"",
            SourceText = text,
            Quotes =
            [
                new Quote
                {
                    Text = text[start..end], Speaker = "\"><script>bad()</script>", SpeakerRole = "<role>", SpeakerStart = 4, SpeakerEnd = 11,
                    Start = start, End = end,
                },
            ],
            Percentages = [new PercentageMention { Text = "5 > 4", Value = 5, Measure = "a<b>c", Start = text.IndexOf("5 > 4", StringComparison.Ordinal), End = text.IndexOf("5 > 4", StringComparison.Ordinal) + 5 }],
        };

        var html = analysis.ToHtml();
        html.Should().NotContain("<script>alert").And.NotContain("<script>bad").And.NotContain("<img").And.NotContain("<role>").And.NotContain("</div></span>");
        html.Should().Contain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;more&#39;");
        var document = Parse(html);
        document.QuerySelectorAll("script").Should().HaveCount(1, "only the report's own script");
        document.QuerySelectorAll("img").Should().BeEmpty();
        document.Title.Should().Be(analysis.Id);
        var section = document.QuerySelector("section.rm-report")!;
        section.QuerySelector("h2")!.TextContent.Should().Be(analysis.Id);
        AssertEveryItemHighlightedOnce(section, text, analysis);
        section.QuerySelector("[data-i=q0]")!.GetAttribute("title").Should().Contain("\"><script>bad()</script>, <role>");
        section.QuerySelector("[data-i=p0]")!.GetAttribute("title").Should().Contain("Measure: a<b>c");
    }

    [Fact]
    public void The_page_is_self_contained()
    {
        const string text = "See https://example.org/report and http://example.com for the letter. The council's rating is good.";
        var analysis = new ReportAnalysis
        {
            Id = "https://example.org/news/1",
            SourceText = text,
            Ratings = [new Rating { Grade = Grade.Good, Text = "good", Start = text.IndexOf("good", StringComparison.Ordinal), End = text.IndexOf("good", StringComparison.Ordinal) + 4 }],
        };

        var html = analysis.ToHtml();
        var document = Parse(html);
        foreach (var element in document.All)
        {
            foreach (var attribute in new[] { "src", "href", "action", "srcset", "data", "poster", "xlink:href" })
            {
                var value = element.GetAttribute(attribute);
                if (value is not null) value.Should().NotMatchRegex("^(https?:)?//", $"<{element.LocalName} {attribute}> loads nothing from the network");
            }
        }

        document.QuerySelectorAll("link, img, iframe, object, embed, a[href]").Should().BeEmpty();
        string.Concat(document.QuerySelectorAll("style").Select(s => s.TextContent)).Should().NotContain("url(").And.NotContain("@import");
        string.Concat(document.QuerySelectorAll("script").Select(s => s.TextContent)).Should().NotContain("http").And.NotContain("fetch(").And.NotContain("XMLHttpRequest");
        document.QuerySelector(".rm-text")!.TextContent.Should().Be(text, "addresses in the text stay plain text");
    }

    [Fact]
    public void Facts_table_and_summary_show_the_inspection()
    {
        var analysis = SampleReport.WithInspection(SampleReport.Analysis());
        var section = Parse(analysis.ToHtml()).QuerySelector("section.rm-report")!;
        var facts = section.QuerySelector("table.rm-facts")!;
        var rows = facts.QuerySelectorAll("tr").ToDictionary(r => r.QuerySelector("th")!.TextContent, r => r.QuerySelector("td")!.TextContent);
        rows["Local authority"].Should().Be("Ashcombe (999)");
        rows["On site"].Should().Be("2024-04-08 to 2024-04-19");
        rows["Lead inspector"].Should().Be("Morwenna Tulk");
        rows["overall effectiveness"].Should().Be("good");
        rows["Document date"].Should().Be("2024-06-04 (published)");
        section.QuerySelector(".rm-summary")!.TextContent.Should().Be("inspection report · dated 2024-06-04 (published) · 2 ratings · 2 dates · 2 percentages · 3 quotes · 5 service areas");
    }

    [Fact]
    public void Without_the_text_the_page_still_shows_facts_chart_and_tables()
    {
        var analysis = SampleReport.Analysis() with { SourceText = null };
        var section = Parse(ReportHtml.Render(analysis)).QuerySelector("section.rm-report")!;
        section.QuerySelector(".rm-text").Should().BeNull();
        section.QuerySelector(".rm-notext").Should().NotBeNull();
        section.QuerySelectorAll("svg rect").Should().HaveCount(5);
        section.QuerySelectorAll("details.rm-items tbody tr").Should().HaveCount(2 + 2 + 2 + 3);
    }

    [Fact]
    public void Render_with_explicit_text_matches_ToHtml_with_the_source_text()
    {
        var analysis = SampleReport.Analysis();
        ReportHtml.Render(SampleReport.Text, analysis with { SourceText = null }).Should().Be(analysis.ToHtml());
        analysis.ToHtml(SampleReport.Text).Should().Be(analysis.ToHtml());
    }

    [Fact]
    public void A_fragment_is_one_element_with_scoped_styles_for_notebooks()
    {
        var fragment = ReportHtml.RenderFragment(null, SampleReport.Analysis());
        fragment.Should().StartWith("<div class=\"rm-page\">").And.EndWith("</div>").And.NotContain("<html").And.NotContain("<body");
        var parser = new HtmlParser();
        var document = parser.ParseDocument("<!DOCTYPE html><html><head><title>t</title></head><body>" + fragment + "</body></html>");
        document.Body!.Children.Should().ContainSingle();
        var css = document.QuerySelector("style")!.TextContent;
        var selectors = css.Split('}').Select(rule => rule.Split('{')[0].Trim()).Where(s => s.Length > 0);
        foreach (var selector in selectors.SelectMany(s => s.Split(',')).Select(s => s.Trim()))
            selector.Should().MatchRegex(@"^\.rm-", "every style rule is scoped to the report so a notebook is not restyled");
    }

    [Fact]
    public void A_page_of_several_documents_has_a_section_each_and_error_sections()
    {
        var first = SampleReport.Analysis();
        var second = new ReportAnalysis { Id = "two.txt", SourceText = "Nothing to see here." };
        var writer = new StringWriter();
        using (var page = new ReportHtmlWriter(writer, "Batch"))
        {
            page.Write(first);
            page.WriteError("broken.pdf", "not UTF-8 <binary>");
            page.Write(second);
            page.Count.Should().Be(3);
        }

        var document = Parse(writer.ToString());
        document.Title.Should().Be("Batch");
        var sections = document.QuerySelectorAll("section.rm-report");
        sections.Should().HaveCount(3);
        AssertEveryItemHighlightedOnce(sections[0], SampleReport.Text, first);
        sections[1].ClassList.Should().Contain("rm-error");
        sections[1].TextContent.Should().Contain("broken.pdf").And.Contain("not UTF-8 <binary>");
        sections[2].QuerySelector(".rm-text")!.TextContent.Should().Be("Nothing to see here.");
        document.QuerySelectorAll("style").Should().HaveCount(1);
        document.QuerySelectorAll("script").Should().HaveCount(1);
    }

    [Fact]
    public void An_empty_page_says_so()
    {
        var writer = new StringWriter();
        ReportHtml.WritePage(writer, []);
        Parse(writer.ToString()).QuerySelector(".rm-empty-page")!.TextContent.Should().Be("No documents.");
    }

    [Fact]
    public async Task Empty_and_huge_texts_render_completely()
    {
        Parse(new ReportAnalysis { SourceText = "" }.ToHtml()).QuerySelector(".rm-text")!.TextContent.Should().BeEmpty();

        // 2 MB of text with 98,000 items, a third of them crossing their neighbours
        var text = string.Concat(Enumerable.Repeat("Caseloads are lower & 40% <of> staff. ", 52_000));
        var spans = Enumerable.Range(0, 98_000).Select(i => (i * 20, Math.Min(text.Length, i * 20 + (i % 3 == 0 ? 30 : 10)), i % 5)).ToList();
        var analysis = Build(text, spans);
        // a generous guard against a hang only; the speed is measured in HtmlBenchmarks
        var html = await Task.Run(analysis.ToHtml).WaitAsync(TimeSpan.FromMinutes(3));
        html.Length.Should().BeGreaterThan(text.Length);
        html.Should().Contain("&lt;of&gt;").And.NotContain("<of>");
    }

    [Fact]
    public void ToString_of_an_analysis_is_a_short_summary()
    {
        var analysis = SampleReport.WithInspection(SampleReport.Analysis());
        analysis.ToString().Should().Be(
            "ReportAnalysis { Id = ashcombe-news.txt, Kind = InspectionReport, DocumentDate = 2024-06-04, Inspection = Ashcombe, Ratings = 2, Dates = 2, Percentages = 2, Quotes = 3, ServiceAreas = 5 }");
    }
}
