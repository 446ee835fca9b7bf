using System.Text;

namespace ReportMining.Input;

/// <summary>
/// For an HTML page that is not valid UTF-8: the encoding its <c>&lt;meta charset&gt;</c> (or
/// <c>http-equiv</c> content type) declares, such as <c>windows-1252</c> or <c>iso-8859-1</c>, which
/// older news sites still use. Only a declared encoding is used: nothing is guessed.
/// </summary>
internal static class HtmlCharset
{
    private static readonly Lazy<bool> Registered = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return true;
    });

    /// <summary>Decodes with the declared encoding; false when none is declared, it is UTF-8, or unknown.</summary>
    public static bool TryDecode(ReadOnlySpan<byte> bytes, out string text, out string? name)
    {
        text = string.Empty;
        name = Declared(bytes[..Math.Min(bytes.Length, 4096)]);
        if (name is null || name.Replace("-", string.Empty, StringComparison.Ordinal).Equals("utf8", StringComparison.OrdinalIgnoreCase)) return false;
        _ = Registered.Value;
        Encoding encoding;
        try
        {
            encoding = Encoding.GetEncoding(name, EncoderFallback.ExceptionFallback, DecoderFallback.ReplacementFallback);
        }
        catch (ArgumentException)
        {
            return false;
        }

        if (encoding.CodePage is 1200 or 1201 or 12000 or 12001 or 65001) return false; // UTF-16/32/8 are not byte-compatible fallbacks
        text = encoding.GetString(bytes);
        return true;
    }

    private static string? Declared(ReadOnlySpan<byte> head)
    {
        var ascii = Encoding.Latin1.GetString(head);
        int at = 0;
        while ((at = ascii.IndexOf("charset", at, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            int i = at + 7;
            while (i < ascii.Length && ascii[i] is ' ' or '\t') i++;
            if (i < ascii.Length && ascii[i] == '=')
            {
                i++;
                while (i < ascii.Length && ascii[i] is ' ' or '\t' or '"' or '\'') i++;
                int start = i;
                while (i < ascii.Length && (char.IsAsciiLetterOrDigit(ascii[i]) || ascii[i] is '-' or '_' or '.' or ':')) i++;
                if (i > start) return ascii[start..i];
            }

            at += 7;
        }

        return null;
    }
}
