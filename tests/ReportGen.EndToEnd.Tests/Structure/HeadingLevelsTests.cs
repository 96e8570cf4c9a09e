using Markdig;
using ReportGen.Booklet;
using ReportGen.Layout.Fonts;
using ReportGen.Layout.Output;
using ReportGen.Layout.Text;
using ReportGen.Templating;

namespace ReportGen.EndToEnd.Tests.Structure;

/// <summary>
/// The rule that maps Markdown heading levels to tags (<see cref="HeadingLevels"/>): one more than the parent's,
/// H1 for a heading without one, again H1 in each document; worked out by hand, not read from the output.
/// </summary>
public sealed class HeadingLevelsTests
{
    private static int[] Levels(params int[] markdown)
    {
        var levels = new HeadingLevels();
        return [.. markdown.Select(levels.Next)];
    }

    [Fact]
    public void TemplateHeadings_KeepTheirLevels() => Assert.Equal([1, 2, 3, 3, 2, 3], Levels(1, 2, 3, 3, 2, 3));

    [Fact]
    public void ASkipInTheMarkdown_IsNotASkipInTheTags() => Assert.Equal([1, 2, 3, 2, 1, 2], Levels(1, 3, 5, 3, 1, 4));

    [Fact]
    public void AContributedFileStartingAtLevel3_StartsAtH1() => Assert.Equal([1, 2, 1], Levels(3, 4, 3));

    [Fact]
    public void SevenNestedLevels_StopAtH6() => Assert.Equal([1, 2, 3, 4, 5, 6, 6], Levels(1, 2, 3, 4, 5, 6, 7));

    [Fact]
    public void Restart_BeginsANewDocumentAtH1()
    {
        var levels = new HeadingLevels();
        levels.Next(1);
        levels.Next(2);
        levels.Restart();
        Assert.Equal(1, levels.Next(2));
    }

    [Fact]
    public void MarkdownBuilder_TagsAContributionsHeadings_WithoutSkipping()
    {
        var theme = new BookletTheme();
        using var fonts = FontLibrary.Load(theme.Fonts.Stack, []);
        var builder = new MarkdownLayoutBuilder(new ParagraphSetter(new TextShaper(fonts)), theme, 700, "test.md");
        var part = new StructureElement(StructureRole.Part, null);
        builder.StartDocument();
        builder.Build(Markdown.Parse("# THAM LUẬN\n\n### Kết quả\n\nĐoạn văn.\n\n#### Chi tiết\n\n- một\n- hai\n\n### Bài học\n", MarkdownRenderer.Pipeline), part);

        Assert.Equal(
            [StructureRole.H1, StructureRole.H2, StructureRole.P, StructureRole.H3, StructureRole.L, StructureRole.H2],
            part.Children.Select(c => c.Role));
    }
}
