using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

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
/// before it is opened (size and expansion), nothing in it is run, and external links are never followed.
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
        CheckZip(path);
        try
        {
            using var document = WordprocessingDocument.Open(path, false, new OpenSettings
            {
                AutoSave = false,
                MaxCharactersInPart = MaxExpandedBytes,
            });
            var body = document.MainDocumentPart?.Document?.Body
                ?? throw new WordFileRefusedException("no document body");
            return new Converter(document).Run(body);
        }
        catch (OpenXmlPackageException e)
        {
            throw new WordFileRefusedException(e.Message);
        }
        catch (InvalidDataException e)
        {
            throw new WordFileRefusedException(e.Message);
        }
    }

    /// <summary>Refuses what is not a reasonable Word package before the SDK unpacks any of it.</summary>
    private static void CheckZip(string path)
    {
        if (OfficePackage.Refusal(path, "word/document.xml") is { } reason)
        {
            throw new WordFileRefusedException(reason.Length == 0 ? "it is not a Word document (.docx)"
                : reason.StartsWith("not a zip", StringComparison.Ordinal) ? $"it is not a Word document (.docx): {reason}" : reason);
        }
    }

    private sealed class Converter(WordprocessingDocument document)
    {
        private readonly StringBuilder _out = new();
        private readonly List<WordNote> _notes = [];
        private readonly HashSet<WordLoss> _said = [];
        private readonly WordPictures _pictures = new(document.MainDocumentPart!);
        /// <summary>The pictures of the paragraph (or table) being read, as Markdown images, and whether text came before each.</summary>
        private readonly List<(string Markdown, bool AfterText)> _shown = [];
        private int _paragraph;
        private int _undescribed;
        private int _pictureNotes;

        public ContentText Run(Body body)
        {
            if (document.MainDocumentPart?.WordprocessingCommentsPart?.Comments?.HasChildren == true)
            {
                Note(WordLoss.Comments, "");
            }
            foreach (var block in body.ChildElements)
            {
                switch (block)
                {
                    case Paragraph paragraph:
                        WriteParagraph(paragraph);
                        break;
                    case Table table:
                        WriteTable(table);
                        break;
                    case SdtBlock sdt:
                        foreach (var inner in sdt.Descendants<Paragraph>())
                        {
                            WriteParagraph(inner);
                        }
                        break;
                }
            }
            if (_undescribed > 0)
            {
                var first = _notes.FindIndex(n => n.Loss == WordLoss.PictureWithoutDescription);
                _notes[first] = _notes[first] with { Detail = _undescribed.ToString(System.Globalization.CultureInfo.InvariantCulture) };
            }
            return new ContentText(_out.ToString().TrimEnd() + "\n", _notes, _pictures.Images);
        }

        private void WriteParagraph(Paragraph paragraph)
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

        private void WriteText(Paragraph paragraph, string plain, bool allBold)
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
            if (paragraph.ParagraphProperties?.NumberingProperties is { } numbering)
            {
                var depth = numbering.NumberingLevelReference?.Val?.Value ?? 0;
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

        private int HeadingLevel(Paragraph paragraph)
        {
            var styleId = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
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
            document.MainDocumentPart?.StyleDefinitionsPart?.Styles?.Elements<Style>()
                .FirstOrDefault(s => s.StyleId?.Value == styleId)?.StyleName?.Val?.Value;

        private bool IsOrdered(NumberingProperties numbering)
        {
            var numId = numbering.NumberingId?.Val?.Value;
            var level = numbering.NumberingLevelReference?.Val?.Value ?? 0;
            var part = document.MainDocumentPart?.NumberingDefinitionsPart?.Numbering;
            var instance = part?.Elements<NumberingInstance>().FirstOrDefault(n => n.NumberID?.Value == numId);
            var abstractId = instance?.AbstractNumId?.Val?.Value;
            var format = part?.Elements<AbstractNum>().FirstOrDefault(a => a.AbstractNumberId?.Value == abstractId)?
                .Elements<Level>().FirstOrDefault(l => l.LevelIndex?.Value == level)?.NumberingFormat?.Val?.Value;
            return format is not null && format != NumberFormatValues.Bullet && format != NumberFormatValues.None;
        }

        /// <summary>A paragraph's runs as Markdown inline text; whether every visible run is bold.</summary>
        private string Inline(OpenXmlElement paragraph, out bool allBold)
        {
            var text = new StringBuilder();
            allBold = true;
            var any = false;
            foreach (var element in paragraph.Descendants())
            {
                switch (element)
                {
                    case Run run when run.Ancestors<DeletedRun>().Any() || run.Parent is Deleted:
                        Note(WordLoss.TrackedChanges, Excerpt(paragraph));
                        continue;
                    case Run run when run.Ancestors<TextBoxContent>().Any():
                        Note(WordLoss.TextBox, Excerpt(paragraph));
                        continue;
                    case Run run:
                        if (run.Ancestors<InsertedRun>().Any())
                        {
                            Note(WordLoss.TrackedChanges, Excerpt(paragraph));
                        }
                        foreach (var drawing in run.Descendants<Drawing>().Where(d => !d.Ancestors<AlternateContentFallback>().Any()))
                        {
                            Picture(drawing, paragraph, afterText: any);
                        }
                        foreach (var picture in run.Descendants<Picture>().Where(p => !p.Ancestors<AlternateContentFallback>().Any()))
                        {
                            Picture(picture, paragraph, afterText: any);
                        }
                        if (run.Descendants<FieldCode>().Any() || run.Ancestors<SimpleField>().Any())
                        {
                            Note(WordLoss.Field, Excerpt(paragraph));
                        }
                        var words = RunText(run);
                        if (words.Trim().Length == 0)
                        {
                            text.Append(words);
                            continue;
                        }
                        any = true;
                        var properties = run.RunProperties;
                        var bold = On(properties?.Bold);
                        var italic = On(properties?.Italic);
                        allBold &= bold;
                        text.Append(Emphasise(Escape(words), bold, italic));
                        break;
                }
            }
            allBold &= any;
            return text.ToString();
        }

        /// <summary>
        /// A drawing met in a paragraph: a picture kept is shown as a Markdown image after the paragraph; one left out,
        /// or a drawing that is no picture, is said where it stood. A text box's text was said as a text box already.
        /// </summary>
        private void Picture(OpenXmlElement drawing, OpenXmlElement paragraph, bool afterText)
        {
            if (drawing.Descendants<TextBoxContent>().Any())
            {
                return;
            }
            var read = drawing switch
            {
                Drawing modern => _pictures.Read(modern),
                Picture old => _pictures.Read(old),
                _ => null,
            };
            if (read is not { } picture)
            {
                Note(WordLoss.Picture, Excerpt(paragraph));
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

        private static string RunText(Run run)
        {
            var text = new StringBuilder();
            foreach (var child in run.ChildElements)
            {
                switch (child)
                {
                    case Text t:
                        text.Append(t.Text);
                        break;
                    case TabChar:
                        text.Append(' ');
                        break;
                    case Break or CarriageReturn:
                        text.Append(' ');
                        break;
                }
            }
            return text.ToString();
        }

        private static bool On(OnOffType? value) => value is not null && (value.Val is null || value.Val.Value);

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

        private int PlainLength(Paragraph paragraph) => paragraph.InnerText.Trim().Length;

        private void WriteTable(Table table)
        {
            EndList();
            _shown.Clear();
            var rows = new List<List<string>>();
            foreach (var row in table.Elements<TableRow>())
            {
                var cells = new List<string>();
                foreach (var cell in row.Elements<TableCell>())
                {
                    var parts = cell.Elements<Paragraph>().Select(p => Inline(p, out _).Trim()).Where(p => p.Length > 0);
                    // A cell merged down from the one above is empty here; one merged across counts as its columns.
                    var continued = cell.TableCellProperties?.VerticalMerge is { } merge && (merge.Val is null || merge.Val.Value == MergedCellValues.Continue);
                    cells.Add(continued ? "" : string.Join(" ", parts));
                    var span = cell.TableCellProperties?.GridSpan?.Val?.Value ?? 1;
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
            _paragraph += table.Descendants<Paragraph>().Count();
            foreach (var (markdown, _) in pictures)
            {
                _out.Append(markdown).Append("\n\n");
            }
        }

        private string Excerpt(OpenXmlElement paragraph)
        {
            var text = paragraph.InnerText.Trim();
            return text.Length <= 40 ? text : text[..40] + "…";
        }

        private void Note(WordLoss loss, string excerpt)
        {
            // One note per kind: the first place is enough to find them, and a long file would bury the rest.
            if (_said.Add(loss))
            {
                _notes.Add(new WordNote(Math.Max(1, _paragraph), excerpt, loss));
            }
        }
    }
}
