using System.Text;

namespace ReportGen.Core.Import;

/// <summary>
/// The text of a document's content file as Markdown, whatever the office sent: a .md file as it is (UTF-8, or
/// refused), a .docx read by <see cref="WordToMarkdown"/>. One reader for the data check and for the build, so
/// what the check accepted is what the booklet sets.
/// </summary>
public static class ContentFiles
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, throwOnInvalidBytes: true);

    /// <summary>Whether <paramref name="path"/> names a Word file (by its extension).</summary>
    public static bool IsWord(string path) => path.EndsWith(".docx", StringComparison.OrdinalIgnoreCase);

    /// <summary>The file's text as Markdown (NFC, "\n" line ends), with what a Word file could not give and its pictures.</summary>
    /// <exception cref="DecoderFallbackException">A Markdown file that is not UTF-8.</exception>
    /// <exception cref="WordFileRefusedException">A Word file that is not one, or is too large unpacked.</exception>
    public static ContentText Read(string path)
    {
        if (IsWord(path))
        {
            var word = WordToMarkdown.Convert(path);
            return word with { Markdown = word.Markdown.Normalize(NormalizationForm.FormC) };
        }
        var text = StrictUtf8.GetString(File.ReadAllBytes(path)).TrimStart('\uFEFF');
        return new ContentText(text.Normalize(NormalizationForm.FormC).ReplaceLineEndings("\n"), [], ContentText.NoImages);
    }
}
