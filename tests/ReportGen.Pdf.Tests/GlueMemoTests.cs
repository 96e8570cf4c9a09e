using ReportGen.Booklet;

namespace ReportGen.Pdf.Tests;

/// <summary>
/// <see cref="VietnameseBreaks.Glue"/> and <see cref="VietnameseBreaks.GlueTitle"/> keep their answers in a memo shared
/// by every thread (both copies of a booklet, meetings laid out in parallel), emptied when it grows past its bound.
/// Whatever the memo holds, from whichever thread, a text must get the answer it got the first time.
/// </summary>
public sealed class GlueMemoTests
{
    private static readonly (string Text, string Glued)[] Known =
    [
        ("đạt 12.278,27 ha", "đạt 12.278,27\u00A0ha"),
        ("kinh tế - xã hội", "kinh tế\u00A0- xã hội"),
        ("đồng chí Nguyễn Văn Bình, Bí thư", "đồng chí Nguyễn\u00A0Văn\u00A0Bình, Bí thư"),
        ("Tổng diện tích gieo trồng", "Tổng diện tích gieo trồng"),
    ];

    private static readonly string[] Sentences =
    [
        "Năm 2021, tổng diện tích gieo trồng đạt 12.278,27 ha, bằng 85,7 % kế hoạch của huyện Ý Yên",
        "đồng chí Nguyễn Văn Bình, Bí thư Đảng bộ xã Yên Khánh, trình bày tham luận về phát triển kinh tế - xã hội",
        "kỳ họp thứ 12, nhiệm kỳ 2016-2021, Chi bộ thôn Đông, xã Yên Lương",
        "BÁO CÁO TỔNG KẾT CÔNG TÁC THI ĐUA KHEN THƯỞNG NĂM 2021 CỦA ỦY BAN NHÂN DÂN HUYỆN LONG ĐIỀN",
    ];

    /// <summary>Texts no other test glues (each names its own number), long enough that all of them pass the memo's bound.</summary>
    private static List<string> FreshTexts(string tag) =>
        [.. Enumerable.Range(0, 3000).Select(i =>
            $"{Sentences[i % Sentences.Length]} ({tag} {i}); {Sentences[(i + 1) % Sentences.Length]} và {i * 7} xã; {Sentences[(i + 2) % Sentences.Length]}")];

    [Fact]
    public void Glue_GivesEachTextItsFirstAnswer_FromManyThreadsAtOnce_AndAfterTheMemoIsEmptied()
    {
        var texts = FreshTexts(nameof(Glue_GivesEachTextItsFirstAnswer_FromManyThreadsAtOnce_AndAfterTheMemoIsEmptied));
        Assert.True(texts.Sum(t => t.Length) > 600_000, "more text than the memo keeps, so it is emptied while the threads read it");
        // Never glued before, so these are computed, not remembered.
        var first = texts.Select(VietnameseBreaks.Glue).ToList();
        var firstTitles = texts.Select(VietnameseBreaks.GlueTitle).ToList();
        Assert.Contains(first, g => g.Contains('\u00A0', StringComparison.Ordinal));

        var wrong = 0;
        Parallel.For(0, 4 * texts.Count, new ParallelOptions { MaxDegreeOfParallelism = 4 }, n =>
        {
            // Each thread walks the texts in its own order: some answers are remembered, some computed again after a clear.
            var i = (int)((n * 7919L) % texts.Count);
            if (VietnameseBreaks.Glue(texts[i]) != first[i] || VietnameseBreaks.GlueTitle(texts[i]) != firstTitles[i])
            {
                Interlocked.Increment(ref wrong);
            }
            var (text, glued) = Known[n % Known.Length];
            if (VietnameseBreaks.Glue(text) != glued)
            {
                Interlocked.Increment(ref wrong);
            }
        });
        Assert.Equal(0, wrong);
    }

    [Fact]
    public void Glue_OfCharacters_IsGlueOfTheirString()
    {
        foreach (var text in FreshTexts(nameof(Glue_OfCharacters_IsGlueOfTheirString)).Take(50).Concat(Known.Select(k => k.Text)).Append("một"))
        {
            var fromSpan = VietnameseBreaks.Glue(("«" + text + "»").AsSpan(1, text.Length));
            Assert.Equal(VietnameseBreaks.Glue(text), fromSpan);
            // Asked again: now remembered, still the same.
            Assert.Equal(fromSpan, VietnameseBreaks.Glue(text.AsSpan()));
        }
    }

    [Fact]
    public void Glue_AfterTheAnswersAreForgotten_GivesTheSameAnswers()
    {
        var titles = Sentences.Select(VietnameseBreaks.GlueTitle).ToList();
        VietnameseBreaks.ForgetGlued();
        foreach (var (text, glued) in Known)
        {
            Assert.Equal(glued, VietnameseBreaks.Glue(text));
        }
        Assert.Equal(titles, Sentences.Select(VietnameseBreaks.GlueTitle).ToList());
    }
}
