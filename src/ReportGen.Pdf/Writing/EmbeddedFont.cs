using System.Security.Cryptography;
using System.Text;
using ReportGen.Layout.Fonts;
using ReportGen.Layout.Output;

namespace ReportGen.Pdf.Writing;

/// <summary>
/// One face as one document uses it: the glyphs drawn and the text each stands for, then written as a Type0 font
/// with Identity-H (two-byte codes = glyph ids), a CIDFontType2 (or CIDFontType0 for CFF outlines) with the
/// font's real widths, a descriptor from its tables, the subset program and a ToUnicode map of every glyph used.
/// </summary>
internal sealed class EmbeddedFont(FontFace face, string resourceName)
{
    private readonly FontProgram _program = FontProgram.Of(face);

    /// <summary>The text of each glyph used, as the ToUnicode map will say it: the first text seen wins.</summary>
    private readonly GlyphTexts _unicode = GlyphTexts.Take(FontProgram.Of(face));

    public FontFace Face { get; } = face;

    /// <summary>/F1, /F2 … in the pages' resources.</summary>
    public string ResourceName { get; } = resourceName;

    /// <summary>The face's space glyph (0 for none), known to its program: HarfBuzz's lookup showed in every line of text written.</summary>
    public ushort SpaceGlyph => _program.SpaceGlyph;

    /// <summary>The advance of a glyph in thousandths of an em, as the /W array says it.</summary>
    public int Width(ushort glyph) => _program.Width(glyph);

    /// <summary>
    /// Records the run's glyphs with their text: the first glyph of a cluster stands for the cluster's text, the
    /// others of that cluster (if they have no text of their own yet) for the same text. Returns whether the
    /// ToUnicode map reads the run back as its text; when not (a glyph already stands for another text, a cluster
    /// of several glyphs), the writer wraps it in /ActualText.
    /// </summary>
    public bool Map(GlyphRun run)
    {
        if (run.Clusters is null && run.Glyphs.Length == run.Text.Length)
        {
            return MapOneToOne(run);
        }
        var readsBack = true;
        var position = 0; // where the ToUnicode reading of the run has got to in run.Text
        for (var i = 0; i < run.Glyphs.Length; i++)
        {
            var start = run.ClusterAt(i);
            var firstOfCluster = i == 0 || run.ClusterAt(i - 1) != start;
            var end = run.Text.Length;
            for (var j = i + 1; j < run.Glyphs.Length; j++)
            {
                if (run.ClusterAt(j) != start)
                {
                    end = run.ClusterAt(j) > start ? run.ClusterAt(j) : end;
                    break;
                }
            }
            var text = start < end ? run.Text.AsSpan(start, end - start) : default;
            var glyph = run.Glyphs[i];
            if (text.Length == 0)
            {
                // No text at all (clusters out of order): every glyph drawn needs some mapping; the run's
                // /ActualText gives the real text.
                if (_unicode.Of(glyph) is null)
                {
                    _unicode.Set(glyph, "\uFFFD");
                }
                readsBack = false;
                continue;
            }
            // Compared as spans: a substring per glyph was most of what writing text allocated.
            var mapped = _unicode.Of(glyph) ?? _unicode.Set(glyph, text);
            if (!firstOfCluster)
            {
                readsBack = false; // this glyph adds its text a second time
                continue;
            }
            if (!text.SequenceEqual(mapped) || start != position)
            {
                readsBack = false;
            }
            position = end;
        }
        return readsBack && position == run.Text.Length;
    }

    /// <summary>
    /// <see cref="Map"/> for a run whose every glyph is one character of its text, in order, as nearly every run of
    /// Vietnamese text is: each glyph stands for its character, with no cluster's end to seek, as a run with clusters
    /// needs (<see cref="Map"/> was 1,2 % of a 100-meeting build's samples; docs/benchmarks.md, "Issue 19, session 22").
    /// </summary>
    private bool MapOneToOne(GlyphRun run)
    {
        var readsBack = true;
        var text = run.Text;
        var glyphs = run.Glyphs;
        for (var i = 0; i < glyphs.Length; i++)
        {
            var mapped = _unicode.Of(glyphs[i]) ?? _unicode.Set(glyphs[i], text.AsSpan(i, 1));
            if (mapped.Length != 1 || mapped[0] != text[i])
            {
                readsBack = false;
            }
        }
        return readsBack;
    }

    /// <summary>
    /// Records the space glyph standing for a space, as <see cref="Map"/> records a run of that one glyph and the text
    /// " " (the invisible space between two lines of an element); returns whether the ToUnicode map reads it back as a space.
    /// </summary>
    public bool MapSpace(ushort space)
    {
        return (_unicode.Of(space) ?? _unicode.Set(space, " ")) == " ";
    }

    /// <summary>Writes the font's objects; <paramref name="type0"/> is the number the pages' resources point at.</summary>
    public void Write(PdfFile file, int type0)
    {
        var descendant = file.Reserve();
        var descriptor = file.Reserve();
        var program = file.Reserve();
        var toUnicode = file.Reserve();

        var glyphs = _unicode.InGlyphOrder();
        _unicode.Release(_program);
        var subset = SubsetPrograms.Get(_program, glyphs, () => Subset(glyphs));
        var name = subset.Name;

        file.Object(type0, $"<</Type /Font/Subtype /Type0/BaseFont /{name}/Encoding /Identity-H/DescendantFonts [{PdfFile.Reference(descendant)}]/ToUnicode {PdfFile.Reference(toUnicode)}>>");
        var cid = new StringBuilder($"<</Type /Font/Subtype /{(_program.IsCff ? "CIDFontType0" : "CIDFontType2")}/BaseFont /{name}");
        cid.Append("/CIDSystemInfo <</Registry (Adobe)/Ordering (Identity)/Supplement 0>>");
        cid.Append("/FontDescriptor ").Append(PdfFile.Reference(descriptor));
        if (!_program.IsCff)
        {
            cid.Append("/CIDToGIDMap /Identity");
        }
        cid.Append("/DW 0/W ").Append(Widths(glyphs)).Append(">>");
        file.Object(descendant, cid.ToString());

        var box = _program.BoundingBox;
        file.Object(descriptor, $"<</Type /FontDescriptor/FontName /{name}/Flags {_program.Flags}/FontBBox [{box[0]} {box[1]} {box[2]} {box[3]}]" +
            $"/ItalicAngle {PdfSyntax.Number((float)_program.ItalicAngle)}/Ascent {_program.Ascent}/Descent {_program.Descent}/CapHeight {_program.CapHeight}/StemV {_program.StemV}" +
            $"/{(_program.IsCff ? "FontFile3" : "FontFile2")} {PdfFile.Reference(program)}>>");
        file.DeflatedStream(program, _program.IsCff ? "/Subtype /OpenType" : $"/Length1 {subset.ProgramLength}", subset.Program);
        file.DeflatedStream(toUnicode, "", subset.ToUnicode);
    }

    /// <summary>The font program for <paramref name="glyphs"/> and their ToUnicode map, compressed once for the documents that share them (<see cref="PdfCompression.Shared"/>).</summary>
    private SubsetProgram Subset(KeyValuePair<ushort, string>[] glyphs)
    {
        byte[] bytes;
        string name;
        if (_program.IsCff)
        {
            bytes = TrueTypeSubsetter.WholeFace(_program.File, _program.FaceIndex);
            name = _program.PostScriptName;
        }
        else
        {
            var subset = TrueTypeSubsetter.Subset(_program.File, _program.FaceIndex, glyphs.Select(g => g.Key));
            bytes = subset ?? TrueTypeSubsetter.WholeFace(_program.File, _program.FaceIndex);
            name = subset is null ? _program.PostScriptName : SubsetTag(glyphs) + "+" + _program.PostScriptName;
        }
        return new SubsetProgram(name, PdfFile.Deflate(bytes, PdfCompression.Shared), bytes.Length, PdfFile.Deflate(ToUnicodeCMap.Write(glyphs), PdfCompression.Shared));
    }

    /// <summary>
    /// The /W array: the width of every glyph used, consecutive ids grouped (<c>c [w1 w2 …]</c>); nothing else is
    /// drawn, and /DW 0 says so for the rest.
    /// </summary>
    private string Widths(KeyValuePair<ushort, string>[] glyphs)
    {
        var widths = new StringBuilder("[");
        var previous = -2;
        foreach (var (glyph, _) in glyphs)
        {
            if (glyph != previous + 1)
            {
                if (previous >= 0)
                {
                    widths.Append(']');
                }
                widths.Append(glyph).Append(" [");
            }
            else
            {
                widths.Append(' ');
            }
            widths.Append(_program.Width(glyph));
            previous = glyph;
        }
        if (previous >= 0)
        {
            widths.Append(']');
        }
        return widths.Append(']').ToString();
    }

    /// <summary>Six capital letters from a hash of the glyphs kept: the same subset gets the same tag in every build.</summary>
    private string SubsetTag(KeyValuePair<ushort, string>[] glyphs)
    {
        var bytes = new byte[glyphs.Length * 2 + Encoding.UTF8.GetByteCount(_program.PostScriptName)];
        var at = 0;
        foreach (var (glyph, _) in glyphs)
        {
            bytes[at++] = (byte)(glyph >> 8);
            bytes[at++] = (byte)glyph;
        }
        Encoding.UTF8.GetBytes(_program.PostScriptName, bytes.AsSpan(at));
        var hash = SHA256.HashData(bytes);
        return new string(hash.Take(6).Select(b => (char)('A' + b % 26)).ToArray());
    }
}
