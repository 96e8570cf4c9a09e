using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using ReportGen.Booklet;
using ReportGen.Core.Loading;
using ReportGen.Core.Model;
using ReportGen.Layout.Fonts;
using ReportGen.Layout.Output;
using ReportGen.Layout.Text;
using ReportGen.Templating;
using SkiaSharp;
using UglyToad.PdfPig.Tokens;
using PdfPigDocument = UglyToad.PdfPig.PdfDocument;
using SharpReader = PdfSharp.Pdf.IO.PdfReader;
using SharpOpenMode = PdfSharp.Pdf.IO.PdfDocumentOpenMode;

namespace ReportGen.Pdf.Tests;

/// <summary>The real seeds' booklets laid out once with the real templates, theme and fonts.</summary>
public sealed class ArchivalFixture : IDisposable
{
    private readonly FontLibrary _fonts;

    public IReadOnlyList<Page> YYen { get; }
    public IReadOnlyList<Page> XuanTruong { get; }
    public Meeting YYenMeeting { get; }
    public Meeting XuanTruongMeeting { get; }

    public ArchivalFixture()
    {
        var root = new DirectoryInfo(ReportGen.Tests.RepositoryRoot.Path);
        var templatesDirectory = Path.Combine(root.FullName, "templates");
        var theme = BookletTheme.Load(Path.Combine(templatesDirectory, "theme.yaml"));
        var templates = TemplateRenderer.Load(templatesDirectory);
        _fonts = FontLibrary.Load(theme.Fonts.Stack, []);
        var composer = new BookletComposer(new TextShaper(_fonts), theme);
        var data = DataLoader.LoadDirectory(Path.Combine(root.FullName, "seeds"));
        YYenMeeting = data.Meetings.Single(m => m.Id == "y-yen-2021");
        XuanTruongMeeting = data.Meetings.Single(m => m.Id == "xuan-truong-2021");
        IReadOnlyList<Page> Compose(Meeting m) => composer.Compose(m, templates.Agenda(m), templates.Report(m), templates.Appendix(m));
        YYen = Compose(YYenMeeting);
        XuanTruong = Compose(XuanTruongMeeting);
    }

    /// <summary>The metadata the build gives a booklet (SiteBuilder.Metadata), dates from the data.</summary>
    public static PdfMetadata MetadataOf(Meeting meeting) => new(
        "Tài liệu hội nghị " + meeting.Info.Title,
        string.Join(", ", meeting.Issuers.Select(i => i.Name)),
        "Hội nghị " + meeting.Info.Title,
        string.Join(", ", meeting.Unit.FullName, $"năm {meeting.Info.Year}", "tổng kết"),
        meeting.Info.Date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));

    public static byte[] Write(IReadOnlyList<Page> pages, PdfMetadata metadata)
    {
        using var stream = new MemoryStream();
        PdfWriter.Write(pages, stream, metadata);
        return stream.ToArray();
    }

    public void Dispose() => _fonts.Dispose();
}

/// <summary>
/// PDF/A identification, document language, metadata that agrees with itself, and identifiers that come from
/// the content rather than the clock (docs/printing.md, "Lưu trữ và dấu vân tay tệp").
/// </summary>
public sealed class ArchivalTests(ArchivalFixture fixture) : IClassFixture<ArchivalFixture>
{
    private static readonly XNamespace Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace Xmp = "http://ns.adobe.com/xap/1.0/";
    private static readonly XNamespace XmpMM = "http://ns.adobe.com/xap/1.0/mm/";
    private static readonly XNamespace Pdf = "http://ns.adobe.com/pdf/1.3/";
    private static readonly XNamespace PdfAid = "http://www.aiim.org/pdfa/ns/id/";
    private static readonly DateTime MeetingDay = new(2021, 1, 23, 0, 0, 0, DateTimeKind.Utc);

    private byte[] YYenBooklet() => ArchivalFixture.Write(fixture.YYen, ArchivalFixture.MetadataOf(fixture.YYenMeeting));

    [Fact]
    public void Booklet_ClaimsPdfA2_InItsOnlyXmpPacket()
    {
        var bytes = YYenBooklet();
        var xmp = XmpOf(bytes);

        Assert.Equal("2", Property(xmp, PdfAid + "part"));
        // Level B while the composer does not tag the booklet's items; level A once it does (Writing/Conformance.cs).
        var tagged = fixture.YYen.Any(p => p.Items.Any(i => i.Structure is not null));
        Assert.Equal(tagged ? "A" : "B", Property(xmp, PdfAid + "conformance"));
        // One packet only: the one the catalog points at.
        Assert.Equal(1, Count(bytes, "W5M0MpCehiHzreSzNTczkc9d"));
    }

    [Fact]
    public void Booklet_HasAnSrgbOutputIntent_WithAnIccProfileSkiaReadsAsSrgb()
    {
        using var pdf = PdfPigDocument.Open(YYenBooklet());
        var catalog = pdf.Structure.Catalog.CatalogDictionary;
        var intents = Assert.IsType<ArrayToken>(Resolve(pdf, catalog.Data["OutputIntents"]));
        var intent = Assert.IsType<DictionaryToken>(Resolve(pdf, Assert.Single(intents.Data)));
        Assert.Equal("GTS_PDFA1", Assert.IsType<NameToken>(intent.Data["S"]).Data);
        var profile = Assert.IsType<StreamToken>(Resolve(pdf, intent.Data["DestOutputProfile"]));
        Assert.Equal(3, Assert.IsType<NumericToken>(profile.StreamDictionary.Data["N"]).Int);

        // The profile is written by our code (no file of the machine): a second parser, Skia's (skcms), reads it
        // as an ICC version 2 RGB display profile and finds it to be sRGB.
        using var inflated = new MemoryStream();
        using (var zlib = new System.IO.Compression.ZLibStream(new MemoryStream(profile.Data.ToArray()), System.IO.Compression.CompressionMode.Decompress))
        {
            zlib.CopyTo(inflated);
        }
        var icc = inflated.ToArray();
        Assert.Equal("acsp", Encoding.ASCII.GetString(icc, 36, 4));
        Assert.Equal(2, icc[8]); // major version
        Assert.Equal("mntrRGB XYZ ", Encoding.ASCII.GetString(icc, 12, 12));
        Assert.Equal(icc.Length, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(icc));
        using var colourSpace = SKColorSpace.CreateIcc(icc);
        Assert.NotNull(colourSpace);
        Assert.True(colourSpace.IsSrgb, "Skia does not read our profile as sRGB");
    }

    [Fact]
    public void Booklet_IsInVietnamese_InTheCatalogAndTheXmp()
    {
        var bytes = YYenBooklet();
        using var pdf = PdfPigDocument.Open(bytes);
        var lang = Resolve(pdf, pdf.Structure.Catalog.CatalogDictionary.Data["Lang"]);
        Assert.Equal("vi-VN", Assert.IsType<StringToken>(lang).Data);
        Assert.Equal("vi-VN", XmpOf(bytes).Descendants(Dc + "language").Single().Descendants(Rdf + "li").Single().Value);
    }

    [Fact]
    public void InfoAndXmp_SayTheSame_EvenWithMarkupCharactersInTheText()
    {
        // PDFsharp 6.2.4's own packet wrote '&' and '<' unescaped, which is not XML at all.
        var metadata = ArchivalFixture.MetadataOf(fixture.YYenMeeting) with
        {
            Author = "Huyện ủy & HĐND <Ý Yên>",
            Keywords = "tổng kết, \"thi đua\", khen thưởng",
        };
        var bytes = ArchivalFixture.Write(fixture.YYen, metadata);
        var xmp = XmpOf(bytes);
        using var pdf = PdfPigDocument.Open(bytes);
        var info = pdf.Information;

        Assert.Equal(metadata.Title, info.Title);
        Assert.Equal(info.Title, xmp.Descendants(Dc + "title").Single().Descendants(Rdf + "li").Single().Value);
        Assert.Equal(metadata.Author, info.Author);
        Assert.Equal(info.Author, xmp.Descendants(Dc + "creator").Single().Descendants(Rdf + "li").Single().Value);
        Assert.Equal(metadata.Subject, info.Subject);
        Assert.Equal(info.Subject, xmp.Descendants(Dc + "description").Single().Descendants(Rdf + "li").Single().Value);
        Assert.Equal(metadata.Keywords, info.Keywords);
        Assert.Equal(info.Keywords, Property(xmp, Pdf + "Keywords"));
        Assert.Equal(info.Creator, Property(xmp, Xmp + "CreatorTool"));
        Assert.Equal(info.Producer, Property(xmp, Pdf + "Producer"));
        Assert.Equal(MeetingDay, info.GetCreatedDateTimeOffset()!.Value.UtcDateTime);
        Assert.Equal(MeetingDay, DateTimeOffset.Parse(Property(xmp, Xmp + "CreateDate"), CultureInfo.InvariantCulture).UtcDateTime);
        Assert.Equal(MeetingDay, info.GetModifiedDateTimeOffset()!.Value.UtcDateTime);
        Assert.Equal(MeetingDay, DateTimeOffset.Parse(Property(xmp, Xmp + "ModifyDate"), CultureInfo.InvariantCulture).UtcDateTime);
    }

    [Fact]
    public void EveryDateInTheFile_IsTheMeetingsDate_NeverTheClocks()
    {
        var text = Encoding.Latin1.GetString(YYenBooklet());

        var pdfDates = Regex.Matches(text, @"D:(\d{14})").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(2, pdfDates.Count); // Info /CreationDate and /ModDate
        Assert.All(pdfDates, d => Assert.Equal("20210123000000", d));
        var xmpDates = Regex.Matches(text, @"<xmp:\w+Date>([^<]+)<").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(3, xmpDates.Count); // CreateDate, ModifyDate, MetadataDate
        Assert.All(xmpDates, d => Assert.Equal("2021-01-23T00:00:00+00:00", d));
        var today = DateTime.UtcNow;
        Assert.DoesNotContain($"D:{today:yyyyMMdd}", text, StringComparison.Ordinal);
        Assert.DoesNotContain($"{today:yyyy-MM-dd}T", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Identifiers_Are32HexDigits_FromTheContent_SameForTheSameDocument_OtherForAnother()
    {
        var first = YYenBooklet();
        var again = YYenBooklet();
        var other = ArchivalFixture.Write(fixture.XuanTruong, ArchivalFixture.MetadataOf(fixture.XuanTruongMeeting));

        Assert.Equal(first, again);
        var (documentId, instanceId) = TrailerIds(first);
        Assert.Matches("^[0-9A-F]{32}$", documentId);
        Assert.Matches("^[0-9A-F]{32}$", instanceId);
        Assert.Equal(TrailerIds(first), TrailerIds(again));
        Assert.NotEqual(documentId, TrailerIds(other).DocumentId);
        Assert.NotEqual(new string('0', 32), documentId);

        // The XMP says the same identifier, as a UUID.
        var xmp = XmpOf(first);
        Assert.Equal("uuid:" + documentId.ToLowerInvariant(), Property(xmp, XmpMM + "DocumentID").Replace("-", ""));
        Assert.Equal("uuid:" + instanceId.ToLowerInvariant(), Property(xmp, XmpMM + "InstanceID").Replace("-", ""));
        Assert.NotEqual(Property(xmp, XmpMM + "DocumentID"), Property(XmpOf(other), XmpMM + "DocumentID"));
    }

    [Fact]
    public void Modified_BecomesModDateAndXmpModifyDate_CreationStaysTheMeetingsDate()
    {
        var epoch = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000).UtcDateTime; // 2023-11-14T22:13:20Z
        var metadata = ArchivalFixture.MetadataOf(fixture.YYenMeeting) with { Modified = epoch };
        var bytes = ArchivalFixture.Write(fixture.YYen, metadata);
        using var pdf = PdfPigDocument.Open(bytes);
        var xmp = XmpOf(bytes);

        Assert.Equal(epoch, pdf.Information.GetModifiedDateTimeOffset()!.Value.UtcDateTime);
        Assert.Equal(epoch, DateTimeOffset.Parse(Property(xmp, Xmp + "ModifyDate"), CultureInfo.InvariantCulture).UtcDateTime);
        Assert.Equal(MeetingDay, pdf.Information.GetCreatedDateTimeOffset()!.Value.UtcDateTime);
        Assert.Equal(MeetingDay, DateTimeOffset.Parse(Property(xmp, Xmp + "CreateDate"), CultureInfo.InvariantCulture).UtcDateTime);
        Assert.NotEqual(TrailerIds(YYenBooklet()), TrailerIds(bytes));
    }

    [Fact]
    public void Booklet_IsStructurallySound_ForPdfPigPdfSharpAndItsOwnCrossReferenceTable()
    {
        var bytes = YYenBooklet();

        using (var pdf = PdfPigDocument.Open(bytes))
        {
            Assert.Equal(fixture.YYen.Count, pdf.NumberOfPages);
            Assert.Contains("CHƯƠNG TRÌNH HỘI NGHỊ", string.Join(" ", pdf.GetPages().Select(p => p.Text)));
        }
        using (var input = new MemoryStream(bytes))
        using (var document = SharpReader.Open(input, SharpOpenMode.Modify))
        {
            Assert.Equal(fixture.YYen.Count, document.PageCount);
            Assert.True(document.Outlines.Count > 0, "no bookmarks");
            using var resaved = new MemoryStream();
            document.Save(resaved, closeStream: false);
            Assert.True(resaved.Length > 0);
        }
        AssertCrossReferenceTablePointsAtEveryObject(bytes);
    }

    [Fact]
    public void PrintSheets_AreDeterministicToo_AndUntaggedPagesClaimPdfA2bOnly()
    {
        // Pages without structure: an untagged file, and nothing more than 2b is claimed.
        var metadata = new PdfMetadata("Tờ in", "ReportGen", "thử", "in", MeetingDay);
        // The seeds' pages with any structure taken off (copies: the fixture's pages are shared).
        var pages = fixture.YYen.Select(p =>
        {
            var copy = new Page(p.Size, p.Number);
            copy.Items.AddRange(p.Items.Select(i => i with { Structure = null }));
            return copy;
        }).ToList();
        byte[] Sheets()
        {
            using var stream = new MemoryStream();
            PrintSheetWriter.Write(pages, stream, metadata);
            return stream.ToArray();
        }

        var sheets = Sheets();
        Assert.Equal(sheets, Sheets());
        var xmp = XmpOf(sheets);
        Assert.Equal("2", Property(xmp, PdfAid + "part"));
        Assert.Equal("B", Property(xmp, PdfAid + "conformance"));
        Assert.Empty(xmp.Descendants(XNamespace.Get("http://www.aiim.org/pdfua/ns/id/") + "part"));
        Assert.Equal("Tờ in", Property(xmp, Dc + "title"));
        AssertCrossReferenceTablePointsAtEveryObject(sheets);
    }

    private static XDocument XmpOf(byte[] bytes)
    {
        using var pdf = PdfPigDocument.Open(bytes);
        Assert.True(pdf.TryGetXmpMetadata(out var xmp), "no XMP metadata stream");
        // Read as UTF-8, the only encoding PDF allows for XMP (PdfPig's GetXDocument reads it as Latin-1);
        // throws if the packet is not well-formed XML.
        using var stream = new MemoryStream(xmp.GetXmlBytes().ToArray());
        return XDocument.Load(stream);
    }

    private static string Property(XDocument xmp, XName name) => xmp.Descendants(name).Single().Value;

    private static (string DocumentId, string InstanceId) TrailerIds(byte[] bytes)
    {
        using var pdf = PdfPigDocument.Open(bytes);
        var ids = pdf.Structure.Trailer.Identifier.Select(t => Convert.ToHexString(Assert.IsType<HexToken>(t).Bytes.ToArray())).ToList();
        Assert.Equal(2, ids.Count);
        return (ids[0], ids[1]);
    }

    private static IToken Resolve(PdfPigDocument pdf, IToken token) =>
        token is IndirectReferenceToken reference ? pdf.Structure.GetObject(reference.Data).Data : token;

    private static int Count(byte[] bytes, string ascii) => Regex.Matches(Encoding.Latin1.GetString(bytes), Regex.Escape(ascii)).Count;

    /// <summary>
    /// What qpdf --check would look at first: every in-use entry of the cross-reference table points at "n 0 obj"; in a
    /// cross-reference stream (a tagged file, whose small dictionaries sit in object streams), every entry of type 1
    /// does and every entry of type 2 names an object stream.
    /// </summary>
    private static void AssertCrossReferenceTablePointsAtEveryObject(byte[] bytes)
    {
        var text = Encoding.Latin1.GetString(bytes);
        Assert.StartsWith("%PDF-1.", text, StringComparison.Ordinal);
        Assert.EndsWith("%%EOF\n", text, StringComparison.Ordinal);
        var startxref = int.Parse(Regex.Match(text[text.LastIndexOf("startxref", StringComparison.Ordinal)..], @"startxref\s+(\d+)").Groups[1].Value, CultureInfo.InvariantCulture);
        if (Regex.Match(text[startxref..], @"^(\d+) 0 obj\n<<(/Type /XRef.*?)>>\nstream\n", RegexOptions.Singleline) is { Success: true } stream)
        {
            AssertCrossReferenceStreamPointsAtEveryObject(bytes, text, startxref + stream.Length, stream.Groups[2].Value);
            return;
        }
        var head = Regex.Match(text[startxref..], @"^xref\n0 (\d+)\n");
        Assert.True(head.Success, "no classic cross-reference table at startxref");
        var count = int.Parse(head.Groups[1].Value, CultureInfo.InvariantCulture);
        var entries = startxref + head.Length;
        for (var number = 1; number < count; number++)
        {
            var entry = text.Substring(entries + number * 20, 20);
            Assert.Matches(@"^\d{10} \d{5} [nf]\s{2}$", entry);
            if (entry[17] == 'n')
            {
                var offset = int.Parse(entry[..10], CultureInfo.InvariantCulture);
                Assert.True(text.AsSpan(offset).StartsWith($"{number} 0 obj"), $"object {number} is not at {offset}");
            }
        }
        Assert.StartsWith("trailer", text[(entries + count * 20)..], StringComparison.Ordinal);
    }

    private static void AssertCrossReferenceStreamPointsAtEveryObject(byte[] bytes, string text, int dataStart, string dictionary)
    {
        Assert.Contains("/W [1 4 2]", dictionary, StringComparison.Ordinal);
        var size = int.Parse(Regex.Match(dictionary, @"/Size (\d+)").Groups[1].Value, CultureInfo.InvariantCulture);
        var length = int.Parse(Regex.Match(dictionary, @"/Length (\d+)").Groups[1].Value, CultureInfo.InvariantCulture);
        using var inflated = new MemoryStream();
        using (var zlib = new System.IO.Compression.ZLibStream(new MemoryStream(bytes, dataStart, length), System.IO.Compression.CompressionMode.Decompress))
        {
            zlib.CopyTo(inflated);
        }
        var entries = inflated.ToArray();
        Assert.Equal(size * 7, entries.Length);
        var compressed = 0;
        for (var number = 1; number < size; number++)
        {
            var entry = entries.AsSpan(number * 7, 7);
            var field = (int)System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(entry[1..]);
            switch (entry[0])
            {
                case 1:
                    Assert.True(text.AsSpan(field).StartsWith($"{number} 0 obj"), $"object {number} is not at {field}");
                    break;
                case 2:
                    compressed++;
                    var container = Regex.Match(text, $@"(?m)^{field} 0 obj\n<<([^>]*)>>");
                    Assert.True(container.Success && container.Groups[1].Value.Contains("/Type /ObjStm", StringComparison.Ordinal), $"object {number} is in object {field}, not an object stream");
                    break;
                default:
                    Assert.Fail($"object {number} has an entry of type {entry[0]}");
                    break;
            }
        }
        Assert.True(compressed > 0, "a cross-reference stream with no object in an object stream");
    }
}
