using System.Globalization;

namespace ReportMining.Input;

/// <summary>Reads a calendar date from <c>yyyy-mm-dd</c>, or from the front of an ISO 8601 date-time.</summary>
internal static class DateParsing
{
    public static bool TryParseIsoDate(ReadOnlySpan<char> value, out DateOnly date)
    {
        value = value.Trim();
        if (value.Length > 10 && (value[10] == 'T' || value[10] == 't' || value[10] == ' ')) value = value[..10];
        return DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }
}
