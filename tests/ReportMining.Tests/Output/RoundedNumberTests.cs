using System.Text;
using System.Text.Json;
using ReportMining.Output;

namespace ReportMining.Tests.Output;

/// <summary>
/// The confidences and scores the JSON writer prints from their ten-thousandths are the same bytes
/// the general number writer gives, compact and indented, and anything else still goes to it.
/// </summary>
public sealed class RoundedNumberTests
{
    [Theory]
    [InlineData(1.0)]
    [InlineData(0.0)]
    [InlineData(0.5)]
    [InlineData(0.9887)]
    [InlineData(0.0001)]
    [InlineData(0.1)]
    [InlineData(-0.3)]
    [InlineData(-1.0)]
    [InlineData(12.3456)]
    [InlineData(0.123456)]
    [InlineData(1e-9)]
    public void Written_as_the_general_writer_writes_them(double value)
    {
        foreach (bool indented in new[] { false, true })
        {
            Write(indented, w => ReportJsonWriter.WriteRounded(w, Name, value))
                .Should().Be(Write(indented, w => w.WriteNumber(Name, value)), $"{value} (indented: {indented})");
        }
    }

    [Fact]
    public void Negative_zero_keeps_its_sign_and_not_a_number_is_refused_as_before()
    {
        Write(false, w => ReportJsonWriter.WriteRounded(w, Name, -0.0)).Should().Be(Write(false, w => w.WriteNumber(Name, -0.0)));
        var act = () => Write(false, w => ReportJsonWriter.WriteRounded(w, Name, double.NaN));
        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Every_four_decimal_probability_is_written_as_the_general_writer_writes_it()
    {
        for (int k = 0; k <= 10_000; k++)
        {
            double value = Math.Round(k / 10_000.0, 4);
            Write(false, w => ReportJsonWriter.WriteRounded(w, Name, value)).Should().Be(Write(false, w => w.WriteNumber(Name, value)));
        }
    }

    private static readonly JsonEncodedText Name = JsonEncodedText.Encode("confidence");

    private static string Write(bool indented, Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented, SkipValidation = false }))
        {
            writer.WriteStartObject();
            write(writer);
            writer.WriteNumber("next", 2);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
