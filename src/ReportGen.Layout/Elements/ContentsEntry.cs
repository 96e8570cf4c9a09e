using ReportGen.Localization;
using ReportGen.Layout.Output;
using ReportGen.Layout.Text;

namespace ReportGen.Layout.Elements;

/// <summary>
/// One line of a table of contents: the heading's title (wrapping if long), dot leaders, and the page
/// number flush right on the title's last line; the whole entry links to the heading. The number sits in a
/// column of its own, so it moves nothing: it is drawn once the document is paginated
/// (<see cref="DrawingContext.DrawWhenPaginated"/>), and the entry is laid out before its heading's page is known.
/// Tagged PDF: the title, the number and the link belong to the structure it is drawn within (a TOCI's Link);
/// the dot leaders are an artifact.
/// </summary>
public sealed class ContentsEntry(ParagraphSetter setter, TextSpan title, string anchorName, float indent, float numberColumn) : Element
{
    // Balanced: a long title breaks into even lines, never leaving one word before the leaders.
    private readonly TextBlock _title = new(setter, [title], new ParagraphStyle(TextAlignment.Left, 0, 1.25f, indent, Balanced: true));
    private bool _done;

    /// <summary>Dots sit on a grid of this pitch so the leaders of all entries line up.</summary>
    private const float DotPitch = 4.5f;

    public string AnchorName { get; } = anchorName;

    public override SpacePlan Measure(Size available)
    {
        if (_done)
        {
            return SpacePlan.Empty();
        }
        var plan = _title.Measure(available with { Width = available.Width - numberColumn });
        // A contents line is never split between pages.
        return plan.Kind == SpacePlanKind.PartialRender ? SpacePlan.Wrap(Messages.ContentsEntryKeptOnOnePage()) : plan;
    }

    public override void Draw(DrawingContext context, Size available)
    {
        var titleWidth = available.Width - numberColumn;
        var lines = _title.LinesFor(titleWidth);
        var height = lines.Sum(l => l.Height);
        _title.Draw(context, available with { Width = titleWidth });
        _done = true;
        if (lines.Count == 0)
        {
            return;
        }

        var last = lines[^1];
        var lastTop = height - last.Height;
        var baseline = context.Y + lastTop + (last.Height - last.Ascent - last.Descent) / 2 + last.Ascent;
        var titleEnd = context.X + last.Indent + last.NaturalWidth;
        // The number, the dot leaders (as long as the number leaves room for) and the link: once the pages are known.
        context.DrawWhenPaginated((late, pageOf) => DrawNumber(late, available.Width, height, baseline, titleEnd, pageOf(AnchorName)));
    }

    private void DrawNumber(DrawingContext context, float width, float height, float baseline, float titleEnd, int? page)
    {
        var style = title.Style with { Bold = false, Underline = false };
        var number = page?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "";
        var numberRun = setter.ToWords([new TextSpan(number, style)]);
        var numberWidth = numberRun.Sum(w => w.Width);
        var numberLeft = context.X + width - numberWidth;
        DrawWords(context, numberRun, numberLeft, baseline);

        // Dot leaders from the end of the title to the number, aligned to a page-wide grid.
        var dot = setter.ToWords([new TextSpan(".", style)]);
        if (dot.Count == 1 && dot[0].Pieces.Length == 1)
        {
            var start = titleEnd + DotPitch;
            var x = MathF.Ceiling(start / DotPitch) * DotPitch;
            var piece = dot[0].Pieces[0];
            var xs = new List<float>();
            while (x + piece.Width <= numberLeft - DotPitch / 2)
            {
                xs.Add(x);
                x += DotPitch;
            }
            if (xs.Count > 0)
            {
                var glyph = piece.Shaped.Glyphs[0];
                // One dot glyph per '.', all on the baseline.
                context.AsArtifact(ArtifactKind.Layout).Add(new GlyphRun(piece.Shaped.Face, style.Size, style.Ink,
                    [.. xs.Select(_ => glyph)], [.. xs], baseline, null, new string('.', xs.Count), null, xs[0], xs[^1] + piece.Width - xs[0]));
            }
        }
        context.Add(new InternalLink(new Rect(context.X, context.Y, width, height), AnchorName));
    }

    // One builder per thread, as in TextBlock: a new one per entry was 2 % of the layout's thread time (its lists grown anew).
    [ThreadStatic]
    private static GlyphRunBuilder? RunBuilder;

    private static void DrawWords(DrawingContext context, IReadOnlyList<Word> words, float x, float baseline)
    {
        var run = RunBuilder ??= new GlyphRunBuilder();
        run.Discard();
        foreach (var word in words)
        {
            foreach (var piece in word.Pieces)
            {
                run.Append(context, piece, x, baseline);
                x += piece.Width;
            }
        }
        run.Flush();
    }

    public override void ResetState()
    {
        _done = false;
        _title.ResetState();
    }

    public override string Describe() => Messages.ContentsEntryElement(title.Text);
}
