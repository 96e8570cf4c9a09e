using System.Globalization;
using System.Text;
using CsCheck;
using ReportGen.Core.Wording;

namespace ReportGen.Core.Tests.Wording;

public sealed class ToneMarksTests
{
    [Theory]
    [InlineData("hoá", "hóa")]
    [InlineData("khoá", "khóa")]
    [InlineData("thuỷ", "thủy")]
    [InlineData("uỷ ban", "ủy ban")]
    [InlineData("Uỷ ban nhân dân", "Ủy ban nhân dân")]
    [InlineData("UỶ BAN", "ỦY BAN")]
    [InlineData("toà án", "tòa án")]
    [InlineData("hoè", "hòe")]
    [InlineData("khoẻ mạnh", "khỏe mạnh")]
    [InlineData("hoà bình", "hòa bình")]
    [InlineData("Văn hoá, thể thao", "Văn hóa, thể thao")]
    [InlineData("tuỳ", "tùy")]
    [InlineData("luỹ kế", "lũy kế")]
    [InlineData("thuỵ", "thụy")]
    [InlineData("Nguyễn Thị Thuỷ", "Nguyễn Thị Thủy")]
    [InlineData("khoá XIX", "khóa XIX")]
    [InlineData("Tỉnh uỷ", "Tỉnh ủy")]
    [InlineData("hoá-học", "hóa-học")]
    public void Apply_MovesTheMark_BetweenOldAndNewPlacement(string old, string @new)
    {
        Assert.Equal(@new, ToneMarks.Apply(old, ToneMarkStyle.New));
        Assert.Equal(old, ToneMarks.Apply(@new, ToneMarkStyle.Old));
        Assert.Equal(@new, ToneMarks.Apply(@new, ToneMarkStyle.New));
        Assert.Equal(old, ToneMarks.Apply(old, ToneMarkStyle.Old));
    }

    [Theory]
    [InlineData("hoàn thành")]
    [InlineData("khoảng")]
    [InlineData("thuyết minh")]
    [InlineData("quyết định")]
    [InlineData("kế hoạch")]
    [InlineData("quý")]
    [InlineData("Quý IV")]
    [InlineData("quỳ")]
    [InlineData("quà")]
    [InlineData("khuya")]
    [InlineData("thuế")]
    [InlineData("giá")]
    [InlineData("gì")]
    [InlineData("loại")]
    [InlineData("ngoài")]
    [InlineData("xoay")]
    [InlineData("huyện")]
    [InlineData("Toyota hoa")]
    public void Apply_LeavesWordsTheStylesWriteAlike(string text)
    {
        Assert.Equal(text, ToneMarks.Apply(text, ToneMarkStyle.New));
        Assert.Equal(text, ToneMarks.Apply(text, ToneMarkStyle.Old));
    }

    [Theory]
    [InlineData("qúy", "quý")]
    [InlineData("Qùa", "Quà")]
    [InlineData("QÚY", "QUÝ")]
    public void Apply_MovesAMarkTypedOnTheUOfQu_ToTheVowelAfterIt(string slip, string right)
    {
        Assert.Equal(right, ToneMarks.Apply(slip, ToneMarkStyle.New));
        Assert.Equal(right, ToneMarks.Apply(slip, ToneMarkStyle.Old));
    }

    [Fact]
    public void Apply_WorksOnDecomposedInput_AndReturnsNfc()
    {
        var decomposed = "khoá học, thuỷ lợi".Normalize(NormalizationForm.FormD);
        var result = ToneMarks.Apply(decomposed, ToneMarkStyle.New);
        Assert.Equal("khóa học, thủy lợi", result);
        Assert.True(result.IsNormalized(NormalizationForm.FormC));
    }

    [Fact]
    public void Styled_NamesTheStyleOfEachWordThatHasOne()
    {
        var found = ToneMarks.Styled("Khoá họp, văn hóa và quý").ToList();
        Assert.Equal([(0, "Khoá", ToneMarkStyle.Old), (14, "hóa", ToneMarkStyle.New)], found);
    }

    // Syllables built from Vietnamese parts: an initial (with qu and gi), a vowel group, a final, a tone on one
    // of the vowels, in one of three casings. Not all are words; all are shaped like them, which is what the rule
    // reads.
    private static readonly string[] InitialParts = ["", "b", "ch", "gi", "h", "kh", "l", "ng", "qu", "th", "tr", "x", "đ"];
    private static readonly string[] Groups = ["oa", "oe", "uy", "a", "o", "ua", "uya", "uyê", "oai", "ươ", "iê", "ê", "ô"];
    private static readonly string[] Finals = ["", "n", "ng", "c", "ch", "t", "nh", "m", "p", "i", "y", "o", "u"];
    private static readonly char[] Tones = ['\0', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];

    private static readonly Gen<string> Syllable =
        from initial in Gen.OneOf(InitialParts)
        from vowels in Gen.OneOf(Groups)
        from final in Gen.OneOf(Finals)
        from tone in Gen.OneOf(Tones)
        from vowel in Gen.Int[0, 2]
        from casing in Gen.Int[0, 2]
        select Cased(Marked(initial, vowels, final, tone, Math.Min(vowel, vowels.Length - 1)), casing);

    private static readonly Gen<string> Text =
        from words in Syllable.Array[1, 8]
        from separators in Gen.OneOf(" ", ", ", "-", "\n", " (").Array[8]
        select string.Concat(words.Select((w, i) => w + separators[i]));

    private static string Marked(string initial, string vowels, string final, char tone, int on)
    {
        var letters = new StringBuilder(initial).Append(vowels.Normalize(NormalizationForm.FormD));
        if (tone != '\0')
        {
            // After the vowel's own marks (ê, ơ), as NFD orders them; NFC composes it.
            var decomposedVowels = vowels.Normalize(NormalizationForm.FormD);
            var index = 0;
            var seen = -1;
            for (; index < decomposedVowels.Length; index++)
            {
                if (CharUnicodeInfo.GetUnicodeCategory(decomposedVowels[index]) != UnicodeCategory.NonSpacingMark && ++seen == on)
                {
                    break;
                }
            }
            var after = index + 1;
            while (after < decomposedVowels.Length && CharUnicodeInfo.GetUnicodeCategory(decomposedVowels[after]) == UnicodeCategory.NonSpacingMark)
            {
                after++;
            }
            letters.Insert(initial.Length + after, tone);
        }
        return letters.Append(final).ToString().Normalize(NormalizationForm.FormC);
    }

    private static string Cased(string syllable, int casing) => casing switch
    {
        1 => syllable.ToUpperInvariant(),
        2 => char.ToUpperInvariant(syllable[0]) + syllable[1..],
        _ => syllable,
    };

    private static string WithoutTones(string text) =>
        new string(text.Normalize(NormalizationForm.FormD).Where(c => c is not ('\u0300' or '\u0301' or '\u0309' or '\u0303' or '\u0323')).ToArray())
            .Normalize(NormalizationForm.FormC);

    [Fact]
    public void OldToNewToOld_GivesTheOldTextBack_AndNewToOldToNewTheNew()
    {
        Text.Sample(text =>
        {
            var old = ToneMarks.Apply(text, ToneMarkStyle.Old);
            var @new = ToneMarks.Apply(text, ToneMarkStyle.New);
            return ToneMarks.Apply(ToneMarks.Apply(old, ToneMarkStyle.New), ToneMarkStyle.Old) == old
                && ToneMarks.Apply(ToneMarks.Apply(@new, ToneMarkStyle.Old), ToneMarkStyle.New) == @new
                && ToneMarks.Apply(old, ToneMarkStyle.New) == @new;
        });
    }

    [Fact]
    public void Apply_OnlyMovesMarks_NeverAddsRemovesOrChangesLetters()
    {
        Text.Sample(text =>
            WithoutTones(ToneMarks.Apply(text, ToneMarkStyle.New)) == WithoutTones(text)
            && WithoutTones(ToneMarks.Apply(text, ToneMarkStyle.Old)) == WithoutTones(text)
            && ToneMarks.Apply(text, ToneMarkStyle.Old).Length == text.Length);
    }

    [Fact]
    public void SyllablesWithAFinalLetter_NeverChange()
    {
        var withFinal =
            from initial in Gen.OneOf(InitialParts.Where(i => i != "qu").ToArray())
            from vowels in Gen.OneOf("oa", "oe", "uy", "uyê", "oă")
            from final in Gen.OneOf(Finals.Where(f => f.Length > 0).ToArray())
            from tone in Gen.OneOf(Tones)
            from vowel in Gen.Int[0, 1]
            from casing in Gen.Int[0, 2]
            select Cased(Marked(initial, vowels, final, tone, vowel), casing);
        withFinal.Sample(syllable =>
            ToneMarks.Apply(syllable, ToneMarkStyle.New) == syllable && ToneMarks.Apply(syllable, ToneMarkStyle.Old) == syllable);
    }

    [Fact]
    public void QuBeforeAVowel_KeepsTheMarkOffTheU_InBothStyles()
    {
        var qu =
            from vowels in Gen.OneOf("y", "a", "ê", "ô", "yê")
            from final in Gen.OneOf("", "n", "nh", "t")
            from tone in Gen.OneOf(Tones.Skip(1).ToArray())
            select Marked("qu", vowels, final, tone, 0);
        qu.Sample(syllable =>
            ToneMarks.Apply(syllable, ToneMarkStyle.New) == syllable && ToneMarks.Apply(syllable, ToneMarkStyle.Old) == syllable);
    }

    [Fact]
    public void WouldChange_SaysWhetherApplyChangesTheText_InBothStyles_NfcOrNot()
    {
        Text.Sample(text =>
        {
            foreach (var form in new[] { text, text.Normalize(NormalizationForm.FormD), "<p>" + text + "</p> 12" })
            {
                foreach (var style in new[] { ToneMarkStyle.New, ToneMarkStyle.Old })
                {
                    if (ToneMarks.WouldChange(form, style) != (ToneMarks.Apply(form, style) != form))
                    {
                        return false;
                    }
                }
            }
            return true;
        });
        Assert.False(ToneMarks.WouldChange("Ủy ban nhân dân tỉnh, hóa học", ToneMarkStyle.New));
        Assert.True(ToneMarks.WouldChange("Ủy ban nhân dân tỉnh, hóa học", ToneMarkStyle.Old));
        Assert.False(ToneMarks.WouldChange("no marks at all 123", ToneMarkStyle.Old));
    }

    /// <summary>The runs of letters (and combining marks) of a text, each with its start: its syllables, found the plain way.</summary>
    private static List<(int Start, string Letters)> LetterRuns(string text)
    {
        static bool IsPart(char c) => char.IsLetter(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;
        var runs = new List<(int, string)>();
        for (var i = 0; i < text.Length;)
        {
            if (!IsPart(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && IsPart(text[i]))
            {
                i++;
            }
            runs.Add((start, text[start..i]));
        }
        return runs;
    }

    // Syllables side by side with digits, other letters and marks between them: what the search for marked letters must
    // widen to whole syllables, never further.
    private static readonly Gen<string> CrowdedText =
        from words in Syllable.Array[1, 10]
        from separators in Gen.OneOf("", " ", "1", "2,5", "-", "ñ", "Ω", "\u0301", "\n", "·", "’").Array[10]
        select string.Concat(words.Select((w, i) => w + separators[i]));

    [Fact]
    public void Styled_And_Apply_TakeEachSyllableAsItIsAlone()
    {
        CrowdedText.Sample(text =>
        {
            var runs = LetterRuns(text);
            var expected = runs.Where(r => ToneMarks.StyleOf(r.Letters) is not null)
                .Select(r => (r.Start, r.Letters, ToneMarks.StyleOf(r.Letters)!.Value)).ToList();
            if (!ToneMarks.Styled(text).SequenceEqual(expected))
            {
                return false;
            }
            foreach (var style in new[] { ToneMarkStyle.New, ToneMarkStyle.Old })
            {
                var nfc = text.Normalize(NormalizationForm.FormC);
                var alone = new StringBuilder(nfc);
                foreach (var (start, letters) in LetterRuns(nfc))
                {
                    alone.Remove(start, letters.Length).Insert(start, ToneMarks.Apply(letters, style));
                }
                if (ToneMarks.Apply(text, style) != alone.ToString()
                    || ToneMarks.WouldChange(text, style) != (ToneMarks.Apply(text, style) != text))
                {
                    return false;
                }
            }
            return true;
        }, iter: 20_000);
        // Two syllables joined by a letter are one run of letters, whose vowels are not a pair alone: left as they are.
        Assert.Equal("hoáñhoá", ToneMarks.Apply("hoáñhoá", ToneMarkStyle.New));
        Assert.Equal("hóañhóa", ToneMarks.Apply("hóañhóa", ToneMarkStyle.Old));
        Assert.Equal("thủy1hóa", ToneMarks.Apply("thuỷ1hoá", ToneMarkStyle.New));
    }
}
