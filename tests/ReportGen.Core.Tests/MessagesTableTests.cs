using System.Reflection;
using ReportGen.Localization;

namespace ReportGen.Core.Tests;

/// <summary>
/// Every entry of the message table, called with sample arguments: it says something in both languages,
/// the two differ, and the English has no Vietnamese letter of its own (the samples carry Vietnamese
/// letters on purpose, and are taken out before looking, so an argument passed through is allowed).
/// </summary>
public sealed class MessagesTableTests
{
    private static readonly NullabilityInfoContext Nullability = new();

    /// <summary>The entries: every public static method and property of <see cref="Messages"/> that gives text.</summary>
    public static TheoryData<string> Entries()
    {
        var data = new TheoryData<string>();
        foreach (var member in EntryMembers())
        {
            data.Add(member.Name);
        }
        return data;
    }

    private static IEnumerable<MemberInfo> EntryMembers() =>
        typeof(Messages).GetMembers(BindingFlags.Public | BindingFlags.Static)
            .Where(m => m switch
            {
                MethodInfo method => method.ReturnType == typeof(string) && !method.IsSpecialName,
                PropertyInfo property => property.PropertyType == typeof(string),
                _ => false,
            })
            .OrderBy(m => m.Name, StringComparer.Ordinal);

    [Fact]
    public void TheTable_HasEntriesForEveryArea()
    {
        var names = EntryMembers().Select(m => m.Name).ToHashSet();
        Assert.Equal(names.Count, EntryMembers().Count()); // one name, one entry: no overloads to miss
        Assert.Superset(new HashSet<string> { "TabIndentation", "TemplateMissing", "ContentDoesNotFitOnPage", "ThemeInvalid", "PortOutOfRange" }, names);
    }

    [Theory]
    [MemberData(nameof(Entries))]
    public void Entry_SaysSomethingDifferentInEachLanguage_AndNoVietnameseInTheEnglish(string name)
    {
        var member = EntryMembers().Single(m => m.Name == name);
        foreach (var variant in new[] { Variant.Samples, Variant.NullsAndFalse })
        {
            var (arguments, samples) = Arguments(member, variant);
            var vietnamese = Say(member, arguments, Language.Vietnamese);
            var english = Say(member, arguments, Language.English);

            Assert.False(string.IsNullOrWhiteSpace(vietnamese), $"{name}: no Vietnamese text");
            Assert.False(string.IsNullOrWhiteSpace(english), $"{name}: no English text");
            Assert.NotEqual(vietnamese, english);
            var ownWords = samples.Aggregate(english, (text, sample) => text.Replace(sample, "", StringComparison.Ordinal));
            Assert.True(VietnameseLetters.In(ownWords).Length == 0,
                $"{name}: the English has Vietnamese letters '{VietnameseLetters.In(ownWords)}': {english}");
            foreach (var sample in samples)
            {
                // The two languages show the same arguments, as given: the user's data is never translated.
                Assert.True(vietnamese.Contains(sample, StringComparison.Ordinal) == english.Contains(sample, StringComparison.Ordinal),
                    $"{name}: {sample} is shown in one language only:\n{vietnamese}\n{english}");
            }
        }
    }

    private enum Variant
    {
        Samples,
        NullsAndFalse,
    }

    private static string Say(MemberInfo member, object?[] arguments, Language language)
    {
        using var scope = Messages.Use(language);
        return member switch
        {
            MethodInfo method => (string)method.Invoke(null, arguments)!,
            PropertyInfo property => (string)property.GetValue(null)!,
            _ => throw new ArgumentException(member.Name),
        };
    }

    /// <summary>
    /// Sample arguments for <paramref name="member"/>, and the texts among them to find in its message. Text
    /// samples are Vietnamese on purpose (the user's data is); the second variant passes null where null is
    /// allowed and false for flags, for the other branch of each message.
    /// </summary>
    private static (object?[] Arguments, List<string> Samples) Arguments(MemberInfo member, Variant variant)
    {
        var samples = new List<string>();
        if (member is not MethodInfo method)
        {
            return ([], samples);
        }
        var arguments = method.GetParameters().Select(object? (p) =>
        {
            var type = p.ParameterType;
            if (type == typeof(string))
            {
                if (variant == Variant.NullsAndFalse && Nullability.Create(p).ReadState == NullabilityState.Nullable)
                {
                    return null;
                }
                var sample = $"«{p.Name} Đắk Lắk»";
                samples.Add(sample);
                return sample;
            }
            if (type == typeof(IEnumerable<string>) || type == typeof(IEnumerable<string?>))
            {
                string[] items = [$"«{p.Name} Hà Nội»", $"«{p.Name} Huế»"];
                samples.AddRange(items);
                return items;
            }
            if (type == typeof(int) || type == typeof(long) || type == typeof(float) || type == typeof(double))
            {
                return Convert.ChangeType(7, type, System.Globalization.CultureInfo.InvariantCulture);
            }
            if (type == typeof(bool))
            {
                return variant == Variant.Samples;
            }
            throw new ArgumentException($"{method.Name}: no sample for a parameter of type {type}; add one here.");
        }).ToArray();
        return (arguments, samples);
    }
}
