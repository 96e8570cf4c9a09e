using System.Globalization;
using System.Text;
using ReportGen.Templating.Formatting;

namespace ReportGen.Templating.Tests;

public class VietnameseNameComparerTests
{
    [Fact]
    public void Sort_OrdersByGivenNameThenFamilyAndMiddleNames()
    {
        string[] names = ["Trần Văn Bình", "Nguyễn Thị An", "Lê Văn Đức", "Phạm Thị Dung", "Nguyễn Văn An", "Hoàng Văn Ánh"];
        // Given names An, An, Ánh, Bình, Dung, Đức: "an" is a prefix of "anh" (the tone on Á is
        // only a secondary difference), b < d < đ; the two An are ordered by "Thị" < "Văn".
        string[] expected = ["Nguyễn Thị An", "Nguyễn Văn An", "Hoàng Văn Ánh", "Trần Văn Bình", "Phạm Thị Dung", "Lê Văn Đức"];

        Assert.Equal(expected, VietnameseNameComparer.Sort(names));
        Assert.NotEqual(expected, names.Order(StringComparer.Ordinal));
        Assert.NotEqual(expected, OrdinalByGivenName(names)); // ordinal puts Ánh after Dung
    }

    [Fact]
    public void Sort_TreatsVietnameseVowelsAsLettersOfTheirOwn()
    {
        string[] names = ["Nguyễn Thị Hoa", "Trần Thị Hà", "Lê Thị Hải", "Phạm Thị Hạnh", "Vũ Thị Hằng", "Đỗ Văn Hậu", "Bùi Minh Hiếu"];
        // Letters without tones: ha < hai (prefix) < hanh (i < n) < hăng (a < ă) < hâu (ă < â)
        // < hiêu (â < i) < hoa (i < o).
        string[] expected = ["Trần Thị Hà", "Lê Thị Hải", "Phạm Thị Hạnh", "Vũ Thị Hằng", "Đỗ Văn Hậu", "Bùi Minh Hiếu", "Nguyễn Thị Hoa"];

        Assert.Equal(expected, VietnameseNameComparer.Sort(names));
        // Ordinal: Hiếu, Hoa, Hà, Hạnh, Hải, Hậu, Hằng.
        Assert.NotEqual(expected, OrdinalByGivenName(names));
    }

    [Fact]
    public void Sort_TreatsTonesAsSecondaryAndUAndUHornAsDifferentLetters()
    {
        string[] names = ["Hồ Thị Tường", "Phạm Văn Tư", "Nguyễn Thanh Tùng", "Lê Minh Tuấn", "Trần Văn Tú"];
        // tu (Tú) is a prefix of tuân; tuân < tung (â < n); tung < tư (u < ư); tư is a prefix of tương.
        string[] expected = ["Trần Văn Tú", "Lê Minh Tuấn", "Nguyễn Thanh Tùng", "Phạm Văn Tư", "Hồ Thị Tường"];

        Assert.Equal(expected, VietnameseNameComparer.Sort(names));
        // Ordinal puts "Tú" (ú is U+00FA) after "Tuấn" and "Tùng".
        Assert.NotEqual(expected, OrdinalByGivenName(names));
    }

    [Fact]
    public void Sort_SameGivenName_OrdersByFamilyName()
    {
        string[] names = ["Đỗ Văn Hùng", "Dương Văn Hùng", "Âu Văn Hùng", "Bùi Văn Hùng", "Ông Văn Hùng", "Ứng Văn Hùng", "Nguyễn Văn Hùng"];
        // a < ă < â < b < … < d < đ < … < n < o < ô < ơ < … < u < ư
        string[] expected = ["Âu Văn Hùng", "Bùi Văn Hùng", "Dương Văn Hùng", "Đỗ Văn Hùng", "Nguyễn Văn Hùng", "Ông Văn Hùng", "Ứng Văn Hùng"];

        Assert.Equal(expected, VietnameseNameComparer.Sort(names));
        // Ordinal: Bùi, Dương, Nguyễn, Âu, Ông, Đỗ, Ứng.
        Assert.NotEqual(expected, names.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Sort_SameGivenAndFamilyName_OrdersByMiddleNamesWordByWord()
    {
        string[] names = ["Nguyễn Văn An", "Nguyễn Thị Thu An", "Nguyễn An", "Nguyễn Thị An"];
        // [Nguyễn] < [Nguyễn, Thị] < [Nguyễn, Thị, Thu] < [Nguyễn, Văn]: a shorter name that is a
        // prefix of a longer one comes first.
        string[] expected = ["Nguyễn An", "Nguyễn Thị An", "Nguyễn Thị Thu An", "Nguyễn Văn An"];

        Assert.Equal(expected, VietnameseNameComparer.Sort(names));
    }

    [Fact]
    public void Sort_GivenNameWinsOverFamilyName()
    {
        string[] names = ["An Văn Bình", "Vũ Thị An"];

        Assert.Equal(["Vũ Thị An", "An Văn Bình"], VietnameseNameComparer.Sort(names));
    }

    [Fact]
    public void Sort_ToneOrderFollowsTheVietnameseCollation()
    {
        // Same letters, different tones: no tone, huyền, hỏi, ngã, sắc, nặng (CLDR vi).
        string[] names = ["Lê Văn Thạnh", "Lê Văn Thành", "Lê Văn Thanh"];

        Assert.Equal(["Lê Văn Thanh", "Lê Văn Thành", "Lê Văn Thạnh"], VietnameseNameComparer.Sort(names));
    }

    [Fact]
    public void Compare_IgnoresExtraWhitespace()
    {
        Assert.Equal(0, VietnameseNameComparer.Instance.Compare("  Nguyễn   Văn\tAn ", "Nguyễn Văn An"));
    }

    [Fact]
    public void Compare_TreatsComposedAndDecomposedFormsAsEqual()
    {
        var composed = "Nguyễn Văn Đức".Normalize(NormalizationForm.FormC);
        var decomposed = composed.Normalize(NormalizationForm.FormD);
        Assert.NotEqual(composed, decomposed);

        Assert.Equal(0, VietnameseNameComparer.Instance.Compare(composed, decomposed));
        Assert.Equal(0, VietnameseNameComparer.Instance.Compare(decomposed, composed));
    }

    [Fact]
    public void Compare_DifferentNames_AreNotEqual()
    {
        var comparer = VietnameseNameComparer.Instance;

        Assert.True(comparer.Compare("Nguyễn Văn An", "Nguyễn Văn Ân") < 0);
        Assert.True(comparer.Compare("Nguyễn Văn Ân", "Nguyễn Văn An") > 0);
        Assert.True(comparer.Compare("Lê Văn Dũng", "Lê Văn Đức") < 0);
        // Upper and lower case collate as a tertiary difference but are still different names.
        Assert.NotEqual(0, comparer.Compare("nguyễn văn an", "Nguyễn Văn An"));
    }

    [Fact]
    public void Compare_NullSortsFirst()
    {
        var comparer = VietnameseNameComparer.Instance;

        Assert.Equal(0, comparer.Compare(null, null));
        Assert.True(comparer.Compare(null, "Nguyễn Văn An") < 0);
        Assert.True(comparer.Compare("Nguyễn Văn An", null) > 0);
        Assert.True(comparer.Compare("", "Nguyễn Văn An") < 0);
    }

    [Fact]
    public void Compare_IsAntisymmetricAndTransitive()
    {
        string[] names =
        [
            "Nguyễn Thị An", "Nguyễn Văn An", "Hoàng Văn Ánh", "Trần Văn Bình", "Phạm Thị Dung", "Lê Văn Đức",
            "Trần Thị Hà", "Vũ Thị Hằng", "Đỗ Văn Hậu", "Âu Văn Hùng", "Ứng Văn Hùng", "Nguyễn An", "Nguyễn  An", "",
        ];
        var comparer = VietnameseNameComparer.Instance;

        foreach (var a in names)
        {
            foreach (var b in names)
            {
                Assert.Equal(Math.Sign(comparer.Compare(a, b)), -Math.Sign(comparer.Compare(b, a)));
                foreach (var c in names)
                {
                    if (comparer.Compare(a, b) <= 0 && comparer.Compare(b, c) <= 0)
                    {
                        Assert.True(comparer.Compare(a, c) <= 0, $"{a} <= {b} <= {c}");
                    }
                }
            }
        }
    }

    [Fact]
    public void Sort_ReturnsTheNamesAsGivenAndIsStable()
    {
        var spaced = "Nguyễn  Văn An";
        var decomposed = "Nguyễn Văn An".Normalize(NormalizationForm.FormD);

        Assert.Equal([spaced, decomposed, "Lê Văn Bình"], VietnameseNameComparer.Sort(["Lê Văn Bình", spaced, decomposed]));
        Assert.Equal([decomposed, spaced, "Lê Văn Bình"], VietnameseNameComparer.Sort([decomposed, "Lê Văn Bình", spaced]));
    }

    [Fact]
    public void Instance_WorksAsAnIComparer()
    {
        var list = new List<string> { "Trần Văn Bình", "Hoàng Văn Ánh", "Nguyễn Văn An" };

        list.Sort(VietnameseNameComparer.Instance);

        Assert.Equal(["Nguyễn Văn An", "Hoàng Văn Ánh", "Trần Văn Bình"], list);
    }

    [Fact]
    public void Sort_DoesNotDependOnTheCurrentCulture()
    {
        string[] names = ["Trần Văn Bình", "Nguyễn Thị An", "Lê Văn Đức", "Phạm Thị Dung", "Nguyễn Văn An", "Hoàng Văn Ánh"];
        var expected = VietnameseNameComparer.Sort(names);
        var previous = CultureInfo.CurrentCulture;
        try
        {
            foreach (var name in new[] { "en-US", "tr-TR", "sv-SE", "" })
            {
                CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(name);
                Assert.Equal(expected, VietnameseNameComparer.Sort(names));
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Sort_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => VietnameseNameComparer.Sort(null!));
    }

    /// <summary>The naive implementation: given name first, but compared by code point.</summary>
    private static string[] OrdinalByGivenName(IEnumerable<string> names) =>
        names
            .OrderBy(name => name.Split(' ')[^1], StringComparer.Ordinal)
            .ThenBy(name => name, StringComparer.Ordinal)
            .ToArray();

    [Fact]
    public void Collation_OrdersAsIcuDoes_ForEveryPairOfWordsOfTheSeeds_WithoutAskingTheSystem()
    {
        // The words of the seed data: thousands of pairs of real Vietnamese words, names and numbers.
        var words = Directory.EnumerateFiles(ReportGen.Tests.RepositoryRoot.Of("seeds"), "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".md", StringComparison.Ordinal))
            .SelectMany(f => System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(f), @"[\p{L}\p{M}\d]+").Select(m => m.Value))
            .Distinct(StringComparer.Ordinal).Take(600).ToList();
        Assert.True(words.Count > 300, $"{words.Count} words");
        // ICU's vi-VN collation (Linux) is the reference our own order was checked against.
        var icu = StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"), ignoreCase: false);
        var ours = VietnameseCollation.Instance;
        var differ = new List<string>();
        foreach (var a in words)
        {
            foreach (var b in words)
            {
                var expected = Math.Sign(icu.Compare(a, b));
                if (expected != 0 && Math.Sign(ours.Compare(a, b)) != expected)
                {
                    differ.Add($"{a} / {b}: ICU {expected}");
                }
            }
        }
        Assert.True(differ.Count == 0, string.Join("; ", differ.Take(20)));
    }

    [Fact]
    public void Collation_Keys_CompareEveryPairAsTheCollationDoes_AndSortTheSame()
    {
        // Words of the seeds, the same words in capitals and decomposed (NFD), and copies that are other string objects:
        // every tie-break of the collation is reached (letters, tones, case, code points).
        var words = Directory.EnumerateFiles(ReportGen.Tests.RepositoryRoot.Of("seeds"), "*.yaml", SearchOption.AllDirectories)
            .SelectMany(f => System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(f), @"[\p{L}\p{M}\d]+").Select(m => m.Value))
            .Distinct(StringComparer.Ordinal).Take(150).ToList();
        words = [.. words, .. words.Take(40).Select(w => w.ToUpperInvariant()), .. words.Take(40).Select(w => w.Normalize(System.Text.NormalizationForm.FormD)),
            .. words.Take(20).Select(w => new string(w.AsSpan())), null!];
        // And words that end where another goes on, differ only in case or tone, or carry figures.
        words = [.. words, "an", "anh", "Anh", "ANH", "ánh", "Ánh", "a", "", "10", "1", "2", "a1", "a10", "ă", "â", "đ", "d", "ư", "u", "Ư"];
        AssertSameOrder(VietnameseCollation.Instance, VietnameseCollation.KeyOf, words);
    }

    /// <summary>
    /// Every pair of <paramref name="items"/> compares alike (by sign) by the comparer and by their keys, and sorting by
    /// the keys gives the comparer's order.
    /// </summary>
    private static void AssertSameOrder(IComparer<string> comparer, Func<string, CollationKey> keyOf, List<string> items)
    {
        var keys = items.Select(keyOf).ToList();
        for (var a = 0; a < items.Count; a++)
        {
            for (var b = 0; b < items.Count; b++)
            {
                Assert.True(Math.Sign(comparer.Compare(items[a], items[b])) == Math.Sign(keys[a].CompareTo(keys[b])),
                    $"\"{items[a]}\" against \"{items[b]}\": {comparer.Compare(items[a], items[b])} by the comparer, {keys[a].CompareTo(keys[b])} by the keys");
            }
        }
        Assert.Equal(items.Order(comparer).ToArray(), items.OrderBy(keyOf).ToArray());
    }

    [Fact]
    public void Names_Keys_CompareEveryPairAsTheComparerDoes_AndSortTheSame()
    {
        // People's names of the seeds ("name: …" values of two words or more), the same names typed other ways (double
        // spaces, decomposed marks, spaces around), given names shared by different families, other string objects.
        var names = Directory.EnumerateFiles(ReportGen.Tests.RepositoryRoot.Of("seeds"), "*.yaml", SearchOption.AllDirectories)
            .SelectMany(f => System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(f), @"name:\s*([\p{L}\p{M}]+(?: [\p{L}\p{M}]+)+)\s*$",
                System.Text.RegularExpressions.RegexOptions.Multiline).Select(m => m.Groups[1].Value))
            .Distinct(StringComparer.Ordinal).Take(120).ToList();
        Assert.True(names.Count >= 20, $"{names.Count} names found in the seeds");
        names = [.. names, .. names.Take(20).Select(n => n.Replace(" ", "  ")), .. names.Take(20).Select(n => n.Normalize(System.Text.NormalizationForm.FormD)),
            .. names.Take(20).Select(n => $" {n} "), .. names.Take(20).Select(n => "Nguyễn Văn " + n.Split(' ')[^1]),
            .. names.Take(10).Select(n => new string(n.AsSpan())), "", null!];
        // Names whose words end where another's go on, with fewer or more words, a word alone, in capitals, with figures.
        names = [.. names, "An", "Nguyễn An", "Nguyễn Văn An", "Nguyễn Văn Anh", "Nguyễn Vă An", "Nguyễn Vănh An", "NGUYỄN VĂN AN",
            "Nguyễn Văn An 2", "Nguyễn Văn An 10", "Văn An", "Lê An", "Lê Ân", "Lê Ấn"];
        AssertSameOrder(VietnameseNameComparer.Instance, VietnameseNameComparer.KeyOf, names);
        Assert.Equal(names.Where(n => n is not null).Order(VietnameseNameComparer.Instance).ToArray(), VietnameseNameComparer.Sort(names.Where(n => n is not null)));
    }
}
