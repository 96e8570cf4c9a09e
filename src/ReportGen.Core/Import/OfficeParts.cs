using System.IO.Compression;
using System.Xml;
using System.Xml.Linq;

namespace ReportGen.Core.Import;

/// <summary>A relationship of an office file's part (Open Packaging Conventions): its id, its type's last word, where it points.</summary>
/// <param name="Kind">The type's last segment ("officeDocument", "styles", "image"), so the transitional and the strict
/// spellings of a type (<c>http://schemas.openxmlformats.org/…/relationships/styles</c>,
/// <c>http://purl.oclc.org/ooxml/officeDocument/relationships/styles</c>) read alike.</param>
/// <param name="Part">The part it points to inside the package ("word/media/image1.png"); null when it points outside
/// (<c>TargetMode="External"</c>) or nowhere a part could be.</param>
/// <param name="Target">The target as written: what a warning names for a link outside.</param>
internal sealed record OfficeRelationship(string Id, string Kind, string? Part, string Target);

/// <summary>
/// An office file (.docx, .xlsx) opened as a zip package, its directory measured first (<see cref="OfficePackage.Refusal"/>): its parts
/// by name, each part's relationships, and a part's XML read with no DTD, no entity and no resolver. This is all the
/// Open Packaging Conventions the import needs, so the reading of Word and Excel files stays in our hands and a
/// program does not carry a library's thousands of element classes to read a few of them (docs/benchmarks.md).
/// Part names are matched without regard to case, as the conventions say; nothing in the package is written anywhere,
/// and a relationship that points outside it is only ever named, never followed.
/// </summary>
internal sealed class OfficeParts : IDisposable
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        MaxCharactersInDocument = OfficePackage.MaxExpandedBytes,
        CloseInput = true,
    };

    private readonly ZipArchive _zip;
    private readonly Dictionary<string, ZipArchiveEntry> _entries = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, IReadOnlyList<OfficeRelationship>> _relationships = new(StringComparer.OrdinalIgnoreCase);

    private OfficeParts(ZipArchive zip)
    {
        _zip = zip;
        foreach (var entry in zip.Entries)
        {
            // A name given twice is a damaged package: the first one is the part, as a zip reader's directory lists it.
            _entries.TryAdd(entry.FullName.TrimStart('/'), entry);
        }
    }

    /// <summary>
    /// The package at <paramref name="path"/>, its directory read once: measured (<see cref="OfficePackage.Refusal"/>) and
    /// then kept to read parts from. Null with the reason in <paramref name="refusal"/> ("" when it lacks
    /// <paramref name="mainPart"/>, <see cref="OfficePackage.NotAZip"/> when it is no zip).
    /// </summary>
    public static OfficeParts? Open(string path, string mainPart, out string? refusal)
    {
        ZipArchive zip;
        try
        {
            zip = ZipFile.OpenRead(path);
        }
        catch (InvalidDataException)
        {
            refusal = OfficePackage.NotAZip;
            return null;
        }
        refusal = OfficePackage.Refusal(zip, mainPart);
        if (refusal is not null)
        {
            zip.Dispose();
            return null;
        }
        return new OfficeParts(zip);
    }

    public void Dispose() => _zip.Dispose();

    /// <summary>Whether the package holds a part of this name.</summary>
    public bool Has(string part) => _entries.ContainsKey(part);

    /// <summary>
    /// The package's main part: the target of its root relationship <c>officeDocument</c>, or <paramref name="usual"/>
    /// ("word/document.xml") when a writer left the root relationships out but the part is there.
    /// </summary>
    public string? MainPart(string usual) =>
        Relationships("").FirstOrDefault(r => r.Kind == "officeDocument" && r.Part is { } p && Has(p))?.Part
        ?? (Has(usual) ? usual : null);

    /// <summary>The relationships of <paramref name="part"/> ("" for the package's own), read once.</summary>
    /// <exception cref="XmlException">Its relationships part is not well-formed XML.</exception>
    public IReadOnlyList<OfficeRelationship> Relationships(string part)
    {
        if (_relationships.TryGetValue(part, out var known))
        {
            return known;
        }
        var folder = FolderOf(part);
        var name = folder + "_rels/" + part[folder.Length..] + ".rels";
        var found = new List<OfficeRelationship>();
        if (Has(name))
        {
            using var reader = Xml(name);
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "Relationship")
                {
                    continue;
                }
                var id = reader.GetAttribute("Id") ?? "";
                var type = reader.GetAttribute("Type") ?? "";
                var target = reader.GetAttribute("Target") ?? "";
                var external = string.Equals(reader.GetAttribute("TargetMode"), "External", StringComparison.OrdinalIgnoreCase);
                found.Add(new OfficeRelationship(id, type[(type.LastIndexOf('/') + 1)..], external ? null : Resolve(folder, target), target));
            }
        }
        _relationships[part] = found;
        return found;
    }

    /// <summary>The part <paramref name="part"/> points to by its relationship of this kind ("styles"), when the package has it.</summary>
    public string? Related(string part, string kind) =>
        Relationships(part).FirstOrDefault(r => r.Kind == kind && r.Part is { } p && Has(p))?.Part;

    /// <summary>The relationship of <paramref name="part"/> with this id, if any.</summary>
    public OfficeRelationship? Relationship(string part, string id) =>
        Relationships(part).FirstOrDefault(r => r.Id == id);

    /// <summary>A part's bytes as they unzip.</summary>
    public Stream OpenPart(string part) => _entries[part].Open();

    /// <summary>A forward-only reader of a part's XML: no DTD, no entity, no resolver, no more characters than a package may hold.</summary>
    public XmlReader Xml(string part) => XmlReader.Create(OpenPart(part), Settings);

    /// <summary>A part's XML as a tree, its whitespace kept as written (a run's text of one space is text).</summary>
    /// <exception cref="XmlException">Not well-formed XML, or a DTD.</exception>
    public XDocument Document(string part)
    {
        using var reader = Xml(part);
        return XDocument.Load(reader, LoadOptions.PreserveWhitespace);
    }

    /// <summary>
    /// Why a part's XML was refused, for the person who sent the file: where, not the parser's advice to programmers
    /// (a DTD's refusal tells them to change a reader setting). A file Word or Excel saves never gets here.
    /// </summary>
    public static string Unreadable(XmlException e) =>
        e.LineNumber > 0 ? $"its XML cannot be read (line {e.LineNumber}, position {e.LinePosition})" : "its XML cannot be read"; // a refused DTD comes with no place

    /// <summary>The folder of a part's name with its '/' ("word/" for "word/document.xml", "" at the root).</summary>
    private static string FolderOf(string part) => part[..(part.LastIndexOf('/') + 1)];

    /// <summary>
    /// A relationship's target as a part name: from the package's root when it starts with '/', else from the folder of
    /// the part that points; "." and ".." taken as paths take them, escapes ("%20") undone. Null for a target no part can
    /// have (an address, a way above the package's root).
    /// </summary>
    internal static string? Resolve(string folder, string target)
    {
        if (target.Length == 0 || target.Contains("://", StringComparison.Ordinal) || target.Contains('\\'))
        {
            return null;
        }
        var path = target.StartsWith('/') ? target[1..] : folder + target;
        var fragment = path.IndexOfAny(['#', '?']);
        if (fragment >= 0)
        {
            path = path[..fragment];
        }
        var segments = new List<string>();
        foreach (var segment in Uri.UnescapeDataString(path).Split('/'))
        {
            switch (segment)
            {
                case "" or ".":
                    continue;
                case "..":
                    if (segments.Count == 0)
                    {
                        return null;
                    }
                    segments.RemoveAt(segments.Count - 1);
                    continue;
                default:
                    segments.Add(segment);
                    continue;
            }
        }
        return segments.Count == 0 ? null : string.Join('/', segments);
    }
}
