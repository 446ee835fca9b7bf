using System.Globalization;
using System.Text;
using ReportMining.Ratings;

namespace ReportMining.Inspections;

/// <summary>One scored field of the ILACS evaluation.</summary>
internal sealed record FieldScore(string Field, int Correct, int Scored)
{
    public double Accuracy => Scored == 0 ? 1.0 : (double)Correct / Scored;
}

/// <summary>A field the reader got wrong (or left empty) against the gold table.</summary>
internal sealed record FieldMiss(string File, string Field, string Gold, string Got);

/// <summary>The result of scoring the inspection reader against a gold table.</summary>
internal sealed record IlacsEvaluationResult(IReadOnlyList<FieldScore> Fields, IReadOnlyList<FieldMiss> Misses, int Documents, int MissingTexts)
{
    public int Correct => Fields.Sum(f => f.Correct);

    public int Scored => Fields.Sum(f => f.Scored);

    /// <summary>The score of one field, by its gold column name.</summary>
    public FieldScore Field(string name) => Fields.First(f => f.Field == name);
}

/// <summary>
/// Scores <see cref="InspectionReader"/> against the ILACS corpus's gold table (gold.csv): each
/// judgement column, the on-site start and end, the lead inspector(s), the framework and the
/// LA code (through the urn). A blank gold cell is not scored. For a split visit either end
/// date is accepted (the end of the first part, or the last date), as the corpus README says.
/// Before 2023 the combined "children in care and care leavers" grade is the gold
/// <c>in_care</c> column and <c>care_leavers</c> is <c>not_judged</c>; from April 2026 an
/// absent overall effectiveness judgement is <c>not_judged</c>.
/// </summary>
internal static class IlacsEvaluation
{
    /// <summary>The scored columns, in print order.</summary>
    public static readonly string[] Columns =
        ["overall_effectiveness", "impact_of_leaders", "help_and_protection", "in_care", "care_leavers", "inspection_start", "inspection_end", "lead_inspector", "framework", "la_code"];

    /// <summary>Scores every gold row whose text is in <paramref name="textsDirectory"/>.</summary>
    public static IlacsEvaluationResult Run(string goldPath, string textsDirectory)
    {
        var rows = ReadCsv(goldPath);
        var correct = new int[Columns.Length];
        var scored = new int[Columns.Length];
        var misses = new List<FieldMiss>();
        int documents = 0, missing = 0;
        foreach (var row in rows)
        {
            string file = row.GetValueOrDefault("file") ?? "";
            string path = Path.Combine(textsDirectory, file);
            if (!File.Exists(path))
            {
                missing++;
                continue;
            }

            documents++;
            string text = File.ReadAllText(path, Encoding.UTF8);
            var (_, facts, dates) = InspectionReader.ReadText(text);
            var got = Predict(facts, dates);
            for (int c = 0; c < Columns.Length; c++)
            {
                string column = Columns[c];
                string gold = column == "la_code"
                    ? LocalAuthorities.ByUrn(row.GetValueOrDefault("urn") ?? "")?.Code ?? ""
                    : row.GetValueOrDefault(column) ?? "";
                if (gold.Length == 0) continue;
                scored[c]++;
                string value = got.GetValueOrDefault(column) ?? "";
                bool ok = Matches(column, gold, value, got);
                if (ok) correct[c]++;
                else misses.Add(new FieldMiss(file, column, gold, value.Length == 0 ? "(none)" : value));
            }
        }

        var fields = new List<FieldScore>();
        for (int c = 0; c < Columns.Length; c++) fields.Add(new FieldScore(Columns[c], correct[c], scored[c]));
        return new IlacsEvaluationResult(fields, misses, documents, missing);
    }

    private static bool Matches(string column, string gold, string value, Dictionary<string, string> got)
    {
        if (column == "lead_inspector") return SameNames(gold, value);
        if (column == "inspection_end")
        {
            return gold == value || gold == got.GetValueOrDefault("first_part_end");
        }

        return string.Equals(gold, value, StringComparison.Ordinal);
    }

    private static bool SameNames(string gold, string value)
    {
        static string Norm(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return string.Equals(Norm(gold), Norm(value), StringComparison.Ordinal);
    }

    /// <summary>The reader's facts in the gold table's columns and values.</summary>
    internal static Dictionary<string, string> Predict(InspectionFacts? facts, VisitDates? dates)
    {
        var d = new Dictionary<string, string>(StringComparer.Ordinal);
        if (facts is null) return d;
        Grade? Of(JudgementArea area)
        {
            foreach (var j in facts.Judgements)
            {
                if (j.Area == area) return j.Grade;
            }

            return null;
        }

        var overall = Of(JudgementArea.OverallEffectiveness);
        var combined = Of(JudgementArea.ChildrenInCareAndCareLeavers);
        bool ilacs = facts.Framework is "standard" or "short";
        if (ilacs)
        {
            d["overall_effectiveness"] = overall is { } o ? Snake(o) : "not_judged";
            if (Of(JudgementArea.ImpactOfLeaders) is { } l) d["impact_of_leaders"] = Snake(l);
            if (Of(JudgementArea.HelpAndProtection) is { } h) d["help_and_protection"] = Snake(h);
            if ((Of(JudgementArea.ChildrenInCare) ?? combined) is { } c) d["in_care"] = Snake(c);
            if (Of(JudgementArea.CareLeavers) is { } cl) d["care_leavers"] = Snake(cl);
            else if (combined is not null) d["care_leavers"] = "not_judged";
        }

        if (facts.Start is { } s) d["inspection_start"] = Iso(s);
        if (facts.End is { } e) d["inspection_end"] = Iso(e);
        if (dates is { } v) d["first_part_end"] = Iso(v.FirstPartEnd);

        if (facts.LeadInspectors.Count > 0) d["lead_inspector"] = string.Join("; ", facts.LeadInspectors);
        if (facts.Framework is { } fw) d["framework"] = fw;
        if (facts.LaCode is { } code) d["la_code"] = code;
        return d;
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The snake_case name of a grade, as the output and the gold table spell it.</summary>
    internal static string Snake(Grade g) => g switch
    {
        Grade.Outstanding => "outstanding",
        Grade.Good => "good",
        Grade.RequiresImprovement => "requires_improvement",
        Grade.Inadequate => "inadequate",
        Grade.Adequate => "adequate",
        Grade.Excellent => "excellent",
        Grade.PerformsWell => "performs_well",
        Grade.PerformsAdequately => "performs_adequately",
        _ => "performs_poorly",
    };

    /// <summary>Reads a CSV file with a header row (RFC 4180 quoting) into dictionaries by column name.</summary>
    internal static List<Dictionary<string, string>> ReadCsv(string path)
    {
        string content = File.ReadAllText(path, Encoding.UTF8);
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < content.Length; i++)
        {
            char c = content[i];
            if (quoted)
            {
                if (c == '"')
                {
                    if (i + 1 < content.Length && content[i + 1] == '"') { field.Append('"'); i++; }
                    else quoted = false;
                }
                else
                {
                    field.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"': quoted = true; break;
                case ',': record.Add(field.ToString()); field.Clear(); break;
                case '\r': break;
                case '\n':
                    record.Add(field.ToString());
                    field.Clear();
                    records.Add(record);
                    record = [];
                    break;
                case '\uFEFF' when i == 0: break;
                default: field.Append(c); break;
            }
        }

        if (field.Length > 0 || record.Count > 0)
        {
            record.Add(field.ToString());
            records.Add(record);
        }

        var rows = new List<Dictionary<string, string>>();
        if (records.Count == 0) return rows;
        var header = records[0];
        for (int r = 1; r < records.Count; r++)
        {
            if (records[r].Count == 1 && records[r][0].Length == 0) continue;
            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            for (int c = 0; c < header.Count && c < records[r].Count; c++) row[header[c]] = records[r][c];
            rows.Add(row);
        }

        return rows;
    }
}
