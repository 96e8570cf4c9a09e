using ReportGen.Templating.Formatting;
using Scriban.Runtime;

namespace ReportGen.Templating.Documents;

/// <summary>
/// The documents as the meeting page template sees them: <c>id</c>, <c>label</c> (its line in the page's
/// list of documents), <c>header</c> (<c>superior</c>, <c>body</c>, <c>star</c> on the left, <c>right</c> lines, <c>number</c>, <c>date</c>) or
/// <c>author</c> (<c>unit</c>, <c>name</c>), <c>html</c>, <c>signer</c> (<c>signed</c> when the original is), <c>recipients</c> (lines), <c>annex_html</c>,
/// <c>appendix_html</c>. The header lines are the booklet's (DocumentHeaderBuilder draws the same words).
/// </summary>
internal static class WebDocuments
{
    /// <param name="toHtml">A text's HTML from the text and its shared tree (only to be read), its headings with the ids the anchors give.</param>
    public static ScriptArray From(IReadOnlyList<RenderedDocument> documents, Func<string, Markdig.Syntax.MarkdownDocument, SectionAnchors, string> toHtml)
    {
        var result = new ScriptArray();
        var ids = HeadingAnchors.Reserved(documents.Select(d => d.Id));
        foreach (var document in documents)
        {
            var headings = new List<WebHeading>();
            var anchors = new SectionAnchors(document.Id, ids, headings);
            var body = string.IsNullOrWhiteSpace(document.Markdown) ? "" : toHtml(document.Markdown, document.MarkdownTree(), anchors);
            var item = Section(document.Id, body);
            item.SetValue("label", document.ContentsTitle ?? TitleOf(document.Markdown), true);
            item.SetValue("header", document.Heading is { } heading ? Header(heading) : null, true);
            item.SetValue("author", document.AuthorHeading is { } author ? Author(author) : null, true);
            item.SetValue("signer", document.Signer is { } signer ? Signer(signer) : null, true);
            item.SetValue("recipients", new ScriptArray(Core.Wording.Recipients.Printed(document.Recipients)), true);
            item.SetValue("annex_html", string.IsNullOrWhiteSpace(document.Annex) ? ""
                : toHtml(document.Annex, document.AnnexTree(), anchors), true);
            item.SetValue("appendix_html", string.IsNullOrWhiteSpace(document.Appendix) ? ""
                : toHtml(document.Appendix, document.AppendixTree(), anchors), true);
            // The page's contents list the parts of each document (its title is the document's own entry), its
            // annexes and appendix ("PHỤ LỤC") among them.
            item.SetValue("headings", new ScriptArray(headings.Skip(1).Where(h => h.Level <= 3).Select(h =>
            {
                var entry = new ScriptObject();
                entry.SetValue("id", h.Id, true);
                entry.SetValue("text", h.Text, true);
                return entry;
            })), true);
            result.Add(item);
        }
        return result;
    }

    /// <summary>A section with HTML only, no header or signature (the page as it was before documents).</summary>
    public static ScriptObject Section(string id, string html)
    {
        var item = new ScriptObject();
        item.SetValue("id", id, false);
        item.SetValue("html", html, false);
        foreach (var member in new[] { "label", "header", "author", "signer" })
        {
            item.SetValue(member, null, false);
        }
        item.SetValue("recipients", new ScriptArray(), false);
        item.SetValue("headings", new ScriptArray(), false);
        item.SetValue("annex_html", "", false);
        item.SetValue("appendix_html", "", false);
        return item;
    }

    private static ScriptObject Header(IssuerHeading heading)
    {
        var party = heading.Issuer.Kind == Core.Model.IssuerKind.Party;
        var header = new ScriptObject();
        // Apart, not as a list of lines: the issuing body is bold, its superior or parent body is not (both conventions).
        header.SetValue("superior", heading.Superior.Length > 0 ? VietnameseFormat.Upper(heading.Superior) : null, true);
        header.SetValue("body", new ScriptArray(heading.IssuingLines.Select(VietnameseFormat.Upper)), true);
        header.SetValue("star", party, true);
        header.SetValue("right", party ? new ScriptArray { HeaderWords.PartyName } : new ScriptArray { HeaderWords.Nation, HeaderWords.Motto }, true);
        header.SetValue("number", heading.NumberLine, true);
        header.SetValue("date", heading.DateLine, true);
        return header;
    }

    private static ScriptObject Author(AuthorHeading heading)
    {
        var author = new ScriptObject();
        author.SetValue("unit", heading.Unit is null ? null : VietnameseFormat.Upper(heading.Unit), true);
        author.SetValue("name", heading.Author, true);
        return author;
    }

    private static ScriptObject Signer(Core.Model.Signer signer)
    {
        var item = new ScriptObject();
        // In capitals, as the booklet prints them (booklet-conventions.md); the name as written.
        item.SetValue("on_behalf", signer.OnBehalf is null ? null : VietnameseFormat.Upper(signer.OnBehalf.Trim()), true);
        item.SetValue("position", VietnameseFormat.Upper(signer.Position.Trim()), true);
        item.SetValue("name", signer.Name, true);
        item.SetValue("signed", signer.Signed, true);
        return item;
    }

    /// <summary>The text of the first level-1 heading ("# BÁO CÁO" → "BÁO CÁO"), for the page's list of documents.</summary>
    private static string? TitleOf(string markdown) =>
        markdown.Split('\n').FirstOrDefault(l => l.StartsWith("# ", StringComparison.Ordinal))?[2..].Trim();
}
