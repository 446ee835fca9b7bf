using System.Globalization;

namespace ReportMining.Dates;

/// <summary>How precise a calendar value is.</summary>
internal enum Gran : byte
{
    None,
    Century,
    Decade,
    Year,
    Half,
    Quarter,
    Season,
    Month,
    Week,
    Weekend,
    Day,
    PartOfDay,
    Time,
}

/// <summary>
/// A calendar value of some granularity (a year, a quarter, a week, a day, a time), with an
/// unknown year when the text gives none and there is nothing to resolve it against. Formats
/// as a TIMEX3 value.
/// </summary>
internal struct TDate
{
    public const int Unknown = int.MinValue;

    public Gran G;
    public int Year;     // Unknown when not known
    public int Month;    // 1..12 for Month/Day/PartOfDay/Time
    public int Day;      // 1..31 for Day/PartOfDay/Time
    public int Sub;      // week number, quarter, half, season (Season enum), decade digit count
    public DayPart Part; // PartOfDay
    public int Hour;     // Time
    public int Minute;   // Time
    public int Weekday;  // for a weekday whose date is unknown (1..7)

    public static TDate OfYear(int year) => new() { G = Gran.Year, Year = year };

    public static TDate OfMonth(int year, int month) => new() { G = Gran.Month, Year = year, Month = month };

    public static TDate OfDay(int year, int month, int day) => new() { G = Gran.Day, Year = year, Month = month, Day = day };

    public static TDate OfDay(DateOnly d) => OfDay(d.Year, d.Month, d.Day);

    public static TDate OfQuarter(int year, int quarter) => new() { G = Gran.Quarter, Year = year, Sub = quarter };

    public static TDate OfHalf(int year, int half) => new() { G = Gran.Half, Year = year, Sub = half };

    public static TDate OfSeason(int year, Season season) => new() { G = Gran.Season, Year = year, Sub = (int)season };

    public static TDate OfDecade(int firstYear) => new() { G = Gran.Decade, Year = firstYear };

    public static TDate OfCentury(int firstYear) => new() { G = Gran.Century, Year = firstYear };

    public static TDate OfWeek(DateOnly d)
    {
        var dt = d.ToDateTime(TimeOnly.MinValue);
        return new TDate { G = Gran.Week, Year = ISOWeek.GetYear(dt), Sub = ISOWeek.GetWeekOfYear(dt) };
    }

    public readonly bool HasYear => Year != Unknown;

    /// <summary>True when the value names a day whose date is known.</summary>
    public readonly bool IsFullDay => HasYear && G >= Gran.Day && Month > 0 && Day > 0;

    /// <summary>The first day of the value, when it is known.</summary>
    public readonly DateOnly? FirstDay
    {
        get
        {
            if (!HasYear || Year < 1 || Year > 9999) return null;
            try
            {
                return G switch
                {
                    Gran.Century or Gran.Decade or Gran.Year => new DateOnly(Year, 1, 1),
                    Gran.Half => new DateOnly(Year, Sub == 2 ? 7 : 1, 1),
                    Gran.Quarter => new DateOnly(Year, ((Sub - 1) * 3) + 1, 1),
                    Gran.Season => new DateOnly(Year, Sub switch { 1 => 3, 2 => 6, 3 => 9, _ => 12 }, 1),
                    Gran.Month => new DateOnly(Year, Month, 1),
                    Gran.Week or Gran.Weekend => DateOnly.FromDateTime(ISOWeek.ToDateTime(Year, Math.Clamp(Sub, 1, ISOWeek.GetWeeksInYear(Year)), DayOfWeek.Monday)),
                    Gran.Day or Gran.PartOfDay or Gran.Time when Month > 0 && Day > 0 => new DateOnly(Year, Month, Day),
                    _ => null,
                };
            }
            catch (ArgumentOutOfRangeException)
            {
                return null;
            }
        }
    }

    public override readonly string ToString() => Format();

    /// <summary>The TIMEX3 value.</summary>
    public readonly string Format()
    {
        Span<char> buf = stackalloc char[24];
        int n = 0;
        void Put(Span<char> b, ref int k, ReadOnlySpan<char> s)
        {
            s.CopyTo(b[k..]);
            k += s.Length;
        }

        void Num(Span<char> b, ref int k, int v, int width)
        {
            if (v < 0) v = 0;
            v.TryFormat(b[k..], out int w, width == 4 ? "0000" : "00", CultureInfo.InvariantCulture);
            k += w;
        }

        string year = HasYear ? string.Empty : "XXXX";
        switch (G)
        {
            case Gran.Century:
                if (!HasYear) return "XX";
                return (Year / 100).ToString("00", CultureInfo.InvariantCulture);
            case Gran.Decade:
                if (!HasYear) return "XXX";
                return (Year / 10).ToString("000", CultureInfo.InvariantCulture) + "X";
            case Gran.None:
                return "XXXX";
        }

        if (HasYear) Num(buf, ref n, Year, 4); else Put(buf, ref n, year);
        switch (G)
        {
            case Gran.Year:
                break;
            case Gran.Half:
                Put(buf, ref n, "-H");
                buf[n++] = (char)('0' + Sub);
                break;
            case Gran.Quarter:
                Put(buf, ref n, "-Q");
                if (Sub > 0) buf[n++] = (char)('0' + Sub); else buf[n++] = 'X';
                break;
            case Gran.Season:
                Put(buf, ref n, (Season)Sub switch { Season.Spring => "-SP", Season.Summer => "-SU", Season.Autumn => "-FA", _ => "-WI" });
                break;
            case Gran.Month:
                buf[n++] = '-';
                if (Month > 0) Num(buf, ref n, Month, 2); else Put(buf, ref n, "XX");
                break;
            case Gran.Week:
            case Gran.Weekend:
                Put(buf, ref n, "-W");
                if (Sub > 0) Num(buf, ref n, Sub, 2); else Put(buf, ref n, "XX");
                if (G == Gran.Weekend) Put(buf, ref n, "-WE");
                break;
            default:
                if (Month == 0 && Weekday > 0)
                {
                    Put(buf, ref n, "-WXX-");
                    buf[n++] = (char)('0' + Weekday);
                }
                else
                {
                    buf[n++] = '-';
                    if (Month > 0) Num(buf, ref n, Month, 2); else Put(buf, ref n, "XX");
                    buf[n++] = '-';
                    if (Day > 0) Num(buf, ref n, Day, 2); else Put(buf, ref n, "XX");
                }

                if (G == Gran.PartOfDay)
                {
                    Put(buf, ref n, Part switch
                    {
                        DayPart.Morning => "TMO",
                        DayPart.Afternoon => "TAF",
                        DayPart.Evening => "TEV",
                        DayPart.Night => "TNI",
                        DayPart.Noon => "T12:00",
                        DayPart.Midnight => "T24:00",
                        _ => string.Empty,
                    });
                }
                else if (G == Gran.Time)
                {
                    buf[n++] = 'T';
                    Num(buf, ref n, Hour, 2);
                    buf[n++] = ':';
                    Num(buf, ref n, Minute, 2);
                }

                break;
        }

        return new string(buf[..n]);
    }

    /// <summary>This value moved by <paramref name="n"/> units of its own granularity.</summary>
    public readonly TDate Shift(int n)
    {
        if (!HasYear || n == 0) return this;
        var r = this;
        switch (G)
        {
            case Gran.Century:
                r.Year += 100 * n;
                break;
            case Gran.Decade:
                r.Year += 10 * n;
                break;
            case Gran.Year:
            case Gran.Season:
                r.Year += n;
                break;
            case Gran.Half:
            {
                int h = (Year * 2) + (Sub - 1) + n;
                r.Year = FloorDiv(h, 2);
                r.Sub = h - (r.Year * 2) + 1;
                break;
            }

            case Gran.Quarter:
            {
                int q = (Year * 4) + (Sub - 1) + n;
                r.Year = FloorDiv(q, 4);
                r.Sub = q - (r.Year * 4) + 1;
                break;
            }

            case Gran.Month:
            {
                int m = (Year * 12) + (Month - 1) + n;
                r.Year = FloorDiv(m, 12);
                r.Month = m - (r.Year * 12) + 1;
                break;
            }

            case Gran.Week:
            case Gran.Weekend:
                if (FirstDay is { } w)
                {
                    var moved = OfWeek(w.AddDays(7 * n));
                    r.Year = moved.Year;
                    r.Sub = moved.Sub;
                }

                break;
            default:
                if (IsFullDay && FirstDay is { } d)
                {
                    var moved = d.AddDays(n);
                    r.Year = moved.Year;
                    r.Month = moved.Month;
                    r.Day = moved.Day;
                }

                break;
        }

        return r;
    }

    /// <summary>This value with granularity <paramref name="g"/> (coarser only).</summary>
    public readonly TDate Coarsen(Gran g)
    {
        if (g >= G) return this;
        var d = FirstDay;
        return g switch
        {
            Gran.Century => OfCentury(Year / 100 * 100),
            Gran.Decade => OfDecade(Year / 10 * 10),
            Gran.Year => OfYear(Year),
            Gran.Half => d is { } h ? OfHalf(h.Year, h.Month <= 6 ? 1 : 2) : OfYear(Year),
            Gran.Quarter => d is { } q ? OfQuarter(q.Year, ((q.Month - 1) / 3) + 1) : OfYear(Year),
            Gran.Month => d is { } m ? OfMonth(m.Year, m.Month) : this,
            Gran.Week => d is { } w ? OfWeek(w) : this,
            Gran.Day => d is { } x ? OfDay(x) : this,
            _ => this,
        };
    }

    private static int FloorDiv(int a, int b) => a >= 0 ? a / b : ((a + 1) / b) - 1;
}
