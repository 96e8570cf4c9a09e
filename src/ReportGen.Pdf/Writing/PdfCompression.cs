using System.IO.Compression;

namespace ReportGen.Pdf.Writing;

/// <summary>
/// The deflate levels of the PDF writer, in one place: which streams are compressed at which level, and why.
/// </summary>
/// <remarks>
/// Our rule (issue 19): a cheaper level than Optimal (zlib's 6) is taken where each output kind — the A4 reading copy,
/// the A5 print copy — grows by at most ~5 % in total bytes over the synthetic 100-meeting province.
/// Measured there (docs/benchmarks.md, "Deflate levels: what compression costs the build", 2026-12-06; mode
/// <c>deflate-levels</c> of tests/ReportGen.Benchmarks, the build's own streams compressed again): the streams made
/// anew for each document are the pages' and print sheets' content, the structure tree's object streams and the
/// cross-reference stream, and at level 2 (zlib-ng's deflate_fast) they cost less processor time than at 6 (content
/// −24 to −41 %, object streams −49 to −53 %, cross-reference −44 to −57 %) for +10 % (content), +15 % (object
/// streams) and +1 % (cross-reference) of their bytes: +3,4 % of both copies' total bytes, since the embedded fonts
/// are more than half of every file. Level 1 (deflate_quick, fixed Huffman codes) costs three quarters less but makes
/// both copies 13,5 % larger; levels 3–5 save less than 2, which already keeps within the rule. Other strategies than
/// the default made no stream smaller for less time (Filtered gives the same bytes; RLE, Huffman-only and Fixed grow
/// content 14–160 %). In the whole build this took zlib from ~14 % to ~11 % of the processor time (perf, native package).
/// </remarks>
internal static class PdfCompression
{
    /// <summary>
    /// The level of every stream compressed for one document: page and print-sheet content, object streams, the
    /// cross-reference stream. See the remarks for the measure behind it.
    /// </summary>
    public const int DocumentLevel = 2;

    /// <summary>
    /// The level of what is compressed once per process and then embedded by every document — font programs, their
    /// ToUnicode maps (<see cref="SubsetPrograms"/>), the ICC profile — and of decoded pictures' pixels, which are
    /// few and whose growth at a cheaper level was not measured: Optimal (zlib's 6), whose time does not recur.
    /// </summary>
    public const int SharedLevel = 6;

    /// <summary><see cref="DocumentLevel"/> as the compressor takes it.</summary>
    public static readonly ZLibCompressionOptions Document = new() { CompressionLevel = DocumentLevel };

    /// <summary><see cref="SharedLevel"/> as the compressor takes it.</summary>
    public static readonly ZLibCompressionOptions Shared = new() { CompressionLevel = SharedLevel };
}
