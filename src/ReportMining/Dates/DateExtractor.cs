using ReportMining.Text;

namespace ReportMining.Dates;

/// <summary>Finds dates, ranges, durations and sets, normalised to TIMEX3 values.</summary>
internal sealed class DateExtractor
{
    /// <summary>Sets <see cref="AnalysisContext.DocumentDate"/> (when not given) and its source from the text.</summary>
    public void FindDocumentDate(AnalysisContext context)
    {
        if (context.Options.DocumentDate is { } given)
        {
            context.DocumentDate = given;
            context.DocumentDateSource = "given";
            return;
        }

        if (DocumentDateFinder.Find(context.Document, out var found, out var source))
        {
            context.DocumentDate = found;
            context.DocumentDateSource = source;
            return;
        }

        if (context.Inspection is { } inspection && (inspection.End ?? inspection.Start) is { } visit)
        {
            context.DocumentDate = visit;
            context.DocumentDateSource = "inspection";
        }
    }

    /// <summary>The temporal expressions of the document, resolved against <see cref="AnalysisContext.DocumentDate"/>.</summary>
    public IReadOnlyList<DateMention> Extract(AnalysisContext context)
    {
        var found = Find(context.Document, context.DocumentDate);
        if (found.Count == 0) return [];
        var text = context.Document.Text;
        var mentions = new List<DateMention>(found.Count);
        foreach (var t in found)
        {
            if (context.Document.IsFurniture(t.Start)) continue;
            mentions.Add(new DateMention
            {
                Text = text[t.Start..t.End],
                Type = t.Type,
                Value = t.Value,
                Modifier = t.Mod,
                Start = t.Start,
                End = t.End,
            });
        }

        return mentions;
    }

    /// <summary>The temporal expressions of a parsed document (in text order), resolved against <paramref name="documentDate"/>.</summary>
    internal static List<Timex> Find(Document document, DateOnly? documentDate)
    {
        var output = new List<Timex>();
        var context = new TimexContext(documentDate, document);
        TimexScanner.Scan(document.Normalized, context, output);
        return output;
    }

    /// <summary>
    /// The temporal expressions as TimeML annotates them: a range is two dates, everything else
    /// is typed DATE, TIME, DURATION or SET.
    /// </summary>
    internal static List<Timex> FindTimeMl(Document document, DateOnly? documentDate)
    {
        var found = Find(document, documentDate);
        var result = new List<Timex>(found.Count + 4);
        foreach (var t in found)
        {
            if (t.Type == DateType.Range && t.Parts is { } parts)
            {
                result.AddRange(parts);
                continue;
            }

            // TimeML writes a decade with three digits ("199" for the 1990s, where the contract says 199X)
            // and leaves hedges such as "about" out of the extent
            string value = t.Value.Length == 4 && t.Value[3] == 'X' && char.IsAsciiDigit(t.Value[2]) ? t.Value[..3] : t.Value;
            result.Add(t with { Start = t.CoreStart, Value = value });
        }

        return result;
    }
}
