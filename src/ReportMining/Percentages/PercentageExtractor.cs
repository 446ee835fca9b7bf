using System.Buffers;
using System.Text;
using ReportMining.Text;

namespace ReportMining.Percentages;

/// <summary>
/// Finds percentages and proportions with what they measure: "40%", "44 per cent",
/// "forty-four percent", "40pc", "20-30%" (two figures), "rose by five percentage points",
/// "nearly half", "two thirds", "one in five", "nine out of ten".
/// </summary>
/// <remarks>
/// <para>One pass: the normalised text is searched for rare triggers ("%", "per cent",
/// "percent", fraction words, "one in", "out of") with a <see cref="SearchValues{T}"/>; only a
/// sentence holding a trigger is tokenized and read, locally, with closed word lists.</para>
/// <para>Decisions: a hedge before the figure is part of its text and sets
/// <see cref="PercentageMention.Approximate"/>; "20-30%" gives a mention for "20" and one for
/// "30%", both with the measure; percentage points are kind
/// <see cref="PercentageKind.PercentagePoints"/>, the value being the points and the measure
/// the rate that moved; "the majority", "most" and "all" are not figures; "100 per cent
/// committed" (and similar manner-of-speaking uses of "100 per cent") is not a percentage;
/// "the first half of the year", "half-term", "a quarter of an hour", "third-quarter results",
/// "a third party", "one and a half" and "one in 2015" are not proportions.</para>
/// </remarks>
internal sealed class PercentageExtractor
{
    private static readonly SearchValues<string> Triggers = SearchValues.Create(
        [
            "%", "％", "per cent", "percent", "per-cent", "pc", "pct", "half", "third", "quarter", "fifth", "sixth",
            "seventh", "eighth", "ninth", "tenth", "one in", "two in", "three in", "four in", "five in", "six in",
            "seven in", "eight in", "nine in", "ten in", "1 in", "2 in", "3 in", "4 in", "5 in", "6 in", "7 in", "8 in",
            "9 in", "out of",
        ],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>Called with the measure rule of each mention, in order (for tuning; null in normal use).</summary>
    internal static Action<string>? Trace { get; set; }

    /// <summary>Longest sentence read, in tokens: a longer one (binary, a table) is read in windows.</summary>
    private const int MaxTokens = 4096;

    /// <summary>The percentages of the document.</summary>
    public IReadOnlyList<PercentageMention> Extract(AnalysisContext context) => Extract(context.Document);

    /// <summary>The percentages of <paramref name="document"/>, in text order.</summary>
    public static List<PercentageMention> Extract(Document document)
    {
        var results = new List<PercentageMention>();
        var text = document.Normalized;
        var sentences = document.SentenceSpan;
        var figures = new List<Figure>();
        Token[]? tokens = null;
        int pos = 0;
        int lastSentence = -1;
        int carryStart = -1, carryEnd = -1, carrySentence = -2, carryParagraph = -1;
        try
        {
            while (pos < text.Length)
            {
                int hit = text[pos..].IndexOfAny(Triggers);
                if (hit < 0) break;
                hit += pos;
                int s = document.SentenceAt(hit);
                if (s < 0 || s <= lastSentence)
                {
                    pos = hit + 1;
                    continue;
                }

                lastSentence = s;
                var sentence = sentences[s];
                pos = sentence.End;
                tokens ??= ArrayPool<Token>.Shared.Rent(256);

                // read the sentence in windows of at most MaxTokens tokens
                int n = 0;
                foreach (var token in Tokenizer.Tokenize(text[sentence.Start..sentence.End], sentence.Start))
                {
                    if (n == tokens.Length)
                    {
                        if (n >= MaxTokens)
                        {
                            ReadSentence(document, text, tokens.AsSpan(0, n), figures, results, s, sentence.Paragraph, ref carryStart, ref carryEnd, ref carrySentence, ref carryParagraph);
                            n = 0;
                        }
                        else
                        {
                            var bigger = ArrayPool<Token>.Shared.Rent(tokens.Length * 2);
                            tokens.AsSpan(0, n).CopyTo(bigger);
                            ArrayPool<Token>.Shared.Return(tokens);
                            tokens = bigger;
                        }
                    }

                    tokens[n++] = token;
                }

                ReadSentence(document, text, tokens.AsSpan(0, n), figures, results, s, sentence.Paragraph, ref carryStart, ref carryEnd, ref carrySentence, ref carryParagraph);
            }
        }
        finally
        {
            if (tokens is not null) ArrayPool<Token>.Shared.Return(tokens);
        }

        return results;
    }

    private static void ReadSentence(
        Document document,
        ReadOnlySpan<char> text,
        ReadOnlySpan<Token> tokens,
        List<Figure> figures,
        List<PercentageMention> results,
        int sentence,
        int paragraph,
        ref int carryStart,
        ref int carryEnd,
        ref int carrySentence,
        ref int carryParagraph)
    {
        var words = new Words(text, tokens);
        figures.Clear();
        new FigureFinder(words).Find(figures);
        if (figures.Count == 0) return;

        bool carryOk = sentence - carrySentence <= 3 && carryParagraph == paragraph;
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(figures);
        new MeasureFinder(words, document, carryOk ? carryStart : -1, carryEnd).Resolve(span);

        foreach (ref var f in span)
        {
            Trace?.Invoke(f.Rule ?? "-");
            int start = words.Start(f.First);
            int end = words.End(f.Last - 1);
            results.Add(new PercentageMention
            {
                Text = document.Text[start..end],
                Value = f.Value,
                Approximate = f.Modifier is not null,
                Modifier = f.Modifier,
                Kind = f.Kind,
                Measure = f.HasMeasure ? Clean(text[f.MeasureStart..f.MeasureEnd]) : null,
                Scope = f.ScopeStart >= 0 ? Clean(text[f.ScopeStart..f.ScopeEnd]) : null,
                Start = start,
                End = end,
                MeasureStart = f.HasMeasure ? f.MeasureStart : null,
                MeasureEnd = f.HasMeasure ? f.MeasureEnd : null,
                ScopeStart = f.ScopeStart >= 0 ? f.ScopeStart : null,
                ScopeEnd = f.ScopeStart >= 0 ? f.ScopeEnd : null,
            });
        }

        var last = span[^1];
        if (last.HasMeasure)
        {
            carryStart = last.MeasureStart;
            carryEnd = last.MeasureEnd;
            carrySentence = sentence;
            carryParagraph = paragraph;
        }
    }

    /// <summary>The words of a span as one line: whitespace runs become one space, soft hyphens go.</summary>
    internal static string Clean(ReadOnlySpan<char> span)
    {
        var builder = new StringBuilder(span.Length);
        bool space = false;
        foreach (char c in span)
        {
            if (c == '\u00AD') continue;
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space) builder.Append(' ');
            space = false;
            builder.Append(c);
        }

        return builder.ToString();
    }
}
