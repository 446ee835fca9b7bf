using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using ReportMining.Input;

namespace ReportMining.Output;

/// <summary>
/// CSV, RFC 4180: a header row, then for each document a <c>document</c> row (kind, date,
/// inspection facts) followed by one row per extracted item (judgement, rating, date, percentage,
/// quote, service area, evidence), or a single <c>error</c> row for an input that failed. Fields
/// holding a comma, a double quote or a line break are quoted, quotes doubled; rows end with CRLF.
/// The columns are <see cref="Columns"/>, documented in <c>docs/output.md</c>.
/// </summary>
internal sealed class CsvResultWriter : ResultWriter
{
    /// <summary>The columns, in order.</summary>
    public static readonly string[] Columns =
    [
        "document_id", "document_kind", "document_date", "item", "start", "end", "text", "value",
        "type", "modifier", "previous_grade", "change", "area", "parent_area", "subject", "date",
        "negated", "approximate", "measure", "scope", "speaker", "speaker_role", "speaker_start",
        "speaker_end", "cue", "confidence", "score", "mentions", "local_authority", "la_code",
        "framework", "inspection_start", "inspection_end", "lead_inspector", "date_source",
        "error_kind", "error",
    ];

    private static readonly Dictionary<string, int> Index = Columns.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i);
    private static readonly SearchValues<char> NeedsQuotes = SearchValues.Create(",\"\r\n");

    private readonly StreamWriter _out;
    private readonly string?[] _row = new string?[Columns.Length];

    public CsvResultWriter(Stream stream)
    {
        _out = new StreamWriter(stream, Utf8Text.NoBom, bufferSize: 64 * 1024, leaveOpen: true) { NewLine = "\r\n" };
        foreach (var column in Columns) Set(column, column);
        EmitRow();
    }

    private void Set(string column, string? value) => _row[Index[column]] = value;

    private void Set(string column, int? value) => _row[Index[column]] = value?.ToString(CultureInfo.InvariantCulture);

    private void Set(string column, double? value) => _row[Index[column]] = value?.ToString("R", CultureInfo.InvariantCulture);

    private void Set(string column, bool value) => _row[Index[column]] = value ? "true" : "false";

    private void Set<TEnum>(string column, TEnum? value)
        where TEnum : struct, Enum => _row[Index[column]] = value is { } v ? Snake(v) : null;

    private static string Snake<TEnum>(TEnum value)
        where TEnum : struct, Enum => JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private void Begin(string id, string? kind, string? documentDate, string item)
    {
        Array.Clear(_row);
        Set("document_id", id);
        Set("document_kind", kind);
        Set("document_date", documentDate);
        Set("item", item);
    }

    private void Span(int start, int end, string? text)
    {
        Set("start", start);
        Set("end", end);
        Set("text", text);
    }

    private protected override void WriteError(string id, InputError error)
    {
        Begin(id, null, null, "error");
        Set("error_kind", Snake(error.Kind));
        Set("error", error.Message);
        EmitRow();
    }

    private protected override void WriteAnalysis(DocumentResult result, ReportAnalysis a)
    {
        string id = a.Id ?? result.Id;
        string kind = Snake(a.Kind);
        string? date = Date(a.DocumentDate);
        string? text = a.SourceText ?? result.Input.Document?.Text;

        Begin(id, kind, date, "document");
        Set("date_source", a.DocumentDateSource);
        if (a.Inspection is { } inspection)
        {
            Set("local_authority", inspection.LocalAuthority);
            Set("la_code", inspection.LaCode);
            Set("framework", inspection.Framework);
            Set("inspection_start", Date(inspection.Start));
            Set("inspection_end", Date(inspection.End));
            Set("lead_inspector", inspection.LeadInspector);
        }

        EmitRow();

        if (a.Inspection is { } facts)
        {
            foreach (var j in facts.Judgements)
            {
                Begin(id, kind, date, "judgement");
                Span(j.Start, j.End, Slice(text, j.Start, j.End));
                Set("value", Snake(j.Grade));
                Set("area", Snake(j.Area));
                EmitRow();
            }
        }

        foreach (var r in a.Ratings)
        {
            Begin(id, kind, date, "rating");
            Span(r.Start, r.End, r.Text);
            Set("value", Snake(r.Grade));
            Set("previous_grade", r.PreviousGrade);
            Set("change", r.Change);
            Set("area", r.Area);
            Set("subject", r.Subject);
            Set("date", r.Date);
            Set("negated", r.Negated);
            EmitRow();
        }

        foreach (var d in a.Dates)
        {
            Begin(id, kind, date, "date");
            Span(d.Start, d.End, d.Text);
            Set("value", d.Value);
            Set("type", Snake(d.Type));
            Set("modifier", d.Modifier);
            EmitRow();
        }

        foreach (var p in a.Percentages)
        {
            Begin(id, kind, date, "percentage");
            Span(p.Start, p.End, p.Text);
            Set("value", p.Value);
            Set("type", Snake(p.Kind));
            Set("modifier", p.Modifier);
            Set("approximate", p.Approximate);
            Set("measure", p.Measure);
            Set("scope", p.Scope);
            EmitRow();
        }

        foreach (var q in a.Quotes)
        {
            Begin(id, kind, date, "quote");
            Span(q.Start, q.End, q.Text);
            Set("value", Snake(q.Stance));
            Set("area", q.Areas.Count == 0 ? null : string.Join(';', q.Areas.Select(x => Snake(x))));
            Set("speaker", q.Speaker);
            Set("speaker_role", q.SpeakerRole);
            Set("speaker_start", q.SpeakerStart);
            Set("speaker_end", q.SpeakerEnd);
            Set("cue", q.Cue);
            Set("confidence", q.Confidence);
            EmitRow();
        }

        foreach (var s in a.ServiceAreas)
        {
            Begin(id, kind, date, "service_area");
            Set("value", Snake(s.Sentiment));
            Set("area", Snake(s.Area));
            Set("parent_area", s.Parent);
            Set("score", s.Score);
            Set("mentions", s.Mentions);
            EmitRow();
            foreach (var e in s.Evidence)
            {
                Begin(id, kind, date, "evidence");
                Span(e.Start, e.End, Slice(text, e.Start, e.End));
                Set("value", Snake(e.Sentiment));
                Set("area", Snake(s.Area));
                Set("parent_area", s.Parent);
                Set("confidence", e.Confidence);
                EmitRow();
            }
        }
    }

    private static string? Slice(string? text, int start, int end) =>
        text is not null && start >= 0 && end <= text.Length && start <= end ? text[start..end] : null;

    private void EmitRow()
    {
        for (int i = 0; i < _row.Length; i++)
        {
            if (i > 0) _out.Write(',');
            WriteField(_row[i]);
        }

        _out.Write("\r\n");
    }

    private void WriteField(string? value)
    {
        if (string.IsNullOrEmpty(value)) return;
        if (value.AsSpan().IndexOfAny(NeedsQuotes) < 0)
        {
            _out.Write(value);
            return;
        }

        _out.Write('"');
        var rest = value.AsSpan();
        int quote;
        while ((quote = rest.IndexOf('"')) >= 0)
        {
            _out.Write(rest[..(quote + 1)]);
            _out.Write('"');
            rest = rest[(quote + 1)..];
        }

        _out.Write(rest);
        _out.Write('"');
    }

    public override void Flush()
    {
        _out.Flush();
    }

    public override void Complete() => _out.Flush();

    protected override void Dispose(bool disposing)
    {
        if (disposing) _out.Dispose();
    }
}
