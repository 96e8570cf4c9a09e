using QRCoder;
using ReportGen.Core.Model;
using ReportGen.Layout;
using ReportGen.Layout.Elements;
using ReportGen.Layout.Text;

namespace ReportGen.Booklet;

/// <summary>
/// The back cover of the printed booklet: empty but for a QR code to the meeting's web page when the
/// site's address is known, so delegates can read the documents on their phones.
/// </summary>
public sealed class BackCoverBuilder(ParagraphSetter setter, BookletTheme theme)
{
    public Element Build(Meeting meeting, string? pageUrl)
    {
        if (pageUrl is null)
        {
            return new Spacer(0);
        }
        var caption = new TextStyle(Math.Max(10.5f, theme.Body.Size - 2), Italic: true);
        var qr = new Column(
        [
            new ModuleGrid(Modules(pageUrl), Units.Cm(3.5f)),
            new Spacer(6),
            new TextBlock(setter, [new TextSpan("Xem tài liệu trên điện thoại", caption)], new ParagraphStyle(TextAlignment.Center)),
            new TextBlock(setter, [new TextSpan(pageUrl, caption with { Italic = false, Size = caption.Size - 1 }, pageUrl)], new ParagraphStyle(TextAlignment.Center)),
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
