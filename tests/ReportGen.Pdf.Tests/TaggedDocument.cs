using ReportGen.Layout;
using ReportGen.Layout.Fonts;
using ReportGen.Layout.Output;
using ReportGen.Layout.Text;

namespace ReportGen.Pdf.Tests;

/// <summary>
/// Pages built by hand with structure set on their items, as the composer will set it: the writer's tests do not
/// wait for the layout's tagging. Text is shaped with the real font (HarfBuzz, Liberation Serif).
/// </summary>
public sealed class TaggedDocument : IDisposable
{
    private readonly FontLibrary _fonts = FontLibrary.Load(["Liberation Serif"], []);
    private readonly TextShaper _shaper;

    public TaggedDocument() => _shaper = new TextShaper(_fonts);

    public static readonly Size A4 = Size.FromMillimetres(210, 297);
    public static readonly Size A5 = Size.FromMillimetres(148, 210);

    /// <summary>A glyph run of <paramref name="text"/> (spaces included) with its pen at (x, baseline), word by word as the layout shapes it.</summary>
    public GlyphRun Run(string text, float x, float baseline, float size = 12, bool bold = false, StructureElement? element = null, float wordSpacing = 0)
    {
        var glyphs = new List<ushort>();
        var xs = new List<float>();
        var clusters = new List<int>();
        FontFace? face = null;
        var pen = x;
        var offset = 0;
        foreach (var word in text.Split(' '))
        {
            if (offset > 0)
            {
                var space = _shaper.Shape(" ", bold, false)[0];
                glyphs.Add(space.Glyphs[0]);
                xs.Add(pen);
                clusters.Add(offset - 1);
                pen += space.Advances[0] * size + wordSpacing;
            }
            foreach (var shaped in _shaper.Shape(word, bold, false))
            {
                face ??= shaped.Face;
                for (var i = 0; i < shaped.Glyphs.Length; i++)
                {
                    glyphs.Add(shaped.Glyphs[i]);
                    xs.Add(pen + shaped.OffsetsX[i] * size);
                    clusters.Add(offset + shaped.Clusters[i]);
                    pen += shaped.Advances[i] * size;
                }
            }
            offset += word.Length + 1;
        }
        return new GlyphRun(face!, size, Color.Black, [.. glyphs], [.. xs], [.. xs.Select(_ => baseline)], text, [.. clusters], x, pen - x) { Structure = element };
    }

    /// <summary>
    /// A report of two A4 pages: a section with a heading, a paragraph with a link that runs on to page 2, a table with
    /// header cells, a figure with alternative text and its caption; page numbers and a rule as artifacts.
    /// </summary>
    public (IReadOnlyList<Page> Pages, StructureElement Root) Report()
    {
        var document = new StructureElement(StructureRole.Document, null);
        var section = new StructureElement(StructureRole.Sect, document) { Title = "Báo cáo" };
        var heading = new StructureElement(StructureRole.H1, section);
        var paragraph = new StructureElement(StructureRole.P, section);
        var link = new StructureElement(StructureRole.Link, paragraph) { AlternativeText = "Trang của huyện" };
        var table = new StructureElement(StructureRole.Table, section);
        var header = new StructureElement(StructureRole.TR, table);
        var th1 = new StructureElement(StructureRole.TH, header) { Scope = HeaderScope.Column };
        var th2 = new StructureElement(StructureRole.TH, header) { Scope = HeaderScope.Column };
        var row = new StructureElement(StructureRole.TR, table);
        var td1 = new StructureElement(StructureRole.TD, row);
        var td2 = new StructureElement(StructureRole.TD, row) { ColumnSpan = 2 };
        var figure = new StructureElement(StructureRole.Figure, section) { AlternativeText = "Biểu đồ sản lượng lúa: năm 2020 là 100 nghìn tấn" };
        var caption = new StructureElement(StructureRole.Caption, section);

        var one = new Page(A4, 1);
        one.Items.Add(Run("1", 295, 40, 13)); // running page number: an artifact
        one.Items[0].Artifact = ArtifactKind.Pagination;
        one.Items.Add(Run("BÁO CÁO TỔNG KẾT NĂM 2020", 150, 100, 16, bold: true, element: heading));
        one.Items.Add(Run("Năm 2020, huyện Ý Yên đã hoàn thành", 60, 140, element: paragraph, wordSpacing: 1.5f));
        var linkRun = Run("trang của huyện", 60, 156, element: link);
        one.Items.Add(linkRun);
        one.Items.Add(new LinkArea(new Rect(60, 144, linkRun.Width, 16), "https://yyen.namdinh.gov.vn/tin-tức") { Structure = link });
        one.Items.Add(Run("và các chỉ tiêu chủ yếu.", linkRun.Right + 3, 156, element: paragraph));
        one.Items.Add(new LineSegment(60, 180, 535, 180, 0.5f, Color.Black) { Artifact = ArtifactKind.Layout });
        one.Items.Add(Run("Chỉ tiêu", 60, 200, bold: true, element: th1));
        one.Items.Add(Run("Đơn vị", 300, 200, bold: true, element: th2));
        one.Items.Add(Run("Sản lượng lúa", 60, 220, element: td1));
        one.Items.Add(Run("nghìn tấn", 300, 220, element: td2));
        one.Items.Add(new ChartFrame(new Rect(60, 240, 300, 100), "lua", "Sản lượng lúa") { Structure = figure });
        one.Items.Add(new FilledRectangle(new Rect(100, 250, 200, 20), new Color(0xFF2E75B6)) { Structure = figure });
        one.Items.Add(Run("100", 305, 265, 10, element: figure));
        one.Items.Add(Run("Biểu đồ 1. Sản lượng lúa", 150, 360, element: caption));
        var two = new Page(A4, 2);
        two.Items.Add(Run("2", 295, 40, 13));
        two.Items[0].Artifact = ArtifactKind.Pagination;
        two.Items.Add(Run("Đoạn văn này tiếp tục ở trang hai.", 60, 100, element: paragraph));
        return ([one, two], document);
    }

    public static byte[] Write(IReadOnlyList<Page> pages)
    {
        using var stream = new MemoryStream();
        PdfWriter.Write(pages, stream, new PdfMetadata("Báo cáo tổng kết", "Huyện ủy Ý Yên", "thử", "thử", new DateTime(2021, 1, 23, 0, 0, 0, DateTimeKind.Utc)));
        return stream.ToArray();
    }

    public void Dispose() => _fonts.Dispose();
}
