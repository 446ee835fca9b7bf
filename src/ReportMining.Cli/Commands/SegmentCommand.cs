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
        var command = new Command("segment", "Print the sentences of a text (start, end, normalised sentence), one a line.") { path };
        command.SetAction(parse =>
        {
            var p = parse.GetValue(path)!;
            string text = p == "-" ? new StreamReader(Cli.Io.Stdin, Encoding.UTF8).ReadToEnd() : File.ReadAllText(p, Encoding.UTF8);
            using var doc = Document.Parse(text);
            var output = new StringBuilder();
            foreach (var s in doc.SentenceSpan)
            {
                output.Append(s.Start).Append('\t').Append(s.End).Append('\t').Append(s.Paragraph).Append('\t');
                foreach (char c in doc.NormalizedSlice(s.Span)) output.Append(c == '\n' ? '⏎' : c == '\u00AD' ? '·' : c);
                output.Append('\n');
            }

            Cli.Io.Out.Write(output);
            return 0;
        });
        return command;
    }
}
