using System.Diagnostics;
using System.Globalization;

namespace ReportMining.Cli.Commands;

/// <summary>
/// One status line on standard error, redrawn in place (at most ten times a second): documents
/// done, percentage, MB/s and ETA. Messages printed while it is shown clear it first.
/// </summary>
internal sealed class ProgressBar(TextWriter error, bool enabled, int? totalDocuments, long? totalBytes)
{
    private const int Width = 24;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private long _lastDraw = -1000;
    private int _drawnLength;

    public int Documents { get; private set; }

    public long Bytes { get; private set; }

    public TimeSpan Elapsed => _clock.Elapsed;

    public void Advance(long bytes)
    {
        Documents++;
        Bytes += bytes;
        if (!enabled) return;
        long now = _clock.ElapsedMilliseconds;
        if (now - _lastDraw < 100) return;
        _lastDraw = now;
        Draw(Render());
    }

    /// <summary>Writes a message on its own line, clearing the bar first (the bar comes back on the next advance).</summary>
    public void Message(string message)
    {
        Clear();
        error.WriteLine(message);
    }

    public void Clear()
    {
        if (_drawnLength == 0) return;
        error.Write('\r' + new string(' ', _drawnLength) + '\r');
        error.Flush();
        _drawnLength = 0;
    }

    internal string Render()
    {
        double seconds = Math.Max(_clock.Elapsed.TotalSeconds, 1e-3);
        double mbps = Bytes / 1e6 / seconds; // MB = 10^6 bytes, as in the benchmarks
        double? fraction = totalBytes is > 0 ? Math.Min(1.0, (double)Bytes / totalBytes.Value)
            : totalDocuments is > 0 ? Math.Min(1.0, (double)Documents / totalDocuments.Value) : null;
        var line = new System.Text.StringBuilder();
        if (fraction is { } f)
        {
            int filled = (int)Math.Round(f * Width);
            line.Append('[').Append('=', filled).Append(' ', Width - filled).Append("] ");
        }

        line.Append(Documents.ToString(CultureInfo.InvariantCulture));
        if (totalDocuments is { } total) line.Append('/').Append(total.ToString(CultureInfo.InvariantCulture));
        line.Append(" docs");
        if (fraction is { } p) line.Append("  ").Append((p * 100).ToString("0", CultureInfo.InvariantCulture)).Append('%');
        line.Append("  ").Append(mbps.ToString("0.0", CultureInfo.InvariantCulture)).Append(" MB/s");
        if (totalBytes is > 0 && Bytes > 0 && fraction < 1)
        {
            double remaining = (totalBytes.Value - Bytes) / (Bytes / seconds);
            line.Append("  ETA ").Append(TimeSpan.FromSeconds(Math.Ceiling(remaining)).ToString(remaining >= 3600 ? @"h\:mm\:ss" : @"m\:ss", CultureInfo.InvariantCulture));
        }

        return line.ToString();
    }

    private void Draw(string text)
    {
        int pad = Math.Max(0, _drawnLength - text.Length);
        error.Write('\r' + text + new string(' ', pad));
        error.Flush();
        _drawnLength = text.Length;
    }
}
