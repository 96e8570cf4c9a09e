using ReportGen.Localization;
using ReportGen.Layout.Output;

namespace ReportGen.Layout.Elements;

/// <summary>
/// An image (a logo, a photo of the conference) centred in the column at a given width, or the column's
/// width when narrower, keeping its proportions. It never splits; if it does not fit it moves to the
/// next page, and one taller than a page (<see cref="MaxHeight"/>) is shrunk to fit it.
/// </summary>
public sealed class ImageBlock(ImageData image, float width) : Element
{
    private bool _done;

    /// <summary>The height of a fresh page's content: a picture taller than that is drawn narrower, so it fits on one.</summary>
    public float MaxHeight { get; init; } = float.PositiveInfinity;

    /// <summary>What the picture shows, in words (the figure's /Alt in a tagged PDF); null when nobody said.</summary>
    public string? AlternativeText { get; init; }

    public override SpacePlan Measure(Size available)
    {
        if (_done)
        {
            return SpacePlan.Empty();
        }
        var (w, h) = Fit(available);
        return h <= available.Height + 0.01f ? SpacePlan.Full(w, h) : SpacePlan.Wrap(Messages.ImageDoesNotFit(h, available.Height));
    }

    public override void Draw(DrawingContext context, Size available)
    {
        var (w, h) = Fit(available);
        context.Add(new ImageItem(new Rect(context.X + (available.Width - w) / 2, context.Y, w, h), image));
        _done = true;
    }

    /// <summary>
    /// The drawn size: the wanted width, narrowed to the column, and narrowed again when the height (by the image's
    /// proportions) would pass <see cref="MaxHeight"/>.
    /// </summary>
    private (float Width, float Height) Fit(Size available)
    {
        var ratio = (float)image.PixelHeight / Math.Max(1, image.PixelWidth);
        var w = Math.Min(width, available.Width);
        if (w * ratio > MaxHeight)
        {
            w = MaxHeight / ratio;
        }
        return (w, w * ratio);
    }

    public override void ResetState() => _done = false;

    public override ContentWidth MeasureContentWidth() => new(Math.Min(width, 20), width);

    public override string Describe() => Messages.ImageElement(image.PixelWidth, image.PixelHeight) + (Source is null ? "" : $" ({Source})");
}
