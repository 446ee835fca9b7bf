using System.Text;
using FsCheck;
using FsCheck.Fluent;
using ReportMining.Input;

namespace ReportMining.Tests.Input;

public class Utf8TextTests
{
    private static readonly UTF8Encoding Utf8 = new(false);

    [Fact]
    public void Valid_text_is_decoded_unchanged()
    {
        var text = "Kestrel Vale Council’s services were judged “good” in June.\n\fPage 2\n";
        Utf8Text.TryDecode(Utf8.GetBytes(text), out var decoded).Should().BeNull();
        decoded.Should().Be(text);
    }

    [Fact]
    public void A_byte_order_mark_is_stripped()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Utf8.GetBytes("Inspectors visited in May.")).ToArray();
        Utf8Text.TryDecode(bytes, out var decoded).Should().BeNull();
        decoded.Should().Be("Inspectors visited in May.");
    }

    [Theory]
    [InlineData(new byte[] { 0x41, 0x42, 0xFF, 0x43 }, 2, "0xFF")]                 // a byte that is never UTF-8
    [InlineData(new byte[] { 0x41, 0xC3, 0x28 }, 1, "0xC3")]                       // lead byte without its continuation
    [InlineData(new byte[] { 0x41, 0x42, 0x43, 0xE2, 0x80 }, 3, "0xE2")]           // truncated at the end
    [InlineData(new byte[] { 0x41, 0xC0, 0xAF }, 1, "0xC0")]                       // overlong encoding of '/'
    [InlineData(new byte[] { 0x41, 0xED, 0xA0, 0x80 }, 1, "0xED")]                 // an encoded surrogate
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, 0x41, 0x80 }, 4, "0x80")]           // offset counts the byte order mark
    public void Invalid_utf8_names_the_byte_offset(byte[] bytes, int offset, string shown)
    {
        var error = Utf8Text.TryDecode(bytes, out _);
        error!.Kind.Should().Be(InputErrorKind.InvalidUtf8);
        error.Message.Should().Contain($"byte offset {offset}").And.Contain(shown);
    }

    [Fact]
    public void Latin1_text_is_not_guessed_but_rejected_at_the_first_bad_byte()
    {
        var bytes = Encoding.Latin1.GetBytes("The director, Ms Zoë Harte, said services had improved.");
        var error = Utf8Text.TryDecode(bytes, out _);
        error!.Kind.Should().Be(InputErrorKind.InvalidUtf8);
        error.Message.Should().Be("invalid UTF-8 at byte offset 19 (0xEB)"); // "The director, Ms Zo" is 19 bytes
    }

    [Fact]
    public void Nul_bytes_mean_a_binary_file()
    {
        var error = Utf8Text.TryDecode([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00], out _);
        error!.Kind.Should().Be(InputErrorKind.Binary);
        error.Message.Should().Contain("binary").And.Contain("byte offset 8");
    }

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 0x20, 0x0A, 0x09, 0x0D, 0x0A, 0x0C })]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF })]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, 0x0A, 0xC2, 0xA0 })] // BOM, newline and a no-break space
    public void Empty_or_white_space_only_is_empty(byte[] bytes)
    {
        Utf8Text.TryDecode(bytes, out _)!.Kind.Should().Be(InputErrorKind.Empty);
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x41, 0x00 }, "UTF-16")]
    [InlineData(new byte[] { 0xFE, 0xFF, 0x00, 0x41 }, "UTF-16")]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x00, 0x00, 0x41, 0x00, 0x00, 0x00 }, "UTF-32")]
    public void Utf16_and_utf32_are_named(byte[] bytes, string encoding)
    {
        var error = Utf8Text.TryDecode(bytes, out _);
        error!.Kind.Should().Be(InputErrorKind.UnsupportedEncoding);
        error.Message.Should().Contain(encoding);
    }

    [Fact]
    public void Any_byte_string_gives_text_or_an_error_never_an_exception()
    {
        Prop.ForAll<byte[]>(bytes =>
        {
            var error = Utf8Text.TryDecode(bytes ?? [], out var text);
            return error is null ? text.Length > 0 && Utf8.GetBytes(text).Length <= (bytes ?? []).Length : text.Length == 0;
        }).QuickCheckThrowOnFailure();
    }
}
