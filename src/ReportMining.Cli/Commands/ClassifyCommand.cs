using System.CommandLine;
using System.Text;
using System.Text.Json;
using ReportMining.Sentiment;

namespace ReportMining.Cli.Commands;

/// <summary>
/// <c>reportmining classify [FILE]</c>: the sentence models on their own. Reads JSONL
/// <c>{"id","text"}</c> (a file, or standard input) and writes one line per input line:
/// an object with <c>id</c>, <c>sentiment</c>, <c>confidence</c>, <c>areas</c>, <c>area</c>, <c>areaConfidence</c>, <c>fineArea</c>, <c>fineAreaConfidence</c>;
/// <c>areas</c> lists the main area, a second area when the sentence judges two, and the finer
/// area. A bad line gives <c>{"id","error"}</c> and a non-zero exit at the end.
/// </summary>
internal static class ClassifyCommand
{
    public static Command Create()
    {
        var input = new Argument<string?>("input") { Description = "JSONL file of {\"id\",\"text\"} lines; - or nothing for standard input.", Arity = ArgumentArity.ZeroOrOne };
        var output = new Option<string?>("--output", "-o") { Description = "Write results to this file instead of standard output." };
        var models = new Option<string?>("--models") { Description = "Folder of model files to use instead of the shipped models." };
        var command = new Command("classify", "Label sentences with sentiment and service areas (JSONL {\"id\",\"text\"} in, one JSON line out per sentence).") { input, output, models };
        command.SetAction(parse =>
        {
            ReportMiner miner;
            try
            {
                miner = new ReportMiner(new ReportMinerOptions { ModelDirectory = parse.GetValue(models) });
            }
            catch (IOException e)
            {
                Cli.Io.Stderr.WriteLine($"reportmining classify: {e.Message}");
                return Program.SomeInputsFailed;
            }

            string? path = parse.GetValue(input);
            TextReader reader;
            try
            {
                reader = path is null or "-" ? new StreamReader(Cli.Io.Stdin, Encoding.UTF8, leaveOpen: true) : new StreamReader(path, Encoding.UTF8);
            }
            catch (IOException e)
            {
                Cli.Io.Stderr.WriteLine($"reportmining classify: cannot read '{path}': {e.Message}");
                return Program.SomeInputsFailed;
            }

            // the output file is this command's to close; standard output is not
            using var file = parse.GetValue(output) is { } o ? File.Create(o) : null;
            var buffered = new BufferedStream(file ?? Cli.Io.Stdout, 1 << 16);
            using var writer = new Utf8JsonWriter(buffered);
            bool failed = false;
            int lineNumber = 0;
            using (reader)
            {
                string? line;
                while ((line = reader.ReadLine()) is not null)
                {
                    lineNumber++;
                    if (string.IsNullOrWhiteSpace(line)) continue;
                    string? id = null;
                    string? text = null;
                    string? error = null;
                    try
                    {
                        using var json = JsonDocument.Parse(line);
                        var root = json.RootElement;
                        if (root.ValueKind != JsonValueKind.Object)
                        {
                            error = "not a JSON object";
                        }
                        else
                        {
                            if (root.TryGetProperty("id", out var idElement))
                            {
                                id = idElement.ValueKind == JsonValueKind.String ? idElement.GetString() : idElement.GetRawText();
                            }

                            if (root.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String) text = t.GetString();
                            else error = "no \"text\" string";
                        }
                    }
                    catch (JsonException e)
                    {
                        error = "not JSON: " + e.Message;
                    }

                    id ??= $"line {lineNumber}";
                    writer.WriteStartObject();
                    writer.WriteString("id", id);
                    if (error is not null || text is null)
                    {
                        writer.WriteString("error", error ?? "no text");
                        failed = true;
                    }
                    else
                    {
                        Write(writer, miner.ClassifySentence(text));
                    }

                    writer.WriteEndObject();
                    writer.Flush();
                    buffered.WriteByte((byte)'\n');
                    writer.Reset();
                }
            }

            buffered.Flush();
            if (failed) Cli.Io.Stderr.WriteLine("reportmining classify: some lines could not be classified (see their \"error\").");
            return failed ? Program.SomeInputsFailed : 0;
        });
        return command;
    }

    private static void Write(Utf8JsonWriter writer, SentenceLabel label)
    {
        writer.WriteString("sentiment", Name(label.Sentiment));
        writer.WriteNumber("confidence", Math.Round(label.SentimentConfidence, 4));
        writer.WriteStartArray("areas");
        writer.WriteStringValue(Name(label.Area));
        if (label.SecondArea is { } second) writer.WriteStringValue(Name(second));
        if (label.FineArea is { } fine) writer.WriteStringValue(Name(fine));
        writer.WriteEndArray();
        writer.WriteString("area", Name(label.Area));
        writer.WriteNumber("areaConfidence", Math.Round(label.AreaConfidence, 4));
        if (label.FineArea is { } f)
        {
            writer.WriteString("fineArea", Name(f));
            writer.WriteNumber("fineAreaConfidence", Math.Round(label.FineAreaConfidence, 4));
        }
        else
        {
            writer.WriteNull("fineArea");
        }
    }

    private static string Name<T>(T value)
        where T : struct, Enum => JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());
}
