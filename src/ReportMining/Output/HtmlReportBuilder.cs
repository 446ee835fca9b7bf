using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using ReportMining.Sentiment;

namespace ReportMining.Output;

/// <summary>
/// Builds the HTML of the visual report. The text is written in one pass over a sorted list of
/// item boundaries: each stretch between two boundaries is escaped and written once, inside the
/// elements of the items that cover it. Items that cross (a quote running over two sentences)
/// are split into fragments so the elements nest properly; no item is dropped.
/// </summary>
internal static class HtmlReportBuilder
{
    // Layers: the order of nesting when two items start at the same place with the same length
    // (outermost first), and the letter of the item ids (data-i="q3").
    private const byte LayerSentence = 0, LayerQuote = 1, LayerRating = 2, LayerJudgement = 3, LayerSpeaker = 4, LayerDate = 5, LayerPercentage = 6;
    private static readonly string[] LayerClass = ["rm-s", "rm-q", "rm-r", "rm-j", "rm-spk", "rm-d", "rm-p"];
    private static readonly string[] LayerId = ["s", "q", "r", "j", "qs", "d", "p"];

    private static readonly SearchValues<char> Special = SearchValues.Create("<>&\"'\0");

    /// <summary>One highlighted stretch of the text.</summary>
    private struct Item
    {
        public int Start;
        public int End;
        public byte Layer;
        public int Number;      // index within its kind, for the id
        public string Class;    // extra classes (sentiment, stance)
        public string Tip;      // tooltip text (not yet escaped)
        public string? Link;    // data-q of a quote and its speaker
        public bool Opened;     // a fragment has been written already
    }

    public static void PageStart(StringBuilder sb, string title)
    {
        sb.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"generator\" content=\"ReportMining\">\n<title>");
        Escape(sb, title);
        sb.Append("</title>\n");
        Style(sb);
        sb.Append("</head>\n<body style=\"margin:0;background:#fafafa\">\n<div class=\"rm-page\">\n");
    }

    public static void PageEnd(StringBuilder sb)
    {
        sb.Append("<footer class=\"rm-footer\">Made by ReportMining. Every highlight is the exact span of an extracted item; hover one to see its values.</footer>\n</div>\n");
        Script(sb);
        sb.Append("\n</body>\n</html>\n");
    }

    public static void ErrorSection(StringBuilder sb, string id, string message)
    {
        sb.Append("<section class=\"rm-report rm-error\">\n<h2>");
        Escape(sb, id);
        sb.Append("</h2>\n<p class=\"rm-error-message\">Not analysed: ");
        Escape(sb, message);
        sb.Append("</p>\n</section>\n");
    }

    /// <summary>The section of one document: heading, legend, facts, chart, highlighted text, item tables.</summary>
    public static void Section(StringBuilder sb, string? text, ReportAnalysis a)
    {
        var items = CollectItems(a, text?.Length ?? 0, out var counts);

        sb.Append("<section class=\"rm-report\">\n<h2 class=\"rm-title\">");
        Escape(sb, a.Id ?? "Document");
        sb.Append("</h2>\n<p class=\"rm-summary\">");
        Escape(sb, Words(a.Kind));
        if (a.DocumentDate is { } date)
        {
            sb.Append(" · dated ").Append(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            if (a.DocumentDateSource is { } source)
            {
                sb.Append(" (");
                Escape(sb, source.Replace('_', ' '));
                sb.Append(')');
            }
        }

        sb.Append(" · ").Append(a.Ratings.Count).Append(a.Ratings.Count == 1 ? " rating" : " ratings")
          .Append(" · ").Append(a.Dates.Count).Append(a.Dates.Count == 1 ? " date" : " dates")
          .Append(" · ").Append(a.Percentages.Count).Append(a.Percentages.Count == 1 ? " percentage" : " percentages")
          .Append(" · ").Append(a.Quotes.Count).Append(a.Quotes.Count == 1 ? " quote" : " quotes")
          .Append(" · ").Append(a.ServiceAreas.Count).Append(a.ServiceAreas.Count == 1 ? " service area" : " service areas")
          .Append("</p>\n");

        Legend(sb, counts);
        sb.Append("<div class=\"rm-panels\">\n");
        Facts(sb, a);
        AreaChart(sb, a.ServiceAreas);
        sb.Append("</div>\n");

        if (text is null)
        {
            sb.Append("<p class=\"rm-notext\">The analysed text is not available, so the items cannot be shown in place; see the tables below.</p>\n");
        }
        else
        {
            sb.Append("<div class=\"rm-text\">");
            WriteText(sb, text, items);
            sb.Append("</div>\n");
        }

        ItemTables(sb, a);
        sb.Append("</section>\n");
    }

    // ------------------------------------------------------------------ items

    private static Item[] CollectItems(ReportAnalysis a, int length, out int[] counts)
    {
        counts = new int[LayerClass.Length + 4]; // layers, then sentence sentiments positive..neutral
        var list = new List<Item>(a.Ratings.Count + a.Dates.Count + a.Percentages.Count + 2 * a.Quotes.Count + 64);
        var tip = new StringBuilder(128);

        // sentences: the evidence of every area, one item per distinct sentence, with all its areas
        var sentences = new Dictionary<(int, int), (SentimentLabel Sentiment, double Confidence, List<ServiceArea> Areas)>();
        var order = new List<(int, int)>();
        foreach (var area in a.ServiceAreas)
        {
            foreach (var e in area.Evidence)
            {
                var key = (e.Start, e.End);
                if (sentences.TryGetValue(key, out var found))
                {
                    if (!found.Areas.Contains(area.Area)) found.Areas.Add(area.Area);
                    if (found.Sentiment != e.Sentiment) sentences[key] = (SentimentLabel.Mixed, Math.Min(found.Confidence, e.Confidence), found.Areas);
                }
                else
                {
                    sentences[key] = (e.Sentiment, e.Confidence, [area.Area]);
                    order.Add(key);
                }
            }
        }

        int n = 0;
        foreach (var key in order)
        {
            var s = sentences[key];
            tip.Clear().Append("Sentence: ").Append(Words(s.Sentiment)).Append(" (confidence ").Append(Number(s.Confidence)).Append(")\nAreas: ");
            for (int i = 0; i < s.Areas.Count; i++) tip.Append(i == 0 ? "" : ", ").Append(Words(s.Areas[i]));
            list.Add(NewItem(key.Item1, key.Item2, LayerSentence, n++, SentimentClass(s.Sentiment), tip.ToString(), null, length));
            counts[LayerClass.Length + (int)s.Sentiment]++;
        }

        n = 0;
        foreach (var r in a.Ratings)
        {
            tip.Clear().Append("Rating: ").Append(Words(r.Grade));
            if (r.Negated) tip.Append(" (negated)");
            if (r.PreviousGrade is { } previous) tip.Append("\nPrevious grade: ").Append(Words(previous));
            if (r.Change is { } change) tip.Append("\nChange: ").Append(Words(change));
            if (r.Area is { } area) tip.Append("\nArea: ").Append(Words(area));
            if (r.Subject is { } subject) tip.Append("\nSubject: ").Append(subject);
            if (r.Date is { } when) tip.Append("\nDate: ").Append(when);
            list.Add(NewItem(r.Start, r.End, LayerRating, n++, r.Negated ? " rm-neg-rating" : "", tip.ToString(), null, length));
        }

        n = 0;
        if (a.Inspection is { } inspection)
        {
            foreach (var j in inspection.Judgements)
            {
                tip.Clear().Append("Judgement: ").Append(Words(j.Area)).Append("\nGrade: ").Append(Words(j.Grade));
                list.Add(NewItem(j.Start, j.End, LayerJudgement, n++, "", tip.ToString(), null, length));
            }
        }

        n = 0;
        foreach (var d in a.Dates)
        {
            tip.Clear().Append("Date (").Append(Words(d.Type)).Append("): ").Append(d.Value);
            if (d.Modifier is { } modifier) tip.Append("\nModifier: ").Append(Words(modifier));
            list.Add(NewItem(d.Start, d.End, LayerDate, n++, "", tip.ToString(), null, length));
        }

        n = 0;
        foreach (var p in a.Percentages)
        {
            tip.Clear().Append("Percentage: ").Append(Number(p.Value)).Append('%');
            if (p.Approximate) tip.Append(" (approximate)");
            if (p.Measure is { } measure) tip.Append("\nMeasure: ").Append(measure);
            if (p.Scope is { } scope) tip.Append("\nScope: ").Append(scope);
            list.Add(NewItem(p.Start, p.End, LayerPercentage, n++, "", tip.ToString(), null, length));
        }

        n = 0;
        foreach (var q in a.Quotes)
        {
            string link = (n + 1).ToString(CultureInfo.InvariantCulture);
            tip.Clear().Append("Quote Q").Append(link).Append(": ").Append(Words(q.Stance)).Append(" (confidence ").Append(Number(q.Confidence)).Append(')');
            tip.Append("\nSpeaker: ").Append(q.Speaker ?? "not given");
            if (q.SpeakerRole is { } role) tip.Append(", ").Append(role);
            if (q.Cue is { } cue) tip.Append("\nCue: ").Append(cue);
            if (q.Areas.Count > 0)
            {
                tip.Append("\nAreas: ");
                for (int i = 0; i < q.Areas.Count; i++) tip.Append(i == 0 ? "" : ", ").Append(Words(q.Areas[i]));
            }

            list.Add(NewItem(q.Start, q.End, LayerQuote, n, " rm-" + Words(q.Stance), tip.ToString(), link, length));
            if (q.SpeakerStart is { } ss && q.SpeakerEnd is { } se)
            {
                tip.Clear().Append("Speaker of Q").Append(link).Append(": ").Append(q.Speaker ?? "(unnamed)");
                if (q.SpeakerRole is { } speakerRole) tip.Append("\nRole: ").Append(speakerRole);
                list.Add(NewItem(ss, se, LayerSpeaker, n, "", tip.ToString(), link, length));
            }

            n++;
        }

        var items = list.ToArray();
        foreach (var item in items) counts[item.Layer]++;

        // outer first: earlier start, then longer, then lower layer, then in the analysis's order
        Array.Sort(items, static (x, y) =>
        {
            int c = x.Start.CompareTo(y.Start);
            if (c != 0) return c;
            c = y.End.CompareTo(x.End);
            if (c != 0) return c;
            c = x.Layer.CompareTo(y.Layer);
            return c != 0 ? c : x.Number.CompareTo(y.Number);
        });
        return items;
    }

    private static Item NewItem(int start, int end, byte layer, int number, string cls, string tip, string? link, int length)
    {
        // spans from a well-behaved pipeline are inside the text; clamp anything else rather than drop it
        start = Math.Clamp(start, 0, length);
        end = Math.Clamp(end, start, length);
        return new Item { Start = start, End = end, Layer = layer, Number = number, Class = cls, Tip = tip, Link = link };
    }

    // ------------------------------------------------------------------ the text

    /// <summary>Writes the text with the items' elements, in one pass over the sorted boundaries.</summary>
    private static void WriteText(StringBuilder sb, string text, Item[] items)
    {
        // every place where an item starts or ends, sorted and unique
        var bounds = new int[items.Length * 2 + 1];
        int nb = 0;
        foreach (var item in items)
        {
            bounds[nb++] = item.Start;
            bounds[nb++] = item.End;
        }

        bounds[nb++] = text.Length;
        Array.Sort(bounds, 0, nb);

        var stack = new List<int>(16); // indexes into items of the open elements, outermost first
        int next = 0;                  // next item to open (items are sorted by start)
        int pos = 0;
        for (int b = 0; b < nb; b++)
        {
            int at = bounds[b];
            if (b > 0 && at == bounds[b - 1]) continue;
            Escape(sb, text.AsSpan(pos, at - pos));
            pos = at;

            // close every element that ends here; elements nested inside one of them that go on
            // past this point are closed too and reopened as continuation fragments
            int lowest = -1;
            for (int k = 0; k < stack.Count; k++)
            {
                if (items[stack[k]].End <= at)
                {
                    lowest = k;
                    break;
                }
            }

            if (lowest >= 0)
            {
                for (int k = stack.Count - 1; k >= lowest; k--) sb.Append("</span>");
                int write = lowest;
                for (int k = lowest; k < stack.Count; k++)
                {
                    if (items[stack[k]].End > at)
                    {
                        stack[write++] = stack[k];
                        Open(sb, ref items[stack[k]]);
                    }
                }

                stack.RemoveRange(write, stack.Count - write);
            }

            // open every element that starts here, outermost first
            while (next < items.Length && items[next].Start == at)
            {
                Open(sb, ref items[next]);
                if (items[next].End == at) sb.Append("</span>"); // an empty item: a marker
                else stack.Add(next);
                next++;
            }
        }

        Escape(sb, text.AsSpan(pos));
        for (int k = stack.Count - 1; k >= 0; k--) sb.Append("</span>");
    }

    private static void Open(StringBuilder sb, ref Item item)
    {
        sb.Append("<span class=\"").Append(LayerClass[item.Layer]).Append(item.Class);
        if (!item.Opened) sb.Append(" rm-first");
        if (item.Start == item.End) sb.Append(" rm-empty");
        sb.Append("\" data-i=\"").Append(LayerId[item.Layer]).Append(item.Number).Append('"');
        if (item.Link is { } link) sb.Append(" data-q=\"").Append(link).Append('"');
        sb.Append(" title=\"");
        Escape(sb, item.Tip);
        sb.Append("\">");
        item.Opened = true;
    }

    // ------------------------------------------------------------------ panels

    private static void Legend(StringBuilder sb, int[] counts)
    {
        sb.Append("<div class=\"rm-legend\" aria-label=\"legend\">");
        LegendEntry(sb, "rm-r", "rm-t-r", "Rating", counts[LayerRating]);
        LegendEntry(sb, "rm-j", "rm-t-j", "Judgement", counts[LayerJudgement]);
        LegendEntry(sb, "rm-d", "rm-t-d", "Date", counts[LayerDate]);
        LegendEntry(sb, "rm-p", "rm-t-p", "Percentage", counts[LayerPercentage]);
        LegendEntry(sb, "rm-q", "rm-t-q", "Quote", counts[LayerQuote]);
        LegendEntry(sb, "rm-spk", "rm-t-q", "Speaker", counts[LayerSpeaker], toggle: false);
        sb.Append("<span class=\"rm-legend-group\"><label><input type=\"checkbox\" class=\"rm-t-s\" checked> Sentences:</label> ");
        for (int s = 0; s < 4; s++)
        {
            var label = (SentimentLabel)s;
            sb.Append("<span class=\"rm-key rm-s").Append(SentimentClass(label)).Append("\">").Append(Words(label))
              .Append(" <b>").Append(counts[LayerClass.Length + s]).Append("</b></span> ");
        }

        sb.Append("</span></div>\n");
    }

    private static void LegendEntry(StringBuilder sb, string cls, string toggleClass, string label, int count, bool toggle = true)
    {
        sb.Append("<label class=\"rm-legend-item\">");
        if (toggle) sb.Append("<input type=\"checkbox\" class=\"").Append(toggleClass).Append("\" checked> ");
        sb.Append("<span class=\"rm-key ").Append(cls).Append("\">").Append(label).Append("</span> <b>").Append(count).Append("</b></label> ");
    }

    private static void Facts(StringBuilder sb, ReportAnalysis a)
    {
        sb.Append("<table class=\"rm-facts\"><caption>Facts</caption><tbody>\n");
        Row(sb, "Id", a.Id);
        Row(sb, "Kind", Words(a.Kind));
        Row(sb, "Document date", a.DocumentDate is { } d
            ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + (a.DocumentDateSource is { } src ? " (" + src.Replace('_', ' ') + ")" : "")
            : null);
        if (a.Inspection is { } i)
        {
            Row(sb, "Local authority", i.LocalAuthority is null ? null : i.LocalAuthority + (i.LaCode is { } code ? " (" + code + ")" : ""));
            Row(sb, "Framework", i.Framework?.Replace('_', ' '));
            Row(sb, "On site", (i.Start, i.End) switch
            {
                (null, null) => null,
                ({ } s, { } e) when s != e => s.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " to " + e.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ({ } s, _) => s.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                (_, { } e) => e.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            });
            Row(sb, i.LeadInspectors.Count > 1 ? "Lead inspectors" : "Lead inspector",
                i.LeadInspectors.Count > 1 ? string.Join(", ", i.LeadInspectors) : i.LeadInspector);
            foreach (var j in i.Judgements)
            {
                sb.Append("<tr><th>");
                Escape(sb, Words(j.Area));
                sb.Append("</th><td><span class=\"rm-grade rm-grade-").Append(Words(j.Grade).Replace(' ', '-')).Append("\">");
                Escape(sb, Words(j.Grade));
                sb.Append("</span></td></tr>\n");
            }
        }
        else
        {
            Row(sb, "Inspection", "not an inspection report");
        }

        sb.Append("</tbody></table>\n");
    }

    private static void Row(StringBuilder sb, string name, string? value)
    {
        sb.Append("<tr><th>");
        Escape(sb, name);
        sb.Append("</th><td>");
        if (value is null) sb.Append("<span class=\"rm-none\">none</span>");
        else Escape(sb, value);
        sb.Append("</td></tr>\n");
    }

    /// <summary>Inline SVG: one bar per area from -1 to +1, with the score and mention count.</summary>
    private static void AreaChart(StringBuilder sb, IReadOnlyList<ServiceAreaSentiment> areas)
    {
        sb.Append("<figure class=\"rm-chart\"><figcaption>Sentiment per service area</figcaption>");
        if (areas.Count == 0)
        {
            sb.Append("<p class=\"rm-none\">No sentences about a service area.</p></figure>\n");
            return;
        }

        const int row = 24, top = 22, label = 190, half = 150, mid = label + half + 10, width = mid + half + 150;
        int height = top + row * areas.Count + 8;
        sb.Append("<svg class=\"rm-svg\" role=\"img\" width=\"").Append(width).Append("\" height=\"").Append(height)
          .Append("\" viewBox=\"0 0 ").Append(width).Append(' ').Append(height).Append("\">");
        sb.Append("<title>Score per service area, from -1 (all criticism) to +1 (all praise)</title>");
        // axis
        sb.Append("<line x1=\"").Append(mid).Append("\" y1=\"").Append(top - 6).Append("\" x2=\"").Append(mid).Append("\" y2=\"").Append(height - 4).Append("\" stroke=\"#888\"/>");
        AxisLabel(sb, mid - half, top - 9, "-1");
        AxisLabel(sb, mid, top - 9, "0");
        AxisLabel(sb, mid + half, top - 9, "+1");
        for (int k = 0; k < areas.Count; k++)
        {
            var area = areas[k];
            int y = top + row * k;
            double score = double.IsFinite(area.Score) ? Math.Clamp(area.Score, -1, 1) : 0;
            int w = (int)Math.Round(Math.Abs(score) * half);
            int x = score < 0 ? mid - w : mid;
            bool finer = !area.Area.IsTopLevel();
            sb.Append("<g><title>");
            Escape(sb, Words(area.Area));
            sb.Append(": ").Append(Words(area.Sentiment)).Append(", score ").Append(Number(area.Score)).Append(", ").Append(area.Mentions)
              .Append(area.Mentions == 1 ? " mention" : " mentions").Append("</title>");
            sb.Append("<text x=\"").Append(finer ? 14 : 0).Append("\" y=\"").Append(y + 15).Append("\" class=\"").Append(finer ? "rm-svg-finer" : "rm-svg-area").Append("\">");
            Escape(sb, Words(area.Area));
            sb.Append("</text>");
            sb.Append("<rect x=\"").Append(x).Append("\" y=\"").Append(y + 4).Append("\" width=\"").Append(Math.Max(w, 1)).Append("\" height=\"").Append(row - 8)
              .Append("\" rx=\"2\" class=\"rm-bar").Append(SentimentClass(area.Sentiment)).Append("\"/>");
            sb.Append("<text x=\"").Append(mid + half + 10).Append("\" y=\"").Append(y + 15).Append("\" class=\"rm-svg-value\">")
              .Append(score >= 0 ? "+" : "").Append(Number(score)).Append(" · ").Append(area.Mentions).Append(area.Mentions == 1 ? " mention" : " mentions").Append("</text></g>");
        }

        sb.Append("</svg></figure>\n");
    }

    private static void AxisLabel(StringBuilder sb, int x, int y, string text) =>
        sb.Append("<text x=\"").Append(x).Append("\" y=\"").Append(y).Append("\" text-anchor=\"middle\" class=\"rm-svg-axis\">").Append(text).Append("</text>");

    private static void ItemTables(StringBuilder sb, ReportAnalysis a)
    {
        int total = a.Ratings.Count + a.Dates.Count + a.Percentages.Count + a.Quotes.Count;
        sb.Append("<details class=\"rm-items\"><summary>All items as tables (").Append(total).Append(")</summary>\n");
        if (a.Ratings.Count > 0)
        {
            sb.Append("<table><caption>Ratings</caption><thead><tr><th>text</th><th>grade</th><th>previous</th><th>change</th><th>area</th><th>subject</th><th>date</th><th>span</th></tr></thead><tbody>\n");
            foreach (var r in a.Ratings)
                Cells(sb, r.Text, Words(r.Grade) + (r.Negated ? " (negated)" : ""), r.PreviousGrade is { } p ? Words(p) : null, r.Change is { } c ? Words(c) : null,
                    r.Area is { } ar ? Words(ar) : null, r.Subject, r.Date, Span(r.Start, r.End));
            sb.Append("</tbody></table>\n");
        }

        if (a.Dates.Count > 0)
        {
            sb.Append("<table><caption>Dates</caption><thead><tr><th>text</th><th>type</th><th>value</th><th>modifier</th><th>span</th></tr></thead><tbody>\n");
            foreach (var d in a.Dates) Cells(sb, d.Text, Words(d.Type), d.Value, d.Modifier is { } m ? Words(m) : null, Span(d.Start, d.End));
            sb.Append("</tbody></table>\n");
        }

        if (a.Percentages.Count > 0)
        {
            sb.Append("<table><caption>Percentages</caption><thead><tr><th>text</th><th>value</th><th>measure</th><th>scope</th><th>span</th></tr></thead><tbody>\n");
            foreach (var p in a.Percentages) Cells(sb, p.Text, Number(p.Value) + (p.Approximate ? " (approx.)" : ""), p.Measure, p.Scope, Span(p.Start, p.End));
            sb.Append("</tbody></table>\n");
        }

        if (a.Quotes.Count > 0)
        {
            sb.Append("<table><caption>Quotes</caption><thead><tr><th>#</th><th>text</th><th>speaker</th><th>role</th><th>stance</th><th>confidence</th><th>areas</th><th>span</th></tr></thead><tbody>\n");
            int n = 1;
            foreach (var q in a.Quotes)
                Cells(sb, "Q" + (n++).ToString(CultureInfo.InvariantCulture), q.Text, q.Speaker, q.SpeakerRole, Words(q.Stance), Number(q.Confidence),
                    q.Areas.Count == 0 ? null : string.Join(", ", q.Areas.Select(Words)), Span(q.Start, q.End));
            sb.Append("</tbody></table>\n");
        }

        if (total == 0) sb.Append("<p class=\"rm-none\">No items.</p>\n");
        sb.Append("</details>\n");
    }

    private static string Span(int start, int end) =>
        start.ToString(CultureInfo.InvariantCulture) + "–" + end.ToString(CultureInfo.InvariantCulture);

    private static void Cells(StringBuilder sb, params ReadOnlySpan<string?> values)
    {
        sb.Append("<tr>");
        foreach (var v in values)
        {
            sb.Append("<td>");
            if (v is null) sb.Append("<span class=\"rm-none\">–</span>");
            else Escape(sb, v);
            sb.Append("</td>");
        }

        sb.Append("</tr>\n");
    }

    // ------------------------------------------------------------------ helpers

    /// <summary>Appends <paramref name="s"/> HTML-escaped (text and attribute values alike); NUL becomes U+FFFD.</summary>
    internal static void Escape(StringBuilder sb, ReadOnlySpan<char> s)
    {
        while (true)
        {
            int i = s.IndexOfAny(Special);
            if (i < 0)
            {
                sb.Append(s);
                return;
            }

            sb.Append(s[..i]);
            sb.Append(s[i] switch
            {
                '<' => "&lt;",
                '>' => "&gt;",
                '&' => "&amp;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => "\uFFFD",
            });
            s = s[(i + 1)..];
        }
    }

    private static string SentimentClass(SentimentLabel s) => s switch
    {
        SentimentLabel.Positive => " rm-pos",
        SentimentLabel.Negative => " rm-neg",
        SentimentLabel.Mixed => " rm-mix",
        _ => " rm-neu",
    };

    private static string Number(double value) =>
        double.IsFinite(value) ? value.ToString("0.##", CultureInfo.InvariantCulture) : "n/a";

    /// <summary>An enumeration value as words ("requires improvement"), cached per value.</summary>
    internal static string Words<TEnum>(TEnum value)
        where TEnum : struct, Enum => EnumWords<TEnum>.Get(value);

    private static class EnumWords<TEnum>
        where TEnum : struct, Enum
    {
        private static readonly Dictionary<TEnum, string> Names = Enum.GetValues<TEnum>()
            .ToDictionary(v => v, v => JsonNamingPolicy.SnakeCaseLower.ConvertName(v.ToString()).Replace('_', ' '));

        public static string Get(TEnum value) =>
            Names.TryGetValue(value, out var name) ? name : JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString()).Replace('_', ' ');
    }

    // ------------------------------------------------------------------ style and script

    public static void Style(StringBuilder sb) => sb.Append(Css);

    public static void Script(StringBuilder sb) => sb.Append(Js);

    private const string Css = """
<style>
.rm-page{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#1f2328;max-width:1200px;margin:0 auto;padding:16px}
.rm-report{background:#fff;border:1px solid #d0d7de;border-radius:8px;padding:16px 20px;margin:0 0 20px}
.rm-report h2.rm-title{font-size:1.25em;margin:0 0 4px;word-break:break-all}
.rm-report .rm-summary{margin:0 0 10px;color:#57606a}
.rm-report .rm-legend{display:flex;flex-wrap:wrap;gap:6px 14px;align-items:center;padding:8px 10px;background:#f6f8fa;border-radius:6px;margin:0 0 12px;font-size:.9em}
.rm-report .rm-legend label{cursor:pointer;white-space:nowrap}
.rm-report .rm-key{padding:0 4px;border-radius:3px}
.rm-report .rm-panels{display:flex;flex-wrap:wrap;gap:16px;align-items:flex-start;margin:0 0 12px}
.rm-report table{border-collapse:collapse;font-size:.9em}
.rm-report caption{text-align:left;font-weight:600;padding:0 0 4px}
.rm-report th,.rm-report td{border:1px solid #d0d7de;padding:3px 8px;text-align:left;vertical-align:top}
.rm-report .rm-facts th{background:#f6f8fa;font-weight:500;white-space:nowrap}
.rm-report .rm-none{color:#8c959f;font-style:italic}
.rm-report .rm-grade{font-weight:600;padding:0 6px;border-radius:10px}
.rm-report .rm-grade-outstanding,.rm-report .rm-grade-excellent,.rm-report .rm-grade-performs-excellently{background:#d1f0d8;color:#0a5b20}
.rm-report .rm-grade-good,.rm-report .rm-grade-performs-well{background:#e3f4e8;color:#1a7f37}
.rm-report .rm-grade-requires-improvement,.rm-report .rm-grade-adequate,.rm-report .rm-grade-performs-adequately{background:#fff1c2;color:#7d5700}
.rm-report .rm-grade-inadequate,.rm-report .rm-grade-performs-poorly{background:#ffdcd7;color:#a40e26}
.rm-report figure.rm-chart{margin:0}
.rm-report figcaption{font-weight:600;font-size:.9em;padding:0 0 4px}
.rm-report .rm-svg text{font:12px system-ui,Arial,sans-serif;fill:#1f2328}
.rm-report .rm-svg .rm-svg-finer{fill:#57606a}
.rm-report .rm-svg .rm-svg-axis,.rm-report .rm-svg .rm-svg-value{fill:#57606a}
.rm-report .rm-bar.rm-pos{fill:#2da44e}.rm-report .rm-bar.rm-neg{fill:#cf222e}.rm-report .rm-bar.rm-mix{fill:#d4a72c}.rm-report .rm-bar.rm-neu{fill:#8c959f}
.rm-report .rm-text{white-space:pre-wrap;overflow-wrap:anywhere;font:15px/1.75 Georgia,"Times New Roman",serif;border-top:1px solid #d0d7de;padding:12px 2px 0}
.rm-report .rm-text span{box-decoration-break:clone;-webkit-box-decoration-break:clone}
.rm-report .rm-s.rm-pos{background:#dafbe1}.rm-report .rm-s.rm-neg{background:#ffebe9}.rm-report .rm-s.rm-mix{background:#fff8c5}.rm-report .rm-s.rm-neu{background:#eef1f4}
.rm-report .rm-q{color:#5a32a3;border-bottom:2px dashed #8250df}
.rm-report .rm-q.rm-first::before{content:"Q" attr(data-q);font:600 10px system-ui,Arial,sans-serif;color:#fff;background:#8250df;border-radius:6px;padding:0 4px;margin-right:2px;vertical-align:super}
.rm-report .rm-q.rm-praise.rm-first::before{background:#1a7f37}.rm-report .rm-q.rm-criticism.rm-first::before{background:#cf222e}.rm-report .rm-q.rm-mixed.rm-first::before{background:#9a6700}
.rm-report .rm-spk{font-weight:700;color:#5a32a3;background:#f5f0ff;border-radius:3px}
.rm-report .rm-spk.rm-first::after{content:"\2192 Q" attr(data-q);font:600 10px system-ui,Arial,sans-serif;color:#8250df;vertical-align:super;margin-left:2px}
.rm-report .rm-r{border:2px solid #bf3989;border-radius:4px;background:#ffeff7}
.rm-report .rm-r.rm-neg-rating{border-style:dotted}
.rm-report .rm-j{border:2px solid #0550ae;border-radius:4px;font-weight:600}
.rm-report .rm-d{background:#ddf4ff;border-bottom:2px solid #0969da}
.rm-report .rm-p{background:#fff1e5;border-bottom:2px solid #bc4c00;font-weight:600}
.rm-report .rm-empty{border-left:2px solid #cf222e;margin:0 1px}
.rm-report .rm-hl{outline:2px solid #8250df;outline-offset:1px}
.rm-report:has(.rm-t-r:not(:checked)) .rm-r,.rm-report:has(.rm-t-j:not(:checked)) .rm-j,
.rm-report:has(.rm-t-d:not(:checked)) .rm-d,.rm-report:has(.rm-t-p:not(:checked)) .rm-p,
.rm-report:has(.rm-t-s:not(:checked)) .rm-s,.rm-report:has(.rm-t-q:not(:checked)) .rm-q,.rm-report:has(.rm-t-q:not(:checked)) .rm-spk{background:none;border:none;color:inherit;font-weight:inherit}
.rm-report:has(.rm-t-q:not(:checked)) .rm-first::before,.rm-report:has(.rm-t-q:not(:checked)) .rm-first::after{content:none}
.rm-report .rm-items{margin-top:14px}.rm-report .rm-items summary{cursor:pointer;font-weight:600}.rm-report .rm-items table{margin:8px 0}
.rm-report.rm-error{border-color:#cf222e}.rm-report .rm-error-message{color:#a40e26}
.rm-page .rm-footer{color:#8c959f;font-size:.8em;margin:8px 0}
.rm-tip{position:fixed;z-index:1000;max-width:420px;background:#1f2328;color:#fff;font:13px/1.4 system-ui,Arial,sans-serif;padding:6px 9px;border-radius:6px;white-space:pre-line;pointer-events:none;box-shadow:0 4px 12px rgba(0,0,0,.25)}
.rm-tip hr{border:0;border-top:1px solid #57606a;margin:4px 0}
</style>

""";

    // Tooltips that show every item under the pointer (the innermost first), and the link between a
    // quote and its speaker. Without JavaScript the title attributes give the browser's own tooltips.
    private const string Js = """
<script>
(function () {
  if (window.__reportMiningInit) { window.__reportMiningInit(); return; }
  var tip = null;
  function init() {
    var roots = document.querySelectorAll(".rm-report:not([data-rm-ready])");
    for (var r = 0; r < roots.length; r++) {
      var root = roots[r];
      root.setAttribute("data-rm-ready", "1");
      var spans = root.querySelectorAll(".rm-text span[title]");
      for (var i = 0; i < spans.length; i++) { spans[i].setAttribute("data-tip", spans[i].getAttribute("title")); spans[i].removeAttribute("title"); }
      root.addEventListener("mouseover", over);
      root.addEventListener("mouseout", out);
      root.addEventListener("mousemove", move);
    }
  }
  function over(e) {
    var el = e.target, lines = [], root = e.currentTarget;
    if (!el.closest || !el.closest(".rm-text")) return;
    for (var n = el; n && n !== root; n = n.parentElement) { if (n.hasAttribute && n.hasAttribute("data-tip")) lines.push(n.getAttribute("data-tip")); }
    if (!lines.length) return;
    if (!tip) { tip = document.createElement("div"); tip.className = "rm-tip"; document.body.appendChild(tip); }
    tip.textContent = "";
    for (var k = 0; k < lines.length; k++) { if (k) tip.appendChild(document.createElement("hr")); tip.appendChild(document.createTextNode(lines[k])); }
    tip.style.display = "block";
    var q = el.closest("[data-q]");
    if (q) { var linked = root.querySelectorAll('[data-q="' + q.getAttribute("data-q") + '"]'); for (var j = 0; j < linked.length; j++) linked[j].classList.add("rm-hl"); }
    move(e);
  }
  function out(e) {
    if (tip) tip.style.display = "none";
    var lit = e.currentTarget.querySelectorAll(".rm-hl");
    for (var j = 0; j < lit.length; j++) lit[j].classList.remove("rm-hl");
  }
  function move(e) {
    if (!tip || tip.style.display === "none") return;
    var x = e.clientX + 14, y = e.clientY + 16, w = tip.offsetWidth, h = tip.offsetHeight;
    if (x + w > window.innerWidth - 4) x = Math.max(4, window.innerWidth - w - 4);
    if (y + h > window.innerHeight - 4) y = Math.max(4, e.clientY - h - 10);
    tip.style.left = x + "px"; tip.style.top = y + "px";
  }
  window.__reportMiningInit = init;
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init); else init();
})();
</script>
""";
}
