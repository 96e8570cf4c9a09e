using ReportGen.Localization;
using ReportGen.Layout.Output;

namespace ReportGen.Layout.Elements;

/// <summary>
/// A square grid of dark and light modules (a QR code), centred, drawn as filled rectangles so it stays
/// a vector in the PDF and scans sharply at any print size. Horizontal runs of dark modules are merged.
/// </summary>
public sealed class ModuleGrid(bool[,] modules, float size) : Element
{
    private bool _done;

    public override SpacePlan Measure(Size available)
    {
        if (_done)
        {
            return SpacePlan.Empty();
        }
        return size <= available.Height + 0.01f && size <= available.Width + 0.01f
            ? SpacePlan.Full(available.Width, size)
            : SpacePlan.Wrap(Messages.QrCodeDoesNotFit(size));
    }

    public override void Draw(DrawingContext context, Size available)
    {
        var count = modules.GetLength(0);
        var module = size / count;
        var left = context.X + (available.Width - size) / 2;
        for (var row = 0; row < count; row++)
        {
            var column = 0;
            while (column < count)
            {
                if (!modules[row, column])
                {
                    column++;
                    continue;
                }
                var start = column;
                while (column < count && modules[row, column])
                {
                    column++;
                }
                context.Add(new FilledRectangle(new Rect(left + start * module, context.Y + row * module, (column - start) * module, module), Color.Black));
            }
        }
        _done = true;
    }

    public override void ResetState() => _done = false;

    public override string Describe() => Messages.QrCodeElement;
}
