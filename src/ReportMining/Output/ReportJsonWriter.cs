using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using ReportMining.Dates;
using ReportMining.Inspections;
using ReportMining.Percentages;
using ReportMining.Quotes;
using ReportMining.Ratings;
using ReportMining.Sentiment;

namespace ReportMining.Output;

/// <summary>
/// Writes a <see cref="ReportAnalysis"/> as the JSON of DESIGN.md, byte for byte what
/// <see cref="ReportJsonContext"/> writes, straight to a <see cref="Utf8JsonWriter"/>.
/// </summary>
/// <remarks>
/// The source-generated serializer writes every enumeration value (each evidence sentence's
/// sentiment, each judgement's grade) through a root-level <c>JsonSerializer.Serialize</c>
/// call, which costs more than the rest of the record; on a corpus run that made writing the
/// output as slow as analysing it. Here each enumeration name is encoded once. The generated
/// context stays the reference (tests compare the two on real analyses) and reads JSON back.
/// </remarks>
internal static class ReportJsonWriter
{
    private static readonly JsonEncodedText Id = JsonEncodedText.Encode("id"), Kind = JsonEncodedText.Encode("kind"),
        DocumentDate = JsonEncodedText.Encode("documentDate"), DocumentDateSource = JsonEncodedText.Encode("documentDateSource"),
        Inspection = JsonEncodedText.Encode("inspection"), Ratings = JsonEncodedText.Encode("ratings"), Dates = JsonEncodedText.Encode("dates"),
        Percentages = JsonEncodedText.Encode("percentages"), Quotes = JsonEncodedText.Encode("quotes"), ServiceAreas = JsonEncodedText.Encode("serviceAreas"),
        LocalAuthority = JsonEncodedText.Encode("localAuthority"), LaCode = JsonEncodedText.Encode("laCode"), Framework = JsonEncodedText.Encode("framework"),
        Start = JsonEncodedText.Encode("start"), End = JsonEncodedText.Encode("end"), LeadInspector = JsonEncodedText.Encode("leadInspector"),
        LeadInspectors = JsonEncodedText.Encode("leadInspectors"), Judgements = JsonEncodedText.Encode("judgements"), Area = JsonEncodedText.Encode("area"),
        Grade = JsonEncodedText.Encode("grade"), PreviousGrade = JsonEncodedText.Encode("previousGrade"), Change = JsonEncodedText.Encode("change"),
        Subject = JsonEncodedText.Encode("subject"), Date = JsonEncodedText.Encode("date"), Negated = JsonEncodedText.Encode("negated"),
        Text = JsonEncodedText.Encode("text"), Type = JsonEncodedText.Encode("type"), Value = JsonEncodedText.Encode("value"),
        Modifier = JsonEncodedText.Encode("modifier"), Approximate = JsonEncodedText.Encode("approximate"), Measure = JsonEncodedText.Encode("measure"),
        Scope = JsonEncodedText.Encode("scope"), MeasureStart = JsonEncodedText.Encode("measureStart"), MeasureEnd = JsonEncodedText.Encode("measureEnd"),
        ScopeStart = JsonEncodedText.Encode("scopeStart"), ScopeEnd = JsonEncodedText.Encode("scopeEnd"), Speaker = JsonEncodedText.Encode("speaker"),
        SpeakerRole = JsonEncodedText.Encode("speakerRole"), SpeakerStart = JsonEncodedText.Encode("speakerStart"), SpeakerEnd = JsonEncodedText.Encode("speakerEnd"),
        Cue = JsonEncodedText.Encode("cue"), CueStart = JsonEncodedText.Encode("cueStart"), CueEnd = JsonEncodedText.Encode("cueEnd"),
        SpeakerMentionStart = JsonEncodedText.Encode("speakerMentionStart"), SpeakerMentionEnd = JsonEncodedText.Encode("speakerMentionEnd"),
        SpeakerRoleStart = JsonEncodedText.Encode("speakerRoleStart"), SpeakerRoleEnd = JsonEncodedText.Encode("speakerRoleEnd"),
        Stance = JsonEncodedText.Encode("stance"), Confidence = JsonEncodedText.Encode("confidence"), Areas = JsonEncodedText.Encode("areas"),
        Segments = JsonEncodedText.Encode("segments"), Parent = JsonEncodedText.Encode("parent"), Sentiment = JsonEncodedText.Encode("sentiment"),
        Score = JsonEncodedText.Encode("score"), Mentions = JsonEncodedText.Encode("mentions"), Evidence = JsonEncodedText.Encode("evidence");

    /// <summary>Writes <paramref name="analysis"/> (null writes <c>null</c>).</summary>
    public static void Write(Utf8JsonWriter writer, ReportAnalysis? analysis)
    {
        if (analysis is null)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartObject();
        writer.WriteString(Id, analysis.Id);
        writer.WritePropertyName(Kind);
        EnumValue(writer, analysis.Kind);
        writer.WritePropertyName(DocumentDate);
        DateValue(writer, analysis.DocumentDate);
        writer.WriteString(DocumentDateSource, analysis.DocumentDateSource);
        writer.WritePropertyName(Inspection);
        Write(writer, analysis.Inspection);

        writer.WritePropertyName(Ratings);
        if (analysis.Ratings is null) writer.WriteNullValue();
        else
        {
            writer.WriteStartArray();
            foreach (var r in analysis.Ratings) Write(writer, r);
            writer.WriteEndArray();
        }

        writer.WritePropertyName(Dates);
        if (analysis.Dates is null) writer.WriteNullValue();
        else
        {
            writer.WriteStartArray();
            foreach (var d in analysis.Dates) Write(writer, d);
            writer.WriteEndArray();
        }

        writer.WritePropertyName(Percentages);
        if (analysis.Percentages is null) writer.WriteNullValue();
        else
        {
            writer.WriteStartArray();
            foreach (var p in analysis.Percentages) Write(writer, p);
            writer.WriteEndArray();
        }

        writer.WritePropertyName(Quotes);
        if (analysis.Quotes is null) writer.WriteNullValue();
        else
        {
            writer.WriteStartArray();
            foreach (var q in analysis.Quotes) Write(writer, q);
            writer.WriteEndArray();
        }

        writer.WritePropertyName(ServiceAreas);
        if (analysis.ServiceAreas is null) writer.WriteNullValue();
        else
        {
            writer.WriteStartArray();
            foreach (var s in analysis.ServiceAreas) Write(writer, s);
            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    private static void Write(Utf8JsonWriter writer, InspectionFacts? value)
    {
        if (value is null)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartObject();
        writer.WriteString(LocalAuthority, value.LocalAuthority);
        writer.WriteString(LaCode, value.LaCode);
        writer.WriteString(Framework, value.Framework);
        writer.WritePropertyName(Start);
        DateValue(writer, value.Start);
        writer.WritePropertyName(End);
        DateValue(writer, value.End);
        writer.WriteString(LeadInspector, value.LeadInspector);
        writer.WritePropertyName(LeadInspectors);
        if (value.LeadInspectors is null) writer.WriteNullValue();
        else
        {
            writer.WriteStartArray();
            foreach (var name in value.LeadInspectors) writer.WriteStringValue(name);
            writer.WriteEndArray();
        }

        writer.WritePropertyName(Judgements);
        if (value.Judgements is null) writer.WriteNullValue();
        else
        {
            writer.WriteStartArray();
            foreach (var j in value.Judgements)
            {
                if (j is null)
                {
                    writer.WriteNullValue();
                    continue;
                }

                writer.WriteStartObject();
                writer.WritePropertyName(Area);
                EnumValue(writer, j.Area);
                writer.WritePropertyName(Grade);
                EnumValue(writer, j.Grade);
                writer.WriteNumber(Start, j.Start);
                writer.WriteNumber(End, j.End);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    private static void Write(Utf8JsonWriter writer, Rating? value)
    {
        if (value is null)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartObject();
        writer.WritePropertyName(Grade);
        EnumValue(writer, value.Grade);
        writer.WritePropertyName(PreviousGrade);
        EnumValue(writer, value.PreviousGrade);
        writer.WritePropertyName(Change);
        EnumValue(writer, value.Change);
        writer.WritePropertyName(Area);
        EnumValue(writer, value.Area);
        writer.WriteString(Subject, value.Subject);
        writer.WriteString(Date, value.Date);
        writer.WriteBoolean(Negated, value.Negated);
        writer.WriteString(Text, value.Text);
        writer.WriteNumber(Start, value.Start);
        writer.WriteNumber(End, value.End);
        writer.WriteEndObject();
    }

    private static void Write(Utf8JsonWriter writer, DateMention? value)
    {
        if (value is null)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartObject();
        writer.WriteString(Text, value.Text);
        writer.WritePropertyName(Type);
        EnumValue(writer, value.Type);
        writer.WriteString(Value, value.Value);
        writer.WritePropertyName(Modifier);
        EnumValue(writer, value.Modifier);
        writer.WriteNumber(Start, value.Start);
        writer.WriteNumber(End, value.End);
        writer.WriteEndObject();
    }

    private static void Write(Utf8JsonWriter writer, PercentageMention? value)
    {
        if (value is null)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartObject();
        writer.WriteString(Text, value.Text);
        writer.WriteNumber(Value, value.Value);
        writer.WriteBoolean(Approximate, value.Approximate);
        writer.WritePropertyName(Modifier);
        EnumValue(writer, value.Modifier);
        writer.WritePropertyName(Kind);
        EnumValue(writer, value.Kind);
        writer.WriteString(Measure, value.Measure);
        writer.WriteString(Scope, value.Scope);
        writer.WriteNumber(Start, value.Start);
        writer.WriteNumber(End, value.End);
        Number(writer, MeasureStart, value.MeasureStart);
        Number(writer, MeasureEnd, value.MeasureEnd);
        Number(writer, ScopeStart, value.ScopeStart);
        Number(writer, ScopeEnd, value.ScopeEnd);
        writer.WriteEndObject();
    }

    private static void Write(Utf8JsonWriter writer, Quote? value)
    {
        if (value is null)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartObject();
        writer.WriteString(Text, value.Text);
        writer.WriteString(Speaker, value.Speaker);
        writer.WriteString(SpeakerRole, value.SpeakerRole);
        Number(writer, SpeakerStart, value.SpeakerStart);
        Number(writer, SpeakerEnd, value.SpeakerEnd);
        writer.WriteString(Cue, value.Cue);
        Number(writer, CueStart, value.CueStart);
        Number(writer, CueEnd, value.CueEnd);
        Number(writer, SpeakerMentionStart, value.SpeakerMentionStart);
        Number(writer, SpeakerMentionEnd, value.SpeakerMentionEnd);
        Number(writer, SpeakerRoleStart, value.SpeakerRoleStart);
        Number(writer, SpeakerRoleEnd, value.SpeakerRoleEnd);
        writer.WritePropertyName(Stance);
        EnumValue(writer, value.Stance);
        writer.WriteNumber(Confidence, value.Confidence);
        writer.WritePropertyName(Areas);
        if (value.Areas is null) writer.WriteNullValue();
        else
        {
            writer.WriteStartArray();
            foreach (var area in value.Areas) EnumValue(writer, area);
            writer.WriteEndArray();
        }

        writer.WriteNumber(Start, value.Start);
        writer.WriteNumber(End, value.End);
        writer.WritePropertyName(Segments);
        if (value.Segments is null) writer.WriteNullValue();
        else
        {
            writer.WriteStartArray();
            foreach (var segment in value.Segments)
            {
                writer.WriteStartObject();
                writer.WriteNumber(Start, segment.Start);
                writer.WriteNumber(End, segment.End);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    private static void Write(Utf8JsonWriter writer, ServiceAreaSentiment? value)
    {
        if (value is null)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartObject();
        writer.WritePropertyName(Area);
        EnumValue(writer, value.Area);
        writer.WritePropertyName(Parent);
        EnumValue(writer, value.Parent);
        writer.WritePropertyName(Sentiment);
        EnumValue(writer, value.Sentiment);
        WriteRounded(writer, Score, value.Score);
        writer.WriteNumber(Mentions, value.Mentions);
        writer.WritePropertyName(Evidence);
        if (value.Evidence is null) writer.WriteNullValue();
        else
        {
            writer.WriteStartArray();
            foreach (var e in value.Evidence)
            {
                writer.WriteStartObject();
                writer.WriteNumber(Start, e.Start);
                writer.WriteNumber(End, e.End);
                writer.WritePropertyName(Sentiment);
                EnumValue(writer, e.Sentiment);
                WriteRounded(writer, Confidence, e.Confidence);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    private static void Number(Utf8JsonWriter writer, JsonEncodedText name, int? value)
    {
        if (value is int v) writer.WriteNumber(name, v);
        else writer.WriteNull(name);
    }

    private static void DateValue(Utf8JsonWriter writer, DateOnly? value)
    {
        if (value is not DateOnly date)
        {
            writer.WriteNullValue();
            return;
        }

        Span<char> buffer = stackalloc char[16];
        if (!date.TryFormat(buffer, out int n, "yyyy-MM-dd", CultureInfo.InvariantCulture)) throw new InvalidOperationException("date format");
        writer.WriteStringValue(buffer[..n]);
    }

    /// <summary>
    /// Writes a number already rounded to four decimals (the evidence confidences and area scores,
    /// one per sentence): its digits straight from the whole number of ten-thousandths, which are
    /// exactly the shortest round-trip form <see cref="Utf8JsonWriter.WriteNumber(JsonEncodedText, double)"/>
    /// writes (k / 10,000 is the double nearest that decimal), without the general float formatter.
    /// Any other value goes to WriteNumber.
    /// </summary>
    internal static void WriteRounded(Utf8JsonWriter writer, JsonEncodedText name, double value)
    {
        double scaled = value * 10_000;
        if (!(Math.Abs(scaled) < 1e12) || Math.Round(scaled) / 10_000 != value || (value == 0 && double.IsNegative(value)))
        {
            writer.WriteNumber(name, value);
            return;
        }

        long k = (long)Math.Round(scaled);
        Span<byte> digits = stackalloc byte[24];
        int n = 0;
        if (k < 0)
        {
            digits[n++] = (byte)'-';
            k = -k;
        }

        long whole = k / 10_000, fraction = k % 10_000;
        whole.TryFormat(digits[n..], out int written, default, System.Globalization.CultureInfo.InvariantCulture);
        n += written;
        if (fraction != 0)
        {
            digits[n++] = (byte)'.';
            for (long unit = 1_000; fraction != 0; unit /= 10)
            {
                digits[n++] = (byte)('0' + (fraction / unit));
                fraction %= unit;
            }
        }

        writer.WritePropertyName(name);
        writer.WriteRawValue(digits[..n], skipInputValidation: true);
    }

    private static void EnumValue<TEnum>(Utf8JsonWriter writer, TEnum? value)
        where TEnum : struct, Enum
    {
        if (value is TEnum v) EnumValue(writer, v);
        else writer.WriteNullValue();
    }

    private static void EnumValue<TEnum>(Utf8JsonWriter writer, TEnum value)
        where TEnum : struct, Enum
    {
        var names = EnumNames<TEnum>.Names;
        int i = Unsafe.As<TEnum, int>(ref value);
        if ((uint)i < (uint)names.Length && names[i] is { } name) writer.WriteStringValue(name);
        else Undefined(writer, value);
    }

    /// <summary>An undefined enumeration value: whatever the generated serializer does with it (it throws).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Undefined<TEnum>(Utf8JsonWriter writer, TEnum value)
        where TEnum : struct, Enum =>
        JsonSerializer.Serialize(writer, value, (JsonTypeInfo<TEnum>)ReportJsonContext.Default.GetTypeInfo(typeof(TEnum))!);

    /// <summary>Snake_case names of an int-backed enumeration whose values run from 0, by value, encoded once.</summary>
    private static class EnumNames<TEnum>
        where TEnum : struct, Enum
    {
        public static readonly JsonEncodedText?[] Names = Build();

        private static JsonEncodedText?[] Build()
        {
            if (Enum.GetUnderlyingType(typeof(TEnum)) != typeof(int)) return [];
            var values = Enum.GetValues<TEnum>();
            int max = -1;
            foreach (var v in values)
            {
                var copy = v;
                int i = Unsafe.As<TEnum, int>(ref copy);
                if (i < 0 || i > 256) return [];
                max = Math.Max(max, i);
            }

            var names = new JsonEncodedText?[max + 1];
            foreach (var v in values)
            {
                var copy = v;
                names[Unsafe.As<TEnum, int>(ref copy)] = JsonEncodedText.Encode(JsonNamingPolicy.SnakeCaseLower.ConvertName(v.ToString()));
            }

            return names;
        }
    }
}
