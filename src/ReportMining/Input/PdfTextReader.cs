using System.ComponentModel;
using System.Diagnostics;

namespace ReportMining.Input;

/// <summary>
/// Reads a PDF's text with poppler's <c>pdftotext -enc UTF-8 FILE -</c> (its default reading
/// order, not <c>-layout</c>: the same conversion as the ILACS corpus). A missing tool, a failing
/// or hanging conversion and a PDF without a text layer each give an error, never an exception.
/// </summary>
internal static class PdfTextReader
{
    public const string MissingToolMessage =
        "cannot read PDF: pdftotext is not installed (install poppler: Debian/Ubuntu package poppler-utils, 'apt-get install poppler-utils')";

    public static InputItem Read(string path, long bytes, InputOptions options, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(path))
        {
            return Directory.Exists(path)
                ? InputItem.Failed(path, InputErrorKind.Unreadable, "is a folder, not a file", bytes, InputFormat.Pdf)
                : InputItem.Failed(path, InputErrorKind.NotFound, "no such file", bytes, InputFormat.Pdf);
        }

        var start = new ProcessStartInfo(options.PdfToText)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = false,
            UseShellExecute = false,
            CreateNoWindow = true,
        };
        start.ArgumentList.Add("-enc");
        start.ArgumentList.Add("UTF-8");
        start.ArgumentList.Add(Path.GetFullPath(path));
        start.ArgumentList.Add("-");

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new Win32Exception("pdftotext did not start");
        }
        catch (Win32Exception)
        {
            return InputItem.Failed(path, InputErrorKind.PdfToolMissing, MissingToolMessage, bytes, InputFormat.Pdf);
        }

        using (process)
        {
            var output = new MemoryStream();
            var copy = process.StandardOutput.BaseStream.CopyToAsync(output, cancellationToken);
            var errors = process.StandardError.ReadToEndAsync(cancellationToken);
            bool exited;
            try
            {
                exited = process.WaitForExit(options.PdfTimeout) && copy.Wait(options.PdfTimeout, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                Kill(process);
                throw;
            }

            if (!exited)
            {
                Kill(process);
                return InputItem.Failed(path, InputErrorKind.PdfFailed,
                    $"pdftotext did not finish within {options.PdfTimeout.TotalSeconds:0} s (stopped)", bytes, InputFormat.Pdf);
            }

            process.WaitForExit();
            string stderr = errors.Wait(TimeSpan.FromSeconds(5)) ? errors.Result : string.Empty;
            if (process.ExitCode != 0)
            {
                var reason = FirstLine(stderr);
                return InputItem.Failed(path, InputErrorKind.PdfFailed,
                    $"pdftotext failed (exit code {process.ExitCode}){(reason.Length > 0 ? ": " + reason : string.Empty)}", bytes, InputFormat.Pdf);
            }

            var error = Utf8Text.TryDecode(output.GetBuffer().AsSpan(0, (int)output.Length), out var text, "PDF text");
            if (error is not null)
            {
                if (error.Kind == InputErrorKind.Empty)
                    error = error with { Message = "no text in the PDF (a scanned document without a text layer, or a broken PDF)" + (FirstLine(stderr) is { Length: > 0 } r ? ": " + r : string.Empty) };
                return new InputItem { Id = path, Error = error, Bytes = bytes, Format = InputFormat.Pdf };
            }

            return InputItem.Ok(new DocumentInput(path, text, options.DocumentDate), bytes, InputFormat.Pdf);
        }
    }

    private static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(5000);
        }
        catch (InvalidOperationException)
        {
            // already gone
        }
        catch (Win32Exception)
        {
            // could not be killed: nothing more to do
        }
    }

    private static string FirstLine(string text)
    {
        foreach (var line in text.Split('\n'))
        {
            var t = line.Trim();
            if (t.Length > 0) return t.Length > 200 ? t[..200] + "…" : t;
        }

        return string.Empty;
    }
}
