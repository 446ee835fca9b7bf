namespace ReportMining.Input;

/// <summary>Why one input could not be read or analysed.</summary>
/// <param name="Kind">The kind of failure.</param>
/// <param name="Message">A sentence for people: what is wrong, and where (byte offset, line).</param>
public sealed record InputError(InputErrorKind Kind, string Message);
