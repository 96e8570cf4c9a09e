using System.Collections.Concurrent;
using ReportGen.Layout.Fonts;
using SkiaSharp;

namespace ReportGen.Pdf;

/// <summary>Skia typefaces for the layout's font faces, for drawing on a Skia canvas (PNG previews).</summary>
internal static class Typefaces
{
    // Lazy values: ConcurrentDictionary.GetOrAdd may run its factory on two threads at once, and two workers
    // opening one font file together is what Windows' file sharing refused (issue 17). Lazy runs it once.
    private static readonly ConcurrentDictionary<FontFace, Lazy<SKTypeface>> Whole = new();

    /// <summary>The full font, loaded once per process and shared (typefaces are immutable).</summary>
    public static SKTypeface WholeFont(FontFace face) =>
        Whole.GetOrAdd(face, f => new Lazy<SKTypeface>(() => SKTypeface.FromFile(f.FilePath, f.FaceIndex)
            ?? throw new InvalidOperationException($"Skia cannot open the font {f}."))).Value;
}
