namespace ReportMining.MachineLearning;

/// <summary>
/// A model file could not be used: missing, truncated, corrupt (checksum mismatch), of a format
/// version this library does not read, or a model of another kind. The message names the file
/// and the reason.
/// </summary>
public sealed class ModelFormatException : IOException
{
    /// <summary>Creates the exception for <paramref name="path"/> with <paramref name="reason"/>.</summary>
    public ModelFormatException(string path, string reason, Exception? inner = null)
        : base($"Model file '{path}': {reason}", inner)
    {
        FilePath = path;
        Reason = reason;
    }

    /// <summary>The file (or embedded resource) that could not be loaded.</summary>
    public string FilePath { get; }

    /// <summary>Why it could not be loaded.</summary>
    public string Reason { get; }
}
