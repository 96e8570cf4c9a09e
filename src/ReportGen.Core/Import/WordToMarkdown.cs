using System.Text;
using System.Xml;
using System.Xml.Linq;
using static ReportGen.Core.Import.WordMarkup;

namespace ReportGen.Core.Import;

/// <summary>What a Word file could not give the booklet, at the paragraph where it was met (1 = the first).</summary>
public sealed record WordNote(int Paragraph, string Excerpt, WordLoss Loss)
{
    /// <summary>More to say for a picture: its format ("EMF"), its size, a link's target, a count.</summary>
    public string Detail { get; init; } = "";
}

/// <summary>Kinds of content a contribution's Word file may hold that the booklet does not carry over.</summary>
public enum WordLoss
{
    /// <summary>Tracked changes: taken as accepted (insertions kept, deletions dropped).</summary>
    TrackedChanges,
    /// <summary>Comments: left out.</summary>
    Comments,
    /// <summary>Text boxes and shapes: their text is left out.</summary>
    TextBox,
    /// <summary>Fields (page numbers, references, tables of contents): their last shown text is kept.</summary>
    Field,
    /// <summary>A drawing that is not a picture (a chart, SmartArt, a shape, a VML shape without an image): left out.</summary>
    Picture,
    /// <summary>A picture in a format other than PNG or JPEG (EMF, WMF, GIF, TIFF …), or damaged: left out.</summary>
    PictureUnsupported,
    /// <summary>A picture linked to a file or address outside the document: refused, never fetched.</summary>
    PictureLinked,
    /// <summary>A picture over the size limits (bytes, pixels, or all the file's pictures together): left out.</summary>
    PictureTooLarge,
    /// <summary>Pictures without a description (Alt Text): kept, with a stand-in text; said once, with their count.</summary>
    PictureWithoutDescription,
}

/// <summary>A Word file the program refuses to read, and why.</summary>
public sealed class WordFileRefusedException(string reason) : Exception(reason);

/// <summary>
/// A contribution sent as a Word file (.docx) read into the same Markdown a secretary would have typed: headings
/// by Word's heading styles (or a short paragraph set wholly in bold), paragraphs with their bold and italic,
/// numbered and bulleted lists with their levels, tables as pipe tables, PNG and JPEG pictures as images
/// (<c>![description](rg-image:KEY)</c>, each in a paragraph of its own, the bytes in <see cref="ContentText.Images"/>,
/// read by <see cref="WordPictures"/>). What cannot be carried over is
/// listed (<see cref="WordNote"/>) so the check can say where. The file is untrusted: it is measured as a zip
/// before it is opened (size and expansion), its XML is read without DTDs or entities (<see cref="OfficeParts"/>),
/// nothing in it is run, and external links are never followed.
/// </summary>
public static class WordToMarkdown
{
    /// <summary>The most a Word file may expand to when unzipped.</summary>
    public const long MaxExpandedBytes = OfficePackage.MaxExpandedBytes;

    /// <summary>
    /// The most a Word file may weigh: its pictures make it larger than a text file may be (2 MB), and it can hold no more
    /// than it expands to.
    /// </summary>
    public const long MaxFileBytes = OfficePackage.MaxExpandedBytes;

    public static ContentText Convert(string path)
    {
        try
        {
            using var package = OfficeParts.Open(path, "word/document.xml", out var refusal) ?? throw Refused(refusal!);
            var main = package.MainPart("word/document.xml") ?? throw new WordFileRefusedException("it is not a Word document (.docx)");
            var body = Load(package, main)?.Element(W + "body") ?? throw new WordFileRefusedException("no document body");
            return new Converter(package, main).Run(body);
        }
        catch (XmlException e)
        {
            throw new WordFileRefusedException(OfficeParts.Unreadable(e));
        }
        catch (InvalidDataException e)
        {
            throw new WordFileRefusedException(e.Message);
        }
    }

    /// <summary>What is not a reasonable Word package (<see cref="OfficeParts.Open"/>), refused before any of it is unpacked.</summary>
    private static WordFileRefusedException Refused(string reason) =>
        new(reason.Length == 0 ? "it is not a Word document (.docx)"
            : reason == OfficePackage.NotAZip ? $"it is not a Word document (.docx): {reason}" : reason);

    private sealed class Converter(OfficeParts package, string main)
    {
        private readonly StringBuilder _out = new();
        private readonly List<WordNote> _notes = [];
        private readonly HashSet<WordLoss> _said = [];
        private readonly WordPictures _pictures = new(package, main);
        private readonly XElement? _styles = Load(package, package.Related(main, "styles"));
        private readonly XElement? _numbering = Load(package, package.Related(main, "numbering"));
        /// <summary>The pictures of the paragraph (or table) being read, as Markdown images, and whether text came before each.</summary>
        private readonly List<(string Markdown, bool AfterText)> _shown = [];
        private int _paragraph;
        private int _undescribed;
        private int _pictureNotes;

        public ContentText Run(XElement body)
        {
            if (Load(package, package.Related(main, "comments"))?.HasElements == true)
            {
                Note(WordLoss.Comments, null);
            }
            foreach (var block in body.Elements())
            {
                if (block.Name == W + "p")
                {
                    WriteParagraph(block);
                }
                else if (block.Name == W + "tbl")
                {
                    WriteTable(block);
                }
                else if (block.Name == W + "sdt")
                {
                    foreach (var inner in block.Descendants(W + "p"))
                    {
                        WriteParagraph(inner);
                    }
                }
            }
            if (_undescribed > 0)
            {
                var first = _notes.FindIndex(n => n.Loss == WordLoss.PictureWithoutDescription);
                _notes[first] = _notes[first] with { Detail = _undescribed.ToString(System.Globalization.CultureInfo.InvariantCulture) };
            }
            return new ContentText(_out.ToString().TrimEnd() + "\n", _notes, _pictures.Images);
        }

        private void WriteParagraph(XElement paragraph)
        {
            _paragraph++;
            _shown.Clear();
            var text = Inline(paragraph, out var allBold);
            var plain = text.Trim();
            // A picture is a paragraph of its own, before or after the paragraph's text as it stood in the line.
            WritePictures(afterText: false);
            if (plain.Length > 0)
            {
                WriteText(paragraph, plain, allBold);
            }
            WritePictures(afterText: true);
        }

        /// <summary>The paragraph's pictures that stood before (or after) its first words, each as a paragraph of its own.</summary>
        private void WritePictures(bool afterText)
        {
            foreach (var (markdown, _) in _shown.Where(p => p.AfterText == afterText))
            {
                EndList();
                _out.Append(markdown).Append("\n\n");
            }
        }

        private void WriteText(XElement paragraph, string plain, bool allBold)
        {
            var level = HeadingLevel(paragraph);
            if (level == 0 && allBold && PlainLength(paragraph) <= 100 && !plain.EndsWith('.') && !plain.EndsWith(':'))
            {
                level = 2; // a short paragraph wholly in bold is a heading typed by hand
            }
            if (level > 0)
            {
                EndList();
                _out.Append(new string('#', level)).Append(' ').Append(StripBold(plain)).Append("\n\n");
                return;
            }
            if (paragraph.Element(W + "pPr")?.Element(W + "numPr") is { } numbering)
            {
                var depth = Math.Clamp(Number(Val(numbering.Element(W + "ilvl"))) ?? 0, 0, 8);
                var ordered = IsOrdered(numbering);
                _out.Append(new string(' ', depth * 3)).Append(ordered ? "1. " : "- ").Append(plain).Append('\n');
                return;
            }
            EndList();
            _out.Append(plain).Append("\n\n");
        }

        /// <summary>A blank line after a list, so the next paragraph is not taken into its last item.</summary>
        private void EndList()
        {
            if (_out.Length > 0 && _out[^1] == '\n' && (_out.Length < 2 || _out[^2] != '\n'))
            {
                _out.Append('\n');
            }
        }

        private int HeadingLevel(XElement paragraph)
        {
            var styleId = Val(paragraph.Element(W + "pPr")?.Element(W + "pStyle"));
            if (styleId is null)
            {
                return 0;
            }
            var name = StyleName(styleId) ?? styleId;
            var key = name.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
            if (key is "title")
            {
                return 1;
            }
            // "heading 1" in Word's own names (whatever the language of the Word that wrote it), "Heading1" as id.
            return key.StartsWith("heading", StringComparison.Ordinal) && int.TryParse(key["heading".Length..], out var n) && n is >= 1 and <= 6
                ? Math.Min(3, n)
                : 0;
        }

        private string? StyleName(string styleId) =>
            Val(_styles?.Elements(W + "style").FirstOrDefault(s => (string?)s.Attribute(W + "styleId") == styleId)?.Element(W + "name"));

        /// <summary>Whether a list's level counts (1., 2., a., i.) rather than marks its items (a bullet, or nothing).</summary>
        private bool IsOrdered(XElement numbering)
        {
            var numId = Number(Val(numbering.Element(W + "numId")));
            var level = Number(Val(numbering.Element(W + "ilvl"))) ?? 0;
            var instance = _numbering?.Elements(W + "num").FirstOrDefault(n => Number((string?)n.Attribute(W + "numId")) == numId);
            var abstractId = Number(Val(instance?.Element(W + "abstractNumId")));
            var format = Val(_numbering?.Elements(W + "abstractNum").FirstOrDefault(a => Number((string?)a.Attribute(W + "abstractNumId")) == abstractId)?
                .Elements(W + "lvl").FirstOrDefault(l => Number((string?)l.Attribute(W + "ilvl")) == level)?.Element(W + "numFmt"));
            return format is not null and not "bullet" and not "none";
        }

        /// <summary>A paragraph's runs as Markdown inline text; whether every visible run is bold.</summary>
        private string Inline(XElement paragraph, out bool allBold)
        {
            var text = new StringBuilder();
            allBold = true;
            var any = false;
            // Every run of the paragraph, wherever it stands: in a link, a content control, an insertion, a field.
            foreach (var run in paragraph.Descendants(W + "r"))
            {
                // Tracked changes taken as accepted: a deletion, and the place a moved text came from, are no text.
                if (run.Ancestors().Any(a => a.Name == W + "del" || a.Name == W + "moveFrom"))
                {
                    Note(WordLoss.TrackedChanges, paragraph);
                    continue;
                }
                if (run.Ancestors(W + "txbxContent").Any())
                {
                    Note(WordLoss.TextBox, paragraph);
                    continue;
                }
                if (run.Ancestors().Any(a => a.Name == W + "ins" || a.Name == W + "moveTo"))
                {
                    Note(WordLoss.TrackedChanges, paragraph);
                }
                foreach (var drawing in run.Descendants(W + "drawing").Where(d => !InFallback(d)))
                {
                    Picture(drawing, paragraph, afterText: any);
                }
                foreach (var picture in run.Descendants(W + "pict").Where(p => !InFallback(p)))
                {
                    Picture(picture, paragraph, afterText: any);
                }
                if (run.Descendants(W + "instrText").Any() || run.Ancestors(W + "fldSimple").Any())
                {
                    Note(WordLoss.Field, paragraph);
                }
                var words = RunText(run);
                if (words.Trim().Length == 0)
                {
                    text.Append(words);
                    continue;
                }
                any = true;
                var properties = run.Element(W + "rPr");
                var bold = On(properties?.Element(W + "b"));
                var italic = On(properties?.Element(W + "i"));
                allBold &= bold;
                text.Append(Emphasise(Escape(words), bold, italic));
            }
            allBold &= any;
            return text.ToString();
        }

        /// <summary>
        /// A drawing met in a paragraph: a picture kept is shown as a Markdown image after the paragraph; one left out,
        /// or a drawing that is no picture, is said where it stood. A text box's text was said as a text box already.
        /// </summary>
        private void Picture(XElement drawing, XElement paragraph, bool afterText)
        {
            if (drawing.Descendants(W + "txbxContent").Any())
            {
                return;
            }
            var read = drawing.Name == W + "drawing" ? _pictures.ReadDrawing(drawing) : _pictures.ReadVml(drawing);
            if (read is not { } picture)
            {
                Note(WordLoss.Picture, paragraph);
                return;
            }
            var excerpt = Excerpt(paragraph) is { Length: > 0 } text ? text : picture.Name;
            if (picture.Loss is { } loss)
            {
                // Every picture left out is said, each is a hole in the text; a file with dozens says the first ones.
                if (++_pictureNotes <= 20)
                {
                    _notes.Add(new WordNote(Math.Max(1, _paragraph), excerpt, loss) { Detail = picture.Detail });
                }
                return;
            }
            if (!picture.HasDescription && _undescribed++ == 0)
            {
                _notes.Add(new WordNote(Math.Max(1, _paragraph), excerpt, WordLoss.PictureWithoutDescription));
            }
            _shown.Add(($"![{Escape(picture.AlternativeText)}]({picture.Image!.Reference})", afterText));
        }

        /// <summary>A run's text: its <c>w:t</c>, a tab or a line break as a space (deleted text and field codes are no text).</summary>
        private static string RunText(XElement run)
        {
            var text = new StringBuilder();
            foreach (var child in run.Elements())
            {
                if (child.Name.Namespace != W)
                {
                    continue;
                }
                switch (child.Name.LocalName)
                {
                    case "t":
                        text.Append(child.Value);
                        break;
                    case "tab" or "br" or "cr":
                        text.Append(' ');
                        break;
                }
            }
            return text.ToString();
        }

        /// <summary>"**word**" with the spaces around it kept outside the marks, which Markdown needs.</summary>
        private static string Emphasise(string text, bool bold, bool italic)
        {
            if (!bold && !italic)
            {
                return text;
            }
            var core = text.Trim();
            var marks = bold && italic ? "***" : bold ? "**" : "*";
            var lead = text[..(text.Length - text.TrimStart().Length)];
            var tail = text[text.TrimEnd().Length..];
            return $"{lead}{marks}{core}{marks}{tail}";
        }

        private static string StripBold(string text) =>
            text.StartsWith("**", StringComparison.Ordinal) && text.EndsWith("**", StringComparison.Ordinal) && text.Length > 4
                ? text[2..^2].Replace("** **", " ", StringComparison.Ordinal).Replace("****", "", StringComparison.Ordinal)
                : text.Replace("**", "", StringComparison.Ordinal);

        /// <summary>Characters Markdown would read as marks, written as text.</summary>
        private static string Escape(string text)
        {
            var result = new StringBuilder(text.Length);
            foreach (var c in text)
            {
                if (c is '\\' or '*' or '_' or '`' or '[' or ']' or '<' or '>' or '#' or '|')
                {
                    result.Append('\\');
                }
                result.Append(c);
            }
            return result.ToString();
        }

        private static int PlainLength(XElement paragraph) => InnerText(paragraph).Trim().Length;

        private void WriteTable(XElement table)
        {
            EndList();
            _shown.Clear();
            var rows = new List<List<string>>();
            foreach (var row in table.Elements(W + "tr"))
            {
                var cells = new List<string>();
                foreach (var cell in row.Elements(W + "tc"))
                {
                    var parts = cell.Elements(W + "p").Select(p => Inline(p, out _).Trim()).Where(p => p.Length > 0);
                    // A cell merged down from the one above is empty here; one merged across counts as its columns.
                    var properties = cell.Element(W + "tcPr");
                    var continued = properties?.Element(W + "vMerge") is { } merge && Val(merge) is null or "continue";
                    cells.Add(continued ? "" : string.Join(" ", parts));
                    // Word's grid has at most 63 columns: a larger span is a damaged file, not a table to widen.
                    var span = Math.Clamp(Number(Val(properties?.Element(W + "gridSpan"))) ?? 1, 1, 63);
                    for (var i = 1; i < span; i++)
                    {
                        cells.Add("");
                    }
                }
                rows.Add(cells);
            }
            if (rows.Count == 0)
            {
                return;
            }
            // A table cannot hold a picture in Markdown: its pictures follow it, in their order.
            var pictures = _shown.ToList();
            _shown.Clear();
            var columns = rows.Max(r => r.Count);
            foreach (var (row, index) in rows.Select((r, i) => (r, i)))
            {
                while (row.Count < columns)
                {
                    row.Add("");
                }
                _out.Append("| ").Append(string.Join(" | ", row.Select(c => c.Length == 0 ? " " : c))).Append(" |\n");
                if (index == 0)
                {
                    _out.Append('|').Append(string.Concat(Enumerable.Repeat("---|", columns))).Append('\n');
                }
            }
            _out.Append('\n');
            _paragraph += table.Descendants(W + "p").Count();
            foreach (var (markdown, _) in pictures)
            {
                _out.Append(markdown).Append("\n\n");
            }
        }

        private static string Excerpt(XElement paragraph)
        {
            var text = InnerText(paragraph).Trim();
            return text.Length <= 40 ? text : text[..40] + "…";
        }

        /// <summary>A kind of loss met in <paramref name="paragraph"/> (null: the file as a whole), quoted from it.</summary>
        private void Note(WordLoss loss, XElement? paragraph)
        {
            // One note per kind: the first place is enough to find them, and a long file would bury the rest. The excerpt
            // only then: a paragraph of tracked changes meets the same kind at every run.
            if (_said.Add(loss))
            {
                _notes.Add(new WordNote(Math.Max(1, _paragraph), paragraph is null ? "" : Excerpt(paragraph), loss));
            }
        }
    }
}
