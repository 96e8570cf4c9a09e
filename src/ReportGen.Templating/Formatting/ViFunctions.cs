using System.Collections;
using System.Globalization;
using System.Numerics;
using Scriban.Runtime;

namespace ReportGen.Templating.Formatting;

/// <summary>
/// The Vietnamese formatting functions for Scriban templates, to be registered as
/// <c>globals["vi"] = new ViFunctions();</c>.
/// </summary>
/// <remarks>
/// <para>
/// Functions (the first argument can also be piped: <c>{{ area | vi.quantity "ha" }}</c>):
/// <c>vi.number value [decimals]</c>, <c>vi.percent value [decimals]</c>,
/// <c>vi.quantity value unit [decimals]</c>, <c>vi.money amount [currency]</c>,
/// <c>vi.date date</c> (administrative date), <c>vi.month_year date</c>,
/// <c>vi.press_date date</c>, <c>vi.change percent [decimals]</c>, <c>vi.upper text</c>,
/// <c>vi.sort_people names</c>. See <see cref="VietnameseFormat"/> and
/// <see cref="VietnameseNameComparer"/> for the rules.
/// </para>
/// <para>
/// Numbers may be any integer type, double or decimal (decimals are formatted exactly); dates
/// may be <see cref="DateOnly"/>, <see cref="DateTime"/>, <see cref="DateTimeOffset"/> or a
/// "yyyy-MM-dd" string. Anything else, including null and numbers held in strings, stops the
/// rendering with an error naming the function: a missing or mistyped figure in an official
/// report must be noticed, not printed as an empty string or as a guess ("12.278" is twelve
/// thousand in Vietnamese and twelve in the data's invariant notation).
/// </para>
/// <para>
/// Scriban reads <c>vi.number -5</c> as a subtraction; write a negative literal in
/// parentheses, <c>vi.number (-5)</c>.
/// </para>
/// </remarks>
public sealed class ViFunctions : ScriptObject
{
    /// <summary>
    /// Creates the function object. It is read-only, so that one instance can be shared by every
    /// template and render without a template replacing a function or leaving members behind.
    /// </summary>
    public ViFunctions()
    {
        this.AddFunction("number", new Func<object?, int?, string>(Number));
        this.AddFunction("percent", new Func<object?, int?, string>(Percent));
        this.AddFunction("quantity", new Func<object?, string?, int?, string>(Quantity));
        this.AddFunction("money", new Func<object?, string?, string>(Money));
        this.AddFunction("date", new Func<object?, string>(Date));
        this.AddFunction("month_year", new Func<object?, string>(MonthYear));
        this.AddFunction("press_date", new Func<object?, string>(PressDate));
        this.AddFunction("change", new Func<object?, int?, string>(Change));
        this.AddFunction("upper", new Func<object?, string>(Upper));
        this.AddFunction("sort_people", new Func<object?, ScriptArray>(SortPeople));
        this.AddFunction("nowrap", new Func<string?, string>(NoWrap));
        IsReadOnly = true;
    }

    private static string Number(object? value, int? decimals = null) => value switch
    {
        decimal exact => VietnameseFormat.Number(exact, decimals),
        ulong whole => VietnameseFormat.Number((decimal)whole, decimals),
        BigInteger whole => VietnameseFormat.Number(BigToDecimal(whole, "vi.number"), decimals),
        int or long or short or sbyte or byte or ushort or uint => VietnameseFormat.Number(Convert.ToInt64(value, CultureInfo.InvariantCulture), decimals),
        _ => VietnameseFormat.Number(ToDouble(value, "vi.number"), decimals),
    };

    private static string Percent(object? value, int? decimals = null) =>
        VietnameseFormat.Percent(ToDouble(value, "vi.percent"), decimals);

    private static string Quantity(object? value, string? unit, int? decimals = null) =>
        VietnameseFormat.Quantity(ToDouble(value, "vi.quantity"), unit ?? throw Missing("vi.quantity", "unit"), decimals);

    private static string Money(object? amount, string? currency = "đồng") =>
        VietnameseFormat.Money(ToDouble(amount, "vi.money"), currency ?? throw Missing("vi.money", "currency"));

    private static string Date(object? date) =>
        VietnameseFormat.AdministrativeDate(ToDate(date, "vi.date"));

    private static string MonthYear(object? date) =>
        VietnameseFormat.MonthYear(ToDate(date, "vi.month_year"));

    private static string PressDate(object? date) =>
        VietnameseFormat.PressDate(ToDate(date, "vi.press_date"));

    private static string Change(object? percentAgainstPrevious, int? decimals = null) =>
        VietnameseFormat.Change(ToDouble(percentAgainstPrevious, "vi.change"), decimals);

    private static string Upper(object? text) => text switch
    {
        string s => VietnameseFormat.Upper(s),
        null => throw new ArgumentException("vi.upper expects text but got null (is the value missing from the data?)."),
        _ => throw new ArgumentException($"vi.upper expects text but got {Describe(text)}."),
    };

    /// <summary>
    /// A person's name kept on one line (its spaces made non-breaking), as a clerk does in Word: in a list a
    /// name split over two lines reads as two people, and a table then gives the name column its full width.
    /// </summary>
    private static string NoWrap(string? text) => (text ?? "").Trim().Replace(' ', '\u00A0');

    private static ScriptArray SortPeople(object? names)
    {
        if (names is null or string || names is not IEnumerable items)
        {
            throw new ArgumentException($"vi.sort_people expects a list of names but got {Describe(names)}.");
        }

        var list = new List<string>();
        foreach (var item in items)
        {
            list.Add(item as string
                ?? throw new ArgumentException($"vi.sort_people expects every name to be text but got {Describe(item)}."));
        }

        return new ScriptArray(VietnameseNameComparer.Sort(list));
    }

    private static double ToDouble(object? value, string function) => value switch
    {
        double d => d,
        // A float widened to double would print its binary noise (37.2f is 37.2000007629…);
        // its own shortest form is what the data said.
        float f => double.Parse(f.ToString("R", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture),
        decimal m => (double)m,
        BigInteger b => (double)b,
        int or long or short or sbyte or byte or ushort or uint or ulong => Convert.ToDouble(value, CultureInfo.InvariantCulture),
        _ => throw new ArgumentException($"{function} expects a number but got {Describe(value)}."),
    };

    private static decimal BigToDecimal(BigInteger value, string function) =>
        value >= (BigInteger)decimal.MinValue && value <= (BigInteger)decimal.MaxValue
            ? (decimal)value
            : throw new ArgumentException($"{function}: the number {value} is too large to format.");

    private static DateOnly ToDate(object? value, string function) => value switch
    {
        DateOnly date => date,
        DateTime dateTime => DateOnly.FromDateTime(dateTime),
        DateTimeOffset dateTimeOffset => DateOnly.FromDateTime(dateTimeOffset.DateTime),
        string text when DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) => parsed,
        string text => throw new ArgumentException($"{function} expects a date written yyyy-MM-dd but got \"{text}\"."),
        _ => throw new ArgumentException($"{function} expects a date but got {Describe(value)}."),
    };

    private static ArgumentException Missing(string function, string parameter) =>
        new($"{function} expects a {parameter} but got null (is the value missing from the data?); use \"\" for none.");

    private static string Describe(object? value) => value switch
    {
        null => "null (is the value missing from the data?)",
        string text => $"the text \"{text}\"",
        _ => $"a value of type {value.GetType().Name}",
    };
}
