using QRCoder;
using ReportGen.Core.Model;
using ReportGen.Layout;
using ReportGen.Layout.Elements;
using ReportGen.Layout.Output;
using ReportGen.Layout.Text;

namespace ReportGen.Booklet;

/// <summary>
/// The back cover of the printed booklet: empty but for a QR code to the meeting's web page when the
/// site's address is known, so delegates can read the documents on their phones. Tagged PDF: a Sect holding the QR
/// code as a Figure that says where it leads, and the two lines under it (the address a Link).
/// </summary>
public sealed class BackCoverBuilder(ParagraphSetter setter, BookletTheme theme)
{
    /// <param name="parent">The booklet's Document element (tagged PDF); null for none.</param>
    public Element Build(Meeting meeting, string? pageUrl, StructureElement? parent = null)
    {
        if (pageUrl is null)
        {
            return new Spacer(0);
        }
        var section = new StructureElement(StructureRole.Sect, parent) { Title = "Bìa sau" };
        var figure = new StructureElement(StructureRole.Figure, section) { AlternativeText = $"Mã QR dẫn tới trang web của tài liệu: {pageUrl}" };
        var caption = new TextStyle(Math.Max(10.5f, theme.Body.Size - 2), Italic: true);
        var hint = new StructureElement(StructureRole.P, section);
        var address = new StructureElement(StructureRole.P, section);
        var qr = new Column(
        [
            new Tagged(figure, new ModuleGrid(Modules(pageUrl), Units.Cm(3.5f))),
            new Spacer(6),
            new TextBlock(setter, [new TextSpan("Xem tài liệu trên điện thoại", caption)], new ParagraphStyle(TextAlignment.Center)) { Structure = hint },
            new TextBlock(setter, TaggedSpans.Within(address, [new TextSpan(pageUrl, caption with { Italic = false, Size = caption.Size - 1 }, pageUrl)]),
                new ParagraphStyle(TextAlignment.Center)) { Structure = address },
        ]);
        return new SpreadVertically(new Spacer(0), new Spacer(0), qr);
    }

    /// <summary>The QR code's modules with its quiet zone, at error correction M (survives a smudge).</summary>
    public static bool[,] Modules(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var matrix = data.ModuleMatrix;
        var size = matrix.Count;
        var modules = new bool[size, size];
        for (var row = 0; row < size; row++)
        {
            for (var column = 0; column < size; column++)
            {
                modules[row, column] = matrix[row][column];
            }
        }
        return modules;
    }
}
