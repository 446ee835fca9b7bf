using System.Text.Json;
using System.Text.Json.Serialization;

namespace ReportMining.Output;

/// <summary>Writes and reads an enumeration as its snake_case name (<c>requires_improvement</c>).</summary>
/// <typeparam name="TEnum">The enumeration.</typeparam>
public sealed class SnakeCaseEnumConverter<TEnum> : JsonStringEnumConverter<TEnum>
    where TEnum : struct, Enum
{
    /// <summary>Creates the converter.</summary>
    public SnakeCaseEnumConverter()
        : base(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false)
    {
    }
}
