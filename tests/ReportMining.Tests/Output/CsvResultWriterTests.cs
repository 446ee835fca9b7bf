using System.Text;
using ReportMining.Input;
using ReportMining.Output;

namespace ReportMining.Tests.Output;

public class CsvResultWriterTests
{
    private static string Write(params DocumentResult[] results)
    {
        using var stream = new MemoryStream();
        using (var writer = ResultWriter.Create(OutputFormat.Csv, stream))
        {
            foreach (var r in results) writer.Write(r);
            writer.Complete();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>A strict RFC 4180 reader, to check what the writer wrote.</summary>
    internal static List<string[]> Parse(string csv)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new StringBuilder();
        int i = 0;
        while (i < csv.Length)
        {
            if (csv[i] == '"')
            {
                i++;
                while (true)
                {
                    if (csv[i] == '"' && i + 1 < csv.Length && csv[i + 1] == '"') { field.Append('"'); i += 2; }
                    else if (csv[i] == '"') { i++; break; }
                    else field.Append(csv[i++]);
                }
            }

            while (i < csv.Length && csv[i] != ',' && csv[i] != '\r')
            {
                csv[i].Should().NotBe('"', "a quote may appear only inside a quoted field");
                csv[i].Should().NotBe('\n', "a bare line feed may appear only inside a quoted field");
                field.Append(csv[i++]);
            }

            row.Add(field.ToString());
            field.Clear();
            if (i < csv.Length && csv[i] == ',') { i++; continue; }
            csv.Substring(i, 2).Should().Be("\r\n", "rows end with CRLF");
            i += 2;
            rows.Add(row.ToArray());
            row.Clear();
        }

        return rows;
    }

    [Fact]
    public void Header_then_a_document_row_and_one_row_per_item()
    {
        var rows = Parse(Write(SampleAnalysis.Result()));
        rows[0].Should().Equal(CsvResultWriter.Columns);
        rows.Should().OnlyContain(r => r.Length == CsvResultWriter.Columns.Length);
        int col(string name) => Array.IndexOf(CsvResultWriter.Columns, name);
        rows.Skip(1).Select(r => r[col("item")]).Should().Equal("document", "judgement", "rating", "date", "percentage", "quote", "service_area", "evidence");
        int id = col("document_id"), kind = col("document_kind"), date = col("document_date");
        rows.Skip(1).Should().OnlyContain(r => r[id] == "wrenford.txt" && r[kind] == "news" && r[date] == "2020-03-16");

        var doc = rows[1];
        doc[col("local_authority")].Should().Be("Wrenford");
        doc[col("framework")].Should().Be("standard");
        doc[col("inspection_start")].Should().Be("2020-02-03");
        doc[col("lead_inspector")].Should().Be("Jo Bright");
        doc[col("la_code")].Should().BeEmpty();

        var rating = rows[3];
        rating[col("value")].Should().Be("good");
        rating[col("previous_grade")].Should().Be("inadequate");
        rating[col("change")].Should().Be("improved");
        rating[col("negated")].Should().Be("false");
        rating[col("text")].Should().Be("Wrenford was rated \"good\", up from inadequate");

        rows[5][col("value")].Should().Be("40");
        rows[5][col("measure")].Should().Be("vacancy rate");
        rows[5][col("type")].Should().Be("percent");
        rows[5][col("modifier")].Should().BeEmpty("the figure is not hedged");
        rows[6][col("value")].Should().Be("criticism");
        rows[6][col("speaker")].Should().Be("Ana Silva");
        rows[6][col("confidence")].Should().Be("0.875");
        rows[6][col("area")].Should().Be("workforce");
        rows[7][col("score")].Should().Be("-0.5");
        rows[7][col("mentions")].Should().Be("1");
    }

    [Fact]
    public void Every_span_row_holds_the_slice_of_the_text_it_points_at()
    {
        var rows = Parse(Write(SampleAnalysis.Result()));
        int col(string name) => Array.IndexOf(CsvResultWriter.Columns, name);
        foreach (var row in rows.Skip(1).Where(r => r[col("start")].Length > 0))
        {
            int start = int.Parse(row[col("start")]), end = int.Parse(row[col("end")]);
            row[col("text")].Should().Be(SampleAnalysis.Text[start..end], $"the {row[col("item")]} row");
        }
    }

    [Fact]
    public void Fields_with_commas_quotes_and_line_breaks_are_quoted_and_others_are_not()
    {
        var csv = Write(SampleAnalysis.Result());
        csv.Should().Contain(",\"Wrenford was rated \"\"good\"\", up from inadequate\",");   // quotes doubled, comma inside
        csv.Should().Contain(",\"it is, frankly, too high\",");
        csv.Should().Contain(",16 March 2020,");                                             // nothing to quote
        var evidence = Parse(csv).Last();
        evidence[Array.IndexOf(CsvResultWriter.Columns, "text")].Should().StartWith("The vacancy rate is 40%");

        var multiLine = SampleAnalysis.Error("two\nlines, \"quoted\".txt", InputErrorKind.Empty, "empty file: only white space");
        var row = Parse(Write(multiLine))[1];
        row[0].Should().Be("two\nlines, \"quoted\".txt");
    }

    [Fact]
    public void An_input_that_failed_is_one_error_row_in_its_place()
    {
        var rows = Parse(Write(
            SampleAnalysis.Error("a.bin", InputErrorKind.Binary, "binary file: NUL byte at byte offset 3"),
            SampleAnalysis.Result("b.txt")));
        int col(string name) => Array.IndexOf(CsvResultWriter.Columns, name);
        rows[1][col("document_id")].Should().Be("a.bin");
        rows[1][col("item")].Should().Be("error");
        rows[1][col("error_kind")].Should().Be("binary");
        rows[1][col("error")].Should().Be("binary file: NUL byte at byte offset 3");
        rows[2][col("document_id")].Should().Be("b.txt");
    }

    [Fact]
    public void The_documented_columns_match_the_writer()
    {
        var doc = File.ReadAllText(Path.Combine(Support.SharedData.RepoRoot, "docs", "output.md"));
        foreach (var column in CsvResultWriter.Columns)
            doc.Should().Contain($"| `{column}` |", $"docs/output.md documents the CSV column {column}");
    }
}
