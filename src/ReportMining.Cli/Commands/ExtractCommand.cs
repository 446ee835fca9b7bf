using System.CommandLine;
using System.Globalization;
using ReportMining.Input;
using ReportMining.Output;

namespace ReportMining.Cli.Commands;

/// <summary>
/// <c>reportmining extract PATH...</c>: runs the pipeline over files, folders, JSONL and standard
/// input, on all cores, writing each result as it comes, in input order. Every input gives one
/// record (an analysis or an error record naming the input and the reason); the exit code is 1
/// when any input failed, 2 for a usage error.
/// </summary>
internal static class ExtractCommand
{
    /// <summary>How many "skipped" notes are printed before they are only counted.</summary>
    private const int MaxNotes = 20;

    public static Command Create()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files or folders (.txt, .html, .htm, .pdf, .jsonl), or - for standard input. Folders are read recursively, in name order.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format", "-f") { Description = "Output format: json (an object for one file, else an array), jsonl (one line per input), csv (one row per item), html (a self-contained visual report).", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "jsonl", "csv", "html");
        var output = new Option<string?>("--output", "-o") { Description = "Write results to this file instead of standard output." };
        var date = new Option<string?>("--date") { Description = "Document date (yyyy-mm-dd) anchoring relative dates, for documents that bring none of their own." };
        var stdinFormat = new Option<string>("--stdin-format") { Description = "How '-' is read: auto (JSONL when the first line is a JSON object with \"text\"), text, jsonl.", DefaultValueFactory = _ => "auto" };
        stdinFormat.AcceptOnlyFromAmong("auto", "text", "jsonl");
        var jobs = new Option<int>("--jobs", "-j") { Description = "Documents analysed at once (0: one per core).", DefaultValueFactory = _ => 0 };
        var noProgress = new Option<bool>("--no-progress") { Description = "Do not show the progress bar (it is shown only when standard error is a terminal)." };
        var pdfTimeout = new Option<int>("--pdf-timeout") { Description = "Seconds pdftotext may take on one PDF.", DefaultValueFactory = _ => 120 };

        var command = new Command("extract", "Extract ratings, dates, percentages, quotes and service-area sentiment.")
        {
            paths, format, output, date, stdinFormat, jobs, noProgress, pdfTimeout,
        };
        command.SetAction(parse => Run(
            Cli.Io,
            parse.GetValue(paths) ?? [],
            parse.GetValue(format) ?? "json",
            parse.GetValue(output),
            parse.GetValue(date),
            parse.GetValue(stdinFormat) ?? "auto",
            parse.GetValue(jobs),
            parse.GetValue(noProgress),
            parse.GetValue(pdfTimeout)));
        return command;
    }

    private static int Run(CliIo io, string[] paths, string format, string? outputPath, string? date, string stdinFormatName, int jobs, bool noProgress, int pdfTimeout)
    {
        var err = io.Stderr;
        DateOnly? documentDate = null;
        if (date is not null)
        {
            if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                err.WriteLine($"reportmining: --date must be yyyy-mm-dd, not '{date}'.");
                return Program.UsageError;
            }

            documentDate = parsed;
        }

        if (jobs < 0 || pdfTimeout <= 0)
        {
            err.WriteLine("reportmining: --jobs must be 0 or more and --pdf-timeout more than 0.");
            return Program.UsageError;
        }

        if (paths.Count(p => p == "-") > 1)
        {
            err.WriteLine("reportmining: standard input (-) can be read only once.");
            return Program.UsageError;
        }

        var outputFormat = format switch { "jsonl" => OutputFormat.JsonLines, "csv" => OutputFormat.Csv, "html" => OutputFormat.Html, _ => OutputFormat.Json };
        string title = paths.Length == 1 && paths[0] != "-" && !Directory.Exists(paths[0]) ? Path.GetFileName(paths[0]) : "ReportMining report";
        var stdinFormat = stdinFormatName switch { "text" => StdinFormat.Text, "jsonl" => StdinFormat.JsonLines, _ => StdinFormat.Auto };

        int notes = 0;
        var progress = default(ProgressBar);
        void Note(string message)
        {
            if (++notes <= MaxNotes) (progress is null ? (Action<string>)err.WriteLine : progress.Message)($"reportmining: note: {message}");
        }

        var sources = InputSource.Expand(paths, stdinFormat, Note);
        if (notes > MaxNotes) err.WriteLine($"reportmining: note: {notes - MaxNotes} more skipped (not shown)");

        // json: one object when the command names one document; an array for anything that can hold several
        bool single = paths.Length == 1 && sources.Count == 1 && !Directory.Exists(paths[0]) && sources[0].Format != InputFormat.JsonLines;

        bool severalDocuments = sources.Count > 1 || sources.Any(s => s.Format == InputFormat.JsonLines && !s.IsStdin);
        bool anyUnknownSize = sources.Any(s => s.IsStdin);
        bool allFiles = !sources.Any(s => s.MayHoldMany);
        progress = new ProgressBar(
            err,
            enabled: io.StderrIsTerminal && !noProgress && severalDocuments,
            totalDocuments: allFiles ? sources.Count : null,
            totalBytes: anyUnknownSize ? null : sources.Sum(s => s.Length));

        Stream? file = null;
        if (outputPath is not null)
        {
            try
            {
                file = new FileStream(outputPath, FileMode.Create, FileAccess.Write, FileShare.Read, 64 * 1024);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                err.WriteLine($"reportmining: cannot write {outputPath}: {ex.Message}");
                return Program.UsageError;
            }
        }

        var options = new InputOptions
        {
            DocumentDate = documentDate,
            StdinFormat = stdinFormat,
            PdfTimeout = TimeSpan.FromSeconds(pdfTimeout),
            PdfLookahead = jobs == 0 ? Environment.ProcessorCount : jobs,
            Note = Note,
        };

        int failed = 0;
        var stream = new BufferedStream(file ?? io.Stdout, 64 * 1024); // not disposed: that would close standard output
        long lastFlush = 0;
        ResultWriter? writer = null;
        try
        {
            var miner = new ReportMiner(new ReportMinerOptions { MaxDegreeOfParallelism = jobs == 0 ? null : jobs });
            var items = InputReader.Read(sources, io.Stdin, options, io.CancellationToken);
            foreach (var result in miner.AnalyzeInputs(items, io.CancellationToken))
            {
                // standard input read as JSONL holds several documents: an array, decided at the first record
                writer ??= ResultWriter.Create(outputFormat, stream, asArray: !single || result.Input.Format == InputFormat.JsonLines, title);
                writer.Write(result);
                if (result.Error is { } error)
                {
                    failed++;
                    progress.Message($"reportmining: {result.Id}: {error.Message}");
                }

                progress.Advance(result.Input.Bytes);
                if (progress.Elapsed.Ticks - lastFlush > TimeSpan.TicksPerSecond / 5)
                {
                    writer.Flush(); // results appear as they come, without a write per record
                    lastFlush = progress.Elapsed.Ticks;
                }
            }

            writer ??= ResultWriter.Create(outputFormat, stream, asArray: true, title);
            writer.Complete();
        }
        catch (OperationCanceledException)
        {
            // what was written stays valid: a JSON array is closed (a single object is either whole or absent)
            writer ??= single ? null : ResultWriter.Create(outputFormat, stream, asArray: true);
            writer?.Complete();
            progress.Message($"reportmining: interrupted after {progress.Documents} documents");
            return 130;
        }
        catch (IOException ex)
        {
            progress.Message($"reportmining: cannot write the output: {ex.Message}");
            return Program.SomeInputsFailed;
        }
        finally
        {
            progress.Clear();
            writer?.Dispose();
            try { stream.Flush(); } catch (IOException) { }
            file?.Dispose();
        }

        if (failed > 0)
        {
            err.WriteLine($"reportmining: {failed} of {progress.Documents} inputs failed");
            return Program.SomeInputsFailed;
        }

        return 0;
    }
}
