using ReportGen.Layout.Output;

namespace ReportGen.Booklet;

/// <summary>
/// The tag (H1–H6) of each heading of one document of the booklet, chosen so that levels never skip (PDF/UA-1
/// 7.4.2: H1 first, and going down one level at a time).
/// The rule: a heading's level is one more than that of its parent, the nearest heading before it in the same
/// document whose Markdown level is smaller; a heading without a parent is H1. A document's title ("# BÁO CÁO",
/// "# QUYẾT ĐỊNH") is therefore H1, its "## I. …" H2 and its "### 1. …" H3, as the templates write them; a
/// contributed file whose headings start at "###", or a "#" followed straight by a "###", still goes H1, H2.
/// Every document (a Part of the booklet) starts again at H1, its annex and appendix continue its sequence, and the
/// cover's title and the contents' title are H1 too: read through the whole booklet, the levels only ever go down
/// one step at a time, and may go back up to any level.
/// </summary>
public sealed class HeadingLevels
{
    private readonly Stack<(int Markdown, int Tag)> _open = new();

    /// <summary>A new document: its first heading is H1.</summary>
    public void Restart() => _open.Clear();

    /// <summary>The tag level (1–6) of the next heading, of Markdown level <paramref name="markdownLevel"/>.</summary>
    public int Next(int markdownLevel)
    {
        while (_open.Count > 0 && _open.Peek().Markdown >= markdownLevel)
        {
            _open.Pop();
        }
        // Six levels at most: deeper headings stay H6, which skips nothing.
        var level = Math.Min(6, (_open.Count == 0 ? 0 : _open.Peek().Tag) + 1);
        _open.Push((markdownLevel, level));
        return level;
    }

    /// <summary>The structure role of a heading of tag level <paramref name="level"/> (1–6).</summary>
    public static StructureRole Role(int level) => StructureRole.H1 + (Math.Clamp(level, 1, 6) - 1);
}
