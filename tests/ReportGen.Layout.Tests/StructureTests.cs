using ReportGen.Layout.Elements;
using ReportGen.Layout.Output;
using ReportGen.Layout.Pagination;
using ReportGen.Layout.Text;

namespace ReportGen.Layout.Tests;

/// <summary>
/// How drawn items get their place in the document's logical structure (tagged PDF): from the element they are
/// drawn within, from their own span, or as artifacts of the kind the layout knows them to be.
/// </summary>
public sealed class StructureTests(LayoutFixture fixture) : IClassFixture<LayoutFixture>
{
    private TextBlock Paragraph(string text, StructureElement? structure) =>
        new(fixture.Setter, [new TextSpan(text, new TextStyle(10))], new ParagraphStyle(TextAlignment.Left)) { Structure = structure };

    [Fact]
    public void Paragraph_TiesItsLinesToItsElement_OnEveryPageItReaches()
    {
        var p = new StructureElement(StructureRole.P, null);
        var text = string.Join(" ", Enumerable.Range(1, 60).Select(i => $"chữ{i}"));
        var pages = fixture.Paginate(Paragraph(text, p), LayoutFixture.SmallPage(120, 90));

        Assert.True(pages.Count >= 2);
        var body = pages.SelectMany(pg => pg.Items).OfType<GlyphRun>().Where(r => r.Text.Contains("chữ", StringComparison.Ordinal)).ToList();
        Assert.All(body, r => Assert.Same(p, r.Structure));
        Assert.Equal(pages.Count, pages.Count(pg => pg.Items.Any(i => i.Structure == p)));
        Assert.Empty(p.Children); // drawing made no elements
    }

    [Fact]
    public void Element_ListsItsChildrenInTheOrderMade_AndLetsThemGo()
    {
        var table = new StructureElement(StructureRole.Table, null);
        var first = new StructureElement(StructureRole.TR, table);
        var second = new StructureElement(StructureRole.TR, table);
        var third = new StructureElement(StructureRole.TR, table);
        var cell = new StructureElement(StructureRole.TD, second);

        Assert.Equal([first, second, third], table.Children);
        Assert.Equal([cell], second.Children);
        Assert.Empty(cell.Children);
        Assert.Same(second, cell.Parent);
        Assert.Equal(3, table.ChildCount);
        Assert.Equal([first, second, third], Enumerable.Range(0, table.ChildCount).Select(table.Child));
        Assert.Equal(0, cell.ChildCount);
        Assert.Throws<ArgumentOutOfRangeException>(() => table.Child(3));
        Assert.Throws<ArgumentOutOfRangeException>(() => cell.Child(0));

        table.Remove(second);
        Assert.Equal([first, third], table.Children);
        Assert.Equal(2, table.ChildCount);
        Assert.Same(third, table.Child(1));
        Assert.Throws<ArgumentOutOfRangeException>(() => table.Child(2));
        table.Remove(cell); // not a child: nothing changes
        Assert.Equal([first, third], table.Children);

        table.RemoveChildren();
        Assert.Empty(table.Children);
        _ = new StructureElement(StructureRole.TR, table);
        Assert.Single(table.Children);
    }

    [Fact]
    public void RowOfCells_MakesItsCellsAsAsked_NumberedAfterIt_AndKnowsThemAgain()
    {
        var document = new StructureElement(StructureRole.Document, null);
        var table = new StructureElement(StructureRole.Table, document);
        var row = StructureElement.RowOfCells(table, 3);
        var next = new StructureElement(StructureRole.TR, table);

        Assert.True(row.HasRowCells);
        Assert.Equal(StructureRole.TR, row.Role);
        Assert.Equal([row, next], table.Children);
        Assert.Equal(3, row.ChildCount);
        Assert.Equal([2, 6], new[] { row, next }.Select(e => e.Ordinal)); // the cells are 3, 4 and 5
        var cells = Enumerable.Range(0, 3).Select(row.Child).ToList();
        Assert.All(cells, c => Assert.Equal(StructureRole.TD, c.Role));
        Assert.All(cells, c => Assert.Same(row, c.Parent));
        Assert.All(cells, c => Assert.Same(document, c.Root));
        Assert.All(cells, c => Assert.True(c.IsRowCell));
        Assert.All(cells, c => Assert.Equal(0, c.ChildCount));
        Assert.Equal([3, 4, 5], cells.Select(c => c.Ordinal));
        Assert.Equal([0, 1, 2], cells.Select(c => c.CellIndex));
        Assert.Equal(3, row.Children.Count);
        Assert.Throws<ArgumentOutOfRangeException>(() => row.Child(3));
        Assert.Throws<ArgumentOutOfRangeException>(() => StructureElement.RowOfCells(table, 0));

        // A cell asked for again is a new object, and the same cell.
        var again = row.Child(1);
        Assert.NotSame(cells[1], again);
        Assert.True(StructureElement.IsSame(cells[1], again));
        Assert.False(StructureElement.IsSame(cells[0], again));
        Assert.False(StructureElement.IsSame(again, null));
        // Elements of other kinds are one only as one object (numbers repeat from tree to tree).
        Assert.False(row.IsRowCell);
        Assert.Equal(-1, row.CellIndex);
        Assert.False(next.HasRowCells);
        Assert.False(StructureElement.IsSame(document, new StructureElement(StructureRole.Document, null)));
        Assert.Throws<InvalidOperationException>(() => new StructureElement(StructureRole.TD, row));
    }

    [Fact]
    public void Elements_AreNumberedInTheirTree_InTheOrderMade_EachTreeFromZero()
    {
        var document = new StructureElement(StructureRole.Document, null);
        var other = new StructureElement(StructureRole.Part, null);
        var part = new StructureElement(StructureRole.Part, document);
        var otherParagraph = new StructureElement(StructureRole.P, other);
        var paragraph = new StructureElement(StructureRole.P, part);
        var link = new StructureElement(StructureRole.Link, paragraph);
        var heading = new StructureElement(StructureRole.H1, document);

        Assert.Equal([0, 1, 2, 3, 4], new[] { document, part, paragraph, link, heading }.Select(e => e.Ordinal));
        Assert.All(new[] { document, part, paragraph, link, heading }, e => Assert.Same(document, e.Root));
        Assert.Equal([0, 1], new[] { other, otherParagraph }.Select(e => e.Ordinal));
        Assert.Same(other, otherParagraph.Root);
        // A child taken out keeps its number; the next one made gets a new one.
        document.Remove(heading);
        Assert.Equal(5, new StructureElement(StructureRole.H2, document).Ordinal);
    }

    [Fact]
    public void Tagged_GivesItsElementToWhatItsChildDraws_AndRulesStayArtifacts()
    {
        var sect = new StructureElement(StructureRole.Sect, null);
        var page = fixture.Paginate(new Tagged(sect, new Column([Paragraph("Một dòng", null), new HorizontalRule(40)])), LayoutFixture.SmallPage(200, 100)).Single();

        Assert.Same(sect, Assert.Single(page.Items.OfType<GlyphRun>(), r => r.Text == "Một dòng").Structure);
        var rule = Assert.Single(page.Items.OfType<LineSegment>());
        Assert.Equal((null, ArtifactKind.Layout), (rule.Structure, rule.Artifact));
    }

    [Fact]
    public void SpansWithTheirOwnElements_GetRunsOfTheirOwn_AndALinksAnnotationJoinsItsWords()
    {
        var p = new StructureElement(StructureRole.P, null);
        var before = new StructureElement(StructureRole.Span, p);
        var link = new StructureElement(StructureRole.Link, p);
        var style = new TextStyle(10);
        var block = new TextBlock(fixture.Setter,
        [
            new TextSpan("Xem tại ", style) { Structure = before },
            new TextSpan("trang web", style with { Underline = true }, "https://example.vn/") { Structure = link },
        ], new ParagraphStyle(TextAlignment.Left)) { Structure = p };
        var page = fixture.Paginate(block, LayoutFixture.SmallPage(300, 100)).Single();

        Assert.Equal("Xem tại ", Assert.Single(page.Items.OfType<GlyphRun>(), r => r.Structure == before).Text);
        Assert.Equal("trang web", Assert.Single(page.Items.OfType<GlyphRun>(), r => r.Structure == link).Text);
        // One clickable area a word, each an annotation of the one Link.
        Assert.All(page.Items.OfType<LinkArea>(), a => Assert.Same(link, a.Structure));
        Assert.Equal(2, page.Items.OfType<LinkArea>().Count());
        // The underline shows the link; it says nothing itself.
        Assert.All(page.Items.OfType<LineSegment>(), l => Assert.Equal((null, ArtifactKind.Layout), (l.Structure, l.Artifact)));
    }

    [Fact]
    public void Element_ReadsWhatItWasGiven_AndTheDefaultsOfWhatItWasNot()
    {
        // Texts, scope and spans are kept apart, made for the first of them that is not the default.
        var plain = new StructureElement(StructureRole.TD, null);
        var given = new StructureElement(StructureRole.TH, null)
        {
            AlternativeText = "Biểu đồ", ActualText = "12", Title = "Báo cáo", Language = "en-US", Scope = HeaderScope.Both, RowSpan = 2, ColumnSpan = 3,
        };
        var defaults = new StructureElement(StructureRole.TD, null) { Title = null, Scope = HeaderScope.None, RowSpan = 1, ColumnSpan = 1 };
        var oneSpan = new StructureElement(StructureRole.TD, null) { ColumnSpan = 4 };

        static object Read(StructureElement e) => (e.AlternativeText, e.ActualText, e.Title, e.Language, e.Scope, e.RowSpan, e.ColumnSpan);
        Assert.Equal(((string?)null, (string?)null, (string?)null, (string?)null, HeaderScope.None, 1, 1), Read(plain));
        Assert.Equal(("Biểu đồ", "12", "Báo cáo", "en-US", HeaderScope.Both, 2, 3), Read(given));
        Assert.Equal(Read(plain), Read(defaults));
        Assert.Equal(((string?)null, (string?)null, (string?)null, (string?)null, HeaderScope.None, 1, 4), Read(oneSpan));
    }

    [Fact]
    public void Table_TagsItsHeaderOnce_RepeatsItAsPagination_AndDrawsItsGridAsLayout()
    {
        var th = new StructureElement(StructureRole.TH, null) { Scope = HeaderScope.Column };
        var rows = Enumerable.Range(1, 30).Select(i => (IReadOnlyList<Element>)[Paragraph($"hàng {i}", new StructureElement(StructureRole.TD, null))]).ToList();
        var table = new Table(null, [[Paragraph("Tiêu đề", th)]], rows) { HeaderFill = Color.Parse("#EEEEEE") };
        var pages = fixture.Paginate(table, LayoutFixture.SmallPage(200, 150));

        Assert.True(pages.Count >= 2);
        var headers = pages.Select(p => p.Items.OfType<GlyphRun>().Single(r => r.Text == "Tiêu đề")).ToList();
        Assert.Same(th, headers[0].Structure);
        Assert.All(headers.Skip(1), r => Assert.Equal((null, ArtifactKind.Pagination), (r.Structure, r.Artifact)));
        // The grid and the fill: layout where the table starts, pagination with the header repeated.
        Assert.All(pages[0].Items.Where(i => i is LineSegment or FilledRectangle), i => Assert.Equal((null, ArtifactKind.Layout), (i.Structure, i.Artifact)));
        Assert.All(pages.SelectMany(p => p.Items).Where(i => i is LineSegment or FilledRectangle), i => Assert.Null(i.Structure));
        Assert.All(pages.SelectMany(p => p.Items).OfType<GlyphRun>().Where(r => r.Text.StartsWith("hàng", StringComparison.Ordinal)),
            r => Assert.Equal(StructureRole.TD, r.Structure?.Role));
    }

    [Fact]
    public void Furniture_IsPagination_AndTheDraftMarkAWatermark()
    {
        var setup = LayoutFixture.SmallPage(200, 120) with { FooterText = "Hội nghị", FooterStyle = new TextStyle(8) };
        var p = new StructureElement(StructureRole.P, null);
        var text = string.Join(" ", Enumerable.Range(1, 80).Select(i => $"chữ{i}"));
        var pages = fixture.Paginate(Paragraph(text, p), setup);
        var second = pages[1];
        Assert.Equal(ArtifactKind.Pagination, second.Items.OfType<GlyphRun>().Single(r => r.Text == "2").Artifact);
        Assert.Equal(ArtifactKind.Pagination, second.Items.OfType<GlyphRun>().Single(r => r.Text == "Hội nghị").Artifact);

        var draft = fixture.Paginate(Paragraph("Một dòng", p), setup with { DraftMark = "DỰ THẢO" }).Single();
        var mark = Assert.Single(draft.Items.OfType<GlyphRun>(), r => r.Text == "DỰ THẢO");
        Assert.Equal((null, ArtifactKind.Watermark), (mark.Structure, mark.Artifact));
    }

    [Fact]
    public void ContentsEntry_IsItsLinksWords_NumberAndAnnotation_ButNotItsDotLeaders()
    {
        var link = new StructureElement(StructureRole.Link, null);
        var entry = new Tagged(link, new ContentsEntry(fixture.Setter, new TextSpan("Báo cáo", new TextStyle(10)), "h1", 0, 30));
        var heading = new HeadingAnchor(Paragraph("Báo cáo", null), "h1", "Báo cáo", 1);
        var page = fixture.Paginate(new Column([entry, new PageBreak(), heading]), LayoutFixture.SmallPage(300, 100))[0];

        Assert.Same(link, Assert.Single(page.Items.OfType<InternalLink>()).Structure);
        Assert.Same(link, page.Items.OfType<GlyphRun>().Single(r => r.Text == "Báo cáo").Structure);
        Assert.Same(link, page.Items.OfType<GlyphRun>().Single(r => r.Text == "2").Structure);
        var leaders = page.Items.OfType<GlyphRun>().Single(r => r.Text.StartsWith("..", StringComparison.Ordinal));
        Assert.Equal((null, ArtifactKind.Layout), (leaders.Structure, leaders.Artifact));
    }

    [Fact]
    public void APassForAnchorsOnly_DrawsNothing_SoTagsNothing()
    {
        var p = new StructureElement(StructureRole.P, null);
        var pages = Paginator.Paginate([new Section(Paragraph("Một dòng", p), LayoutFixture.SmallPage(200, 100))], fixture.Setter, anchorsOnly: true);
        Assert.Empty(pages.SelectMany(pg => pg.Items));
    }
}
