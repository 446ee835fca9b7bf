using System.CommandLine;
using System.Text;
using ReportMining.Text;

namespace ReportMining.Cli.Commands;

/// <summary><c>reportmining segment FILE</c>: prints the sentences the pipeline reads, one a line, with offsets.</summary>
internal static class SegmentCommand
{
    public static Command Create()
    {
        var path = new Argument<string>("path") { Description = "A text file, or - for standard input." };
        var sections = new Option<bool>("--sections") { Description = "Also print the report section of each sentence (after the paragraph).", Hidden = true };
        var command = new Command("segment", "Print the sentences of a text (start, end, normalised sentence), one a line.") { path, sections };
        command.SetAction(parse =>
        {
            var p = parse.GetValue(path)!;
            string text = p == "-" ? new StreamReader(Cli.Io.Stdin, Encoding.UTF8).ReadToEnd() : File.ReadAllText(p, Encoding.UTF8);
            using var doc = Document.Parse(text);
            var output = new StringBuilder();
            var found = new ReportMining.Inspections.ReportSection[doc.SentenceSpan.Length];
            bool withSections = parse.GetValue(sections);
            if (withSections) ReportMining.Inspections.ReportSections.Find(doc, found);
            int index = 0;
            foreach (var s in doc.SentenceSpan)
            {
                output.Append(s.Start).Append('\t').Append(s.End).Append('\t').Append(s.Paragraph).Append('\t');
                if (withSections) output.Append(found[index]).Append('\t');
                index++;
                foreach (char c in doc.NormalizedSlice(s.Span)) output.Append(c == '\n' ? '⏎' : c == '\u00AD' ? '·' : c);
                output.Append('\n');
            }

            Cli.Io.Out.Write(output);
            return 0;
        });
        return command;
    }
}
