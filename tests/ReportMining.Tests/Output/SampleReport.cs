using ReportMining.Dates;
using ReportMining.Inspections;
using ReportMining.Percentages;
using ReportMining.Quotes;
using ReportMining.Ratings;
using ReportMining.Sentiment;

namespace ReportMining.Tests.Output;

/// <summary>
/// A short news story written for the project (fictional council and people) with a hand-made
/// analysis whose items overlap the way real ones do: a quote running over two sentences, a date
/// and a percentage inside a quote, a rating inside a sentence, a speaker inside a sentence.
/// </summary>
internal static class SampleReport
{
    public const string Text =
        "Ashcombe children's services rated 'good' after years of decline\n\n" +
        "Published 4 June 2024\n\n" +
        "Ofsted has raised Ashcombe County Council's children's services from inadequate to good. " +
        "Inspectors said help at the front door is now \"swift and well judged\".\n\n" +
        "\"We have cut the vacancy rate to 12% since March 2023. Caseloads are lower,\" said director of children's services Priya Lathwell. " +
        "About 30 per cent of care leavers are still not in work, education or training, which the report calls \"a real concern\".\n";

    /// <summary>The span of the n-th occurrence (from 0) of <paramref name="words"/> in <see cref="Text"/>.</summary>
    public static (int Start, int End) Find(string words, int occurrence = 0)
    {
        int at = -1;
        for (int i = 0; i <= occurrence; i++)
        {
            at = Text.IndexOf(words, at + 1, StringComparison.Ordinal);
            if (at < 0) throw new InvalidOperationException($"'{words}' not in the sample");
        }

        return (at, at + words.Length);
    }

    /// <summary>The span of the sentence that starts with <paramref name="opening"/> and ends with <paramref name="closing"/>.</summary>
    public static (int Start, int End) Sentence(string opening, string closing)
    {
        int start = Text.IndexOf(opening, StringComparison.Ordinal);
        int end = Text.IndexOf(closing, start, StringComparison.Ordinal) + closing.Length;
        return (start, end);
    }

    public static ReportAnalysis Analysis()
    {
        var raised = Find("raised Ashcombe County Council's children's services from inadequate to good");
        var published = Find("4 June 2024");
        var march = Find("March 2023");
        var twelve = Find("12%");
        var thirty = Find("About 30 per cent");
        var quote1 = Find("swift and well judged");
        var quote2 = Find("We have cut the vacancy rate to 12% since March 2023. Caseloads are lower,");
        var quote3 = Find("a real concern");
        var speaker = Find("director of children's services Priya Lathwell");
        var inspectors = Find("Inspectors", 0);
        var report = Find("the report");
        var ofsted = Sentence("Ofsted has raised", "to good.");
        var frontDoor = Sentence("Inspectors said help", "judged\".");
        var vacancy = Sentence("\"We have cut", "2023.");
        var caseloads = Sentence("Caseloads are lower", "Lathwell.");
        var leavers = Sentence("About 30 per cent", "concern\".");

        return new ReportAnalysis
        {
            Id = "ashcombe-news.txt",
            Kind = DocumentKind.News,
            DocumentDate = new DateOnly(2024, 6, 4),
            DocumentDateSource = "published",
            SourceText = Text,
            Ratings =
            [
                new Rating
                {
                    Grade = Grade.Good, PreviousGrade = Grade.Inadequate, Change = RatingChange.Improved, Subject = "Ashcombe",
                    Text = Slice(raised), Start = raised.Start, End = raised.End,
                },
                new Rating { Grade = Grade.Good, Text = "good", Start = Find("good").Start, End = Find("good").End },
            ],
            Dates =
            [
                new DateMention { Text = Slice(published), Type = DateType.Date, Value = "2024-06-04", Start = published.Start, End = published.End },
                new DateMention { Text = Slice(march), Type = DateType.Date, Value = "2023-03", Start = march.Start, End = march.End },
            ],
            Percentages =
            [
                new PercentageMention { Text = Slice(twelve), Value = 12, Measure = "vacancy rate", Start = twelve.Start, End = twelve.End },
                new PercentageMention
                {
                    Text = Slice(thirty), Value = 30, Approximate = true, Measure = "care leavers", Scope = "not in work, education or training",
                    Start = thirty.Start, End = thirty.End,
                },
            ],
            Quotes =
            [
                new Quote
                {
                    Text = Slice(quote1), Speaker = "inspectors", SpeakerStart = inspectors.Start, SpeakerEnd = inspectors.End, Cue = "said",
                    Stance = Stance.Praise, Confidence = 0.91, Areas = [ServiceArea.FrontDoor], Start = quote1.Start, End = quote1.End,
                },
                new Quote
                {
                    Text = Slice(quote2), Speaker = "Priya Lathwell", SpeakerRole = "director of children's services", SpeakerStart = speaker.Start,
                    SpeakerEnd = speaker.End, Cue = "said", Stance = Stance.Praise, Confidence = 0.8, Areas = [ServiceArea.Workforce],
                    Start = quote2.Start, End = quote2.End,
                },
                new Quote
                {
                    Text = Slice(quote3), Speaker = "the report", SpeakerStart = report.Start, SpeakerEnd = report.End, Cue = "calls",
                    Stance = Stance.Criticism, Confidence = 0.77, Areas = [ServiceArea.CareLeavers], Start = quote3.Start, End = quote3.End,
                },
            ],
            ServiceAreas =
            [
                Area(ServiceArea.Leadership, SentimentLabel.Positive, 0.6, (ofsted, SentimentLabel.Positive)),
                Area(ServiceArea.HelpAndProtection, SentimentLabel.Positive, 0.9, (frontDoor, SentimentLabel.Positive)),
                Area(ServiceArea.CareLeavers, SentimentLabel.Negative, -0.8, (leavers, SentimentLabel.Negative)),
                Area(ServiceArea.Workforce, SentimentLabel.Mixed, 0.2, (vacancy, SentimentLabel.Positive), (caseloads, SentimentLabel.Neutral)),
                Area(ServiceArea.FrontDoor, SentimentLabel.Positive, 0.9, (frontDoor, SentimentLabel.Positive)),
            ],
        };
    }

    private static string Slice((int Start, int End) span) => Text[span.Start..span.End];

    private static ServiceAreaSentiment Area(ServiceArea area, SentimentLabel sentiment, double score, params (( int Start, int End) Span, SentimentLabel Label)[] evidence) =>
        new()
        {
            Area = area,
            Parent = area.IsTopLevel() ? null : area.Parent(),
            Sentiment = sentiment,
            Score = score,
            Mentions = evidence.Length,
            Evidence = evidence.Select(e => new Evidence { Start = e.Span.Start, End = e.Span.End, Sentiment = e.Label, Confidence = 0.85 }).ToArray(),
        };

    /// <summary>An inspection-style analysis with judgements, for the facts table.</summary>
    public static ReportAnalysis WithInspection(ReportAnalysis analysis)
    {
        var good = Find("good");
        return analysis with
        {
            Kind = DocumentKind.InspectionReport,
            Inspection = new InspectionFacts
            {
                LocalAuthority = "Ashcombe",
                LaCode = "999",
                Framework = "standard",
                Start = new DateOnly(2024, 4, 8),
                End = new DateOnly(2024, 4, 19),
                LeadInspector = "Morwenna Tulk",
                LeadInspectors = ["Morwenna Tulk"],
                Judgements = [new Judgement { Area = JudgementArea.OverallEffectiveness, Grade = Grade.Good, Start = good.Start, End = good.End }],
            },
        };
    }
}
