using ReportGen.Core.Model;
using ReportGen.Core.Wording;

namespace ReportGen.Templating.Documents;

/// <summary>
/// The header of a document issued by a body: who issues it, its number line ("Số: 12/BC-UBND") and its
/// place and date line. The booklet draws it in the two-column form of the conventions; the web page
/// prints the same lines.
/// </summary>
/// <param name="IssuingLines">The issuing body's lines ("Ủy ban nhân dân", "huyện Ý Yên"), not upper-cased.</param>
public sealed record IssuerHeading(Issuer Issuer, string Superior, IReadOnlyList<string> IssuingLines, string? NumberLine, string DateLine)
{
    /// <summary>The header of a document <paramref name="issuer"/> issues, its lines by rule (<see cref="IssuerNames"/>).</summary>
    public static IssuerHeading Of(Meeting meeting, Issuer issuer, string? numberLine, string dateLine) =>
        new(issuer, IssuerNames.Superior(meeting, issuer), IssuerNames.IssuingLines(meeting, issuer), numberLine, dateLine);
}

/// <summary>The heading of a contribution or speech: the unit it speaks for and its presenter.</summary>
public sealed record AuthorHeading(string? Unit, string? Author);

/// <summary>
/// One document of a meeting's booklet, rendered: its Markdown (the one content source of the booklet and
/// the web page) and what surrounds it, header, signature, annex and appendix.
/// </summary>
/// <param name="Id">The id of its section on the web page ("chuong-trinh", "bao-cao", "quyet-dinh-khen-thuong", "tham-luan-2").</param>
/// <param name="Kind">What the document is.</param>
/// <param name="Markdown">The body, from its title heading to its last paragraph.</param>
public sealed record RenderedDocument(string Id, DocumentKind Kind, string Markdown)
{
    private TreesField _trees;

    /// <summary>
    /// <see cref="Markdown"/> parsed (Markdig, <see cref="MarkdownRenderer.Pipeline"/>) once and shared by every output
    /// that reads it, from several threads at once: read it, never change it (<see cref="MarkdownTrees"/>).
    /// </summary>
    /// <remarks>A method, not a property, so that printing the record does not parse it.</remarks>
    public Markdig.Syntax.MarkdownDocument MarkdownTree() => Trees().Body.Value;

    /// <summary><see cref="Annex"/> parsed once and shared, as <see cref="MarkdownTree"/>.</summary>
    public Markdig.Syntax.MarkdownDocument AnnexTree() => Trees().Annex.Value;

    /// <summary><see cref="Appendix"/> parsed once and shared, as <see cref="MarkdownTree"/>.</summary>
    public Markdig.Syntax.MarkdownDocument AppendixTree() => Trees().Appendix.Value;

    /// <summary>This document's trees: made once, also when two threads ask first at once; a copy (<c>with</c>) makes its own.</summary>
    private MarkdownTrees Trees()
    {
        var trees = Volatile.Read(ref _trees.Value);
        if (trees is not null && ReferenceEquals(trees.Owner, this))
        {
            return trees;
        }
        var made = new MarkdownTrees(this);
        return Interlocked.CompareExchange(ref _trees.Value, made, trees) == trees ? made : Trees();
    }

    /// <summary>
    /// Lets this document's trees go, once every output that reads them has (<see cref="TreeReaders"/>): a reader asking
    /// after this gets the text parsed again, the same tree.
    /// </summary>
    public void ForgetTrees() => Volatile.Write(ref _trees.Value, null);

    /// <summary>
    /// The trees, as a field that is not part of the document's value (a record compares all its fields): two documents
    /// of the same texts are equal whether they were parsed or not.
    /// </summary>
    private struct TreesField : IEquatable<TreesField>
    {
        public MarkdownTrees? Value;

        public readonly bool Equals(TreesField other) => true;

        public override readonly bool Equals(object? obj) => obj is TreesField;

        public override readonly int GetHashCode() => 0;
    }

    /// <summary>The header of an issued document; null for none (the classic agenda, a contribution).</summary>
    public IssuerHeading? Heading { get; init; }

    /// <summary>The heading of a contribution or speech.</summary>
    public AuthorHeading? AuthorHeading { get; init; }

    /// <summary>The signature block after the body; null for none.</summary>
    public Signer? Signer { get; init; }

    /// <summary>"Nơi nhận" beside the signature, one recipient per line without dash or closing mark; empty for none.</summary>
    public IReadOnlyList<string> Recipients { get; init; } = [];

    /// <summary>Markdown annexed after the signature, from a new page (an award decision's lists); empty for none.</summary>
    public string Annex { get; init; } = "";

    /// <summary>Markdown set on landscape pages right after the document (the report's indicator appendix); empty for none.</summary>
    public string Appendix { get; init; } = "";

    /// <summary>The document's entry in the contents ("Báo cáo tổng kết công tác năm 2020 …"); null to list its title heading as it is.</summary>
    public string? ContentsTitle { get; init; }

    /// <summary>
    /// The pictures its Markdown refers to as <c>![…](rg-image:KEY)</c>, by key: a Word contribution's, taken out and checked
    /// by <c>Core.Import.WordPictures</c>. The booklet, the web page and the Word file each look them up here.
    /// </summary>
    public IReadOnlyDictionary<string, Core.Import.EmbeddedImage> Images { get; init; } = Core.Import.ContentText.NoImages;

    /// <summary>
    /// The booklet as it was before documents could be listed: the agenda without a header, the report under
    /// the header of the first issuer, and the indicator appendix after it.
    /// </summary>
    public static IReadOnlyList<RenderedDocument> Classic(Meeting meeting, string agenda, string report, string appendix)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var issuer = meeting.Issuers[0];
        return
        [
            new RenderedDocument("chuong-trinh", DocumentKind.Agenda, agenda),
            new RenderedDocument("bao-cao", DocumentKind.Report, report)
            {
                Heading = IssuerHeading.Of(meeting, issuer, null, DateLine(meeting.Info.Place, meeting.Info.Date)),
                Appendix = appendix,
            },
        ];
    }

    /// <summary>"Ý Yên, ngày 23 tháng 01 năm 2021".</summary>
    public static string DateLine(string place, DateOnly date) =>
        $"{place.Trim()}, {Formatting.VietnameseFormat.AdministrativeDate(date)}";
}
