namespace ReportMining;

/// <summary>One document for <see cref="ReportMiner.AnalyzeMany"/>.</summary>
/// <param name="Id">Its id (a file path, a URL, a key).</param>
/// <param name="Text">Its text.</param>
/// <param name="DocumentDate">Its publication date, when known.</param>
public sealed record DocumentInput(string? Id, string Text, DateOnly? DocumentDate = null);
