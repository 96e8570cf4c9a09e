using System.Collections.Concurrent;
using ReportGen.Layout.Fonts;
using ReportGen.Layout.Output;
using SkiaSharp;

namespace ReportGen.Pdf;

/// <summary>Skia typefaces for the layout's font faces: whole ones for images, subsets for a PDF.</summary>
internal static class Typefaces
{
    // Lazy values: ConcurrentDictionary.GetOrAdd may run its factory on two threads at once, and two workers
    // opening one font file together is what Windows' file sharing refused (issue 17). Lazy runs it once.
    private static readonly ConcurrentDictionary<FontFace, Lazy<SKTypeface>> Whole = new();
    private static readonly ConcurrentDictionary<string, Lazy<byte[]>> FileBytes = new();

    /// <summary>The full font, loaded once per process and shared (typefaces are immutable).</summary>
    public static SKTypeface WholeFont(FontFace face) =>
        Whole.GetOrAdd(face, f => new Lazy<SKTypeface>(() => SKTypeface.FromFile(f.FilePath, f.FaceIndex)
            ?? throw new InvalidOperationException($"Skia cannot open the font {f}."))).Value;

    /// <summary>
    /// One typeface per face used in the pages, holding only the glyphs the pages draw. The caller owns
    /// and disposes them after the document is written.
    /// </summary>
    public static Dictionary<FontFace, SKTypeface> Subsets(IReadOnlyList<Page> pages)
    {
        var used = new Dictionary<FontFace, HashSet<ushort>>();
        foreach (var run in pages.SelectMany(p => p.Items).OfType<GlyphRun>())
        {
            if (!used.TryGetValue(run.Face, out var glyphs))
            {
                used[run.Face] = glyphs = [];
            }
            glyphs.UnionWith(run.Glyphs);
        }

        var result = new Dictionary<FontFace, SKTypeface>();
        foreach (var (face, glyphs) in used)
        {
            var bytes = FileBytes.GetOrAdd(face.FilePath, path => new Lazy<byte[]>(() => File.ReadAllBytes(path))).Value;
            var subset = TrueTypeSubsetter.Subset(bytes, face.FaceIndex, glyphs);
            using var data = SKData.CreateCopy(subset ?? bytes);
            result[face] = SKTypeface.FromData(data, subset is null ? face.FaceIndex : 0)
                ?? throw new InvalidOperationException($"Skia cannot open the font {face}.");
        }
        return result;
    }
}
