using ReportMining.Sentiment;
using ReportMining.Text;

namespace ReportMining.Quotes;

/// <summary>
/// A quote's stance towards the service and the areas it is about.
/// </summary>
/// <remarks>
/// <para>
/// The answer comes from the sentence models (<see cref="ISentenceClassifier"/>): a quote of five
/// words or more is classified by its own words; a short fragment ("improved dramatically") by its
/// whole reporting sentence, since a fragment means what the sentence makes it mean. Praise in a
/// partial quote that the words before it say is still missing ("more development is needed to
/// offer a “consistently strong service”") is read as criticism. Sentiment maps to stance (positive → praise, negative → criticism, mixed → mixed,
/// neutral → neutral) with the model's confidence; the model's area, second area and finer area
/// give <see cref="Quote.Areas"/>.
/// </para>
/// <para>
/// A quote the models read as neutral takes its reporting sentence's judgement when the models
/// read that sentence as positive, negative or mixed with a confidence of 0.6 or more.
/// </para>
/// <para>
/// The reporting verb is evidence on top: a verb that praises ("praised", "hailed") or criticises
/// ("warned", "admitted") turns a neutral reading its way; a promise ("vowed to further improve")
/// is about the future and is never read as praise.
/// </para>
/// <para>
/// Interim, until the sentence models land: a model that has not been trained answers every
/// sentence neutral and general with zero confidence. When it does, the stance is read with a
/// small lexicon of praise and criticism phrases from inspection writing (with "not", "no" and
/// "need to" read as turning praise into criticism) and the areas with a short list of area
/// words; the confidence is then a heuristic (0.5 to 0.8), not a probability. Once the models
/// answer with a confidence, their answer is used and the lexicon is not consulted.
/// </para>
/// </remarks>
internal static class StanceReader
{
    /// <summary>Reads the stance and areas of a quote.</summary>
    /// <param name="classifier">The sentence models.</param>
    /// <param name="text">The normalised text.</param>
    /// <param name="quote">The quoted words.</param>
    /// <param name="sentence">The reporting sentence(s) holding the quote.</param>
    /// <param name="fragment">True when the quote is a short fragment ("improved dramatically") that means what its sentence makes it mean.</param>
    /// <param name="lean">What the reporting verbs of the sentence lend the quote.</param>
    public static (Stance Stance, double Confidence, IReadOnlyList<ServiceArea> Areas) Read(
        ISentenceClassifier classifier, ReadOnlySpan<char> text, TextSpan quote, TextSpan sentence, bool fragment, CueLean lean)
    {
        var span = fragment ? ClauseAround(text, sentence, quote) : quote;
        var words = text[span.Start..span.End];
        var label = classifier.Classify(words);
        bool modelAnswered = label.SentimentConfidence > 0f || label.AreaConfidence > 0f;
        Stance stance;
        double confidence;
        IReadOnlyList<ServiceArea> areas;
        if (modelAnswered)
        {
            stance = StanceOf(label.Sentiment);
            confidence = label.SentimentConfidence;
            areas = AreasOf(label);
            if (stance == Stance.Neutral && !fragment && (sentence.Start < quote.Start || sentence.End > quote.End))
            {
                // a quote the models read as neutral takes the judgement of its reporting sentence
                // ("the director said morale had improved and added that “Northmoor is a good place to work now”")
                var context = classifier.Classify(text[sentence.Start..sentence.End]);
                if (context.Sentiment != SentimentLabel.Neutral && context.SentimentConfidence >= 0.6f)
                {
                    stance = StanceOf(context.Sentiment);
                    confidence = context.SentimentConfidence;
                    if (areas.Count == 0) areas = AreasOf(context);
                }
            }
        }
        else
        {
            (stance, confidence) = InterimLexicon.Stance(words);
            areas = InterimLexicon.Areas(text[quote.Start..quote.End]);
        }

        // "more work is needed to offer a “consistently strong service”": the words
        // before a partial quote say the praise it holds is still missing
        if (!fragment && stance == Stance.Praise && quote.Start > sentence.Start
            && InterimLexicon.HasShortfall(text[sentence.Start..quote.Start]))
        {
            stance = Stance.Criticism;
        }

        switch (lean)
        {
            case CueLean.Praise when stance == Stance.Neutral:
                stance = Stance.Praise;
                confidence = Math.Max(confidence, 0.6);
                break;
            case CueLean.Criticism when stance == Stance.Neutral:
                stance = Stance.Criticism;
                confidence = Math.Max(confidence, 0.6);
                break;
            case CueLean.Criticism when stance == Stance.Praise:
                stance = Stance.Mixed;
                break;
            case CueLean.Resolve when stance == Stance.Praise:
                // a promise to improve is not praise of the service as it is
                stance = Stance.Neutral;
                break;
        }

        return (stance, Math.Round(confidence, 3), areas);
    }

    /// <summary>
    /// The clause of <paramref name="sentence"/> that holds <paramref name="quote"/>: a fragment is read
    /// with its own clause, not with a contrast joined to it ("is now “timely”, although too many
    /// assessments are late").
    /// </summary>
    private static TextSpan ClauseAround(ReadOnlySpan<char> text, TextSpan sentence, TextSpan quote)
    {
        int start = sentence.Start, end = sentence.End;
        var before = text[sentence.Start..quote.Start];
        int cut = LastContrast(before);
        if (cut >= 0) start = sentence.Start + cut;
        var after = text[quote.End..sentence.End];
        int next = FirstContrast(after);
        if (next >= 0) end = quote.End + next;
        return new TextSpan(start, Math.Max(end, quote.End));
    }

    private static readonly string[] Contrasts = [";", ", but ", ", although ", ", though ", ", while ", ", whereas ", ", however", ", yet "];

    private static int FirstContrast(ReadOnlySpan<char> s)
    {
        int best = -1;
        foreach (var c in Contrasts)
        {
            int i = s.IndexOf(c, StringComparison.OrdinalIgnoreCase);
            if (i >= 0 && (best < 0 || i < best)) best = i;
        }

        return best;
    }

    private static int LastContrast(ReadOnlySpan<char> s)
    {
        int best = -1;
        foreach (var c in Contrasts)
        {
            int i = s.LastIndexOf(c, StringComparison.OrdinalIgnoreCase);
            if (i >= 0 && i + c.Length > best) best = i + c.Length;
        }

        return best;
    }

    private static Stance StanceOf(SentimentLabel sentiment) => sentiment switch
    {
        SentimentLabel.Positive => Stance.Praise,
        SentimentLabel.Negative => Stance.Criticism,
        SentimentLabel.Mixed => Stance.Mixed,
        _ => Stance.Neutral,
    };

    private static IReadOnlyList<ServiceArea> AreasOf(SentenceLabel label)
    {
        var list = new List<ServiceArea>(3);
        if (label.Area != ServiceArea.General) list.Add(label.Area);
        if (label.SecondArea is { } second && second != ServiceArea.General && !list.Contains(second)) list.Add(second);
        if (label.FineArea is { } fine && !list.Contains(fine))
        {
            if (!list.Contains(fine.Parent())) list.Add(fine.Parent());
            list.Add(fine);
        }

        return list;
    }
}
