using System.Text;
using ReportGen.Core.Diagnostics;
using ReportGen.Localization;
using ReportGen.Core.Model;
using YamlDotNet.RepresentationModel;

namespace ReportGen.Core.Validation;

/// <summary>
/// Checks a meeting's <c>documents:</c> list beyond its shape: a content file must be a relative path that
/// stays inside the data file's folder, exist and be UTF-8 (a booklet must never pull in another file of the
/// machine, and a wrong encoding must not turn into question marks); issuers and awards must be the
/// meeting's own; a delegate list needs delegates, a contribution its author. Each problem at its line and column.
/// </summary>
internal static class DocumentValidator
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static void Check(YamlMappingNode root, string path, List<Diagnostic> diagnostics)
    {
        if (YamlPaths.Find(root, "emulation.awards") is YamlSequenceNode awardNodes)
        {
            foreach (var award in awardNodes.Children)
            {
                // An award's sheet of names is read at loading (DataLoader); here only where it is, like a content file.
                if (YamlPaths.Find(award, "names_from.file") is YamlScalarNode { Value: { Length: > 0 } namesFile } namesNode
                    && !string.IsNullOrWhiteSpace(namesFile))
                {
                    Resolve(namesFile.Trim(), namesNode, path, diagnostics);
                }
            }
        }
        // The indicator and agenda sheets are read at loading too; here only where they are.
        if (YamlPaths.Find(root, "results.fields") is YamlSequenceNode fields)
        {
            foreach (var field in fields.Children)
            {
                ResolveSheet(field, "indicators_from.file", path, diagnostics);
            }
        }
        ResolveSheet(root, "meeting.agenda_from.file", path, diagnostics);
        if (YamlPaths.Find(root, "documents") is not YamlSequenceNode documents)
        {
            return;
        }
        var issuers = IssuerNames(root);
        var awards = AwardTitles(root);
        for (var i = 0; i < documents.Children.Count; i++)
        {
            if (documents.Children[i] is not YamlMappingNode document)
            {
                continue; // wrong shape, reported already
            }
            var where = $"documents[{i}]";
            var kind = Value(document, "kind");
            var file = YamlPaths.Find(document, "file") as YamlScalarNode;
            if (kind is "contribution" or "speech" or "markdown" && string.IsNullOrWhiteSpace(file?.Value))
            {
                diagnostics.Add(At(DiagnosticCodes.DocumentFileMissing, Messages.DocumentFileMissingField(where, kind), path, file ?? (YamlNode)document));
            }
            if (file is { Value: { Length: > 0 } value } && !string.IsNullOrWhiteSpace(value))
            {
                CheckFile(value.Trim(), file, path, diagnostics);
            }
            if (kind is "contribution" or "speech" && (Value(document, "author") is null || Value(document, "unit") is null))
            {
                diagnostics.Add(Warning(DiagnosticCodes.DocumentWithoutAuthor, Messages.DocumentWithoutAuthor(where), path, document));
            }
            if (YamlPaths.Find(document, "issuer") is YamlScalarNode { Value: { Length: > 0 } issuer } issuerNode
                && issuers.Count > 0 && !issuers.Contains(DocumentConventions.Normalise(issuer)))
            {
                diagnostics.Add(At(DiagnosticCodes.DocumentUnknownIssuer, Messages.DocumentUnknownIssuer(issuer, string.Join(", ", ShortNames(root))), path, issuerNode));
            }
            if (YamlPaths.Find(document, "awards") is YamlSequenceNode named)
            {
                foreach (var award in named.Children.OfType<YamlScalarNode>().Where(a => !awards.Contains(DocumentConventions.Normalise(a.Value))))
                {
                    diagnostics.Add(At(DiagnosticCodes.DocumentUnknownAward, Messages.DocumentUnknownAward(award.Value ?? "", string.Join(", ", awards)), path, award));
                }
            }
            if (kind == "award-decision")
            {
                CheckAwardLists(root, YamlPaths.Find(document, "awards") as YamlSequenceNode, path, diagnostics);
            }
            var sheet = YamlPaths.Find(document, "delegates_from.file") as YamlScalarNode;
            if (sheet is { Value: { Length: > 0 } sheetFile } && !string.IsNullOrWhiteSpace(sheetFile))
            {
                // Read at loading (DataLoader); here only where it is, like a content file.
                Resolve(sheetFile.Trim(), sheet, path, diagnostics);
            }
            if (kind == "delegate-list" && sheet is null && YamlPaths.Find(document, "delegates") is not YamlSequenceNode { Children.Count: > 0 })
            {
                diagnostics.Add(Warning(DiagnosticCodes.DocumentWithoutDelegates, Messages.DocumentWithoutDelegates(where), path, document));
            }
        }
    }

    /// <summary>The sheet file at <paramref name="key"/> below <paramref name="node"/>, when given: resolved like a content file.</summary>
    private static void ResolveSheet(YamlNode node, string key, string path, List<Diagnostic> diagnostics)
    {
        if (YamlPaths.Find(node, key) is YamlScalarNode { Value: { Length: > 0 } file } fileNode && !string.IsNullOrWhiteSpace(file))
        {
            Resolve(file.Trim(), fileNode, path, diagnostics);
        }
    }

    /// <summary>
    /// The lists annexed to a decision must hold as many names as the award's count, or the booklet would
    /// contradict itself (a warning: a list is often completed last). Reported at the award's 'count'.
    /// </summary>
    /// <param name="loaded">
    /// The loaded meeting, once the awards' sheets are read: only the awards whose names come from a sheet are
    /// counted then (the others were counted before). Without it, those awards are left out: their names are not read yet.
    /// </param>
    private static void CheckAwardLists(YamlMappingNode root, YamlSequenceNode? named, string path, List<Diagnostic> diagnostics, Meeting? loaded = null)
    {
        if (YamlPaths.Find(root, "emulation.awards") is not YamlSequenceNode awards)
        {
            return;
        }
        var wanted = named?.Children.OfType<YamlScalarNode>().Select(a => DocumentConventions.Normalise(a.Value)).ToHashSet() ?? [];
        for (var i = 0; i < awards.Children.Count; i++)
        {
            var award = awards.Children[i];
            var title = Value(award, "title");
            if (title is null || !AwardReferences.IsWanted(wanted, title, Value(award, "giver")))
            {
                continue;
            }
            var fromSheet = YamlPaths.Find(award, "names_from") is YamlMappingNode;
            if (fromSheet != loaded is not null || (loaded is not null && i >= loaded.Emulation.Awards.Count))
            {
                continue;
            }
            var names = loaded is not null ? loaded.Emulation.Awards[i].Names.Count
                : YamlPaths.Find(award, "names") is YamlSequenceNode list ? list.Children.Count : 0;
            if (names > 0 && YamlPaths.Find(award, "count") is YamlScalarNode countNode
                && int.TryParse(countNode.Value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var count)
                && count != names)
            {
                diagnostics.Add(Warning(DiagnosticCodes.DocumentAwardNamesCount, Messages.DocumentAwardNamesCount(title, names, count), path, countNode));
            }
        }
    }

    /// <summary>
    /// The count check (RG089) of the awards whose names were read from a sheet ('names_from'), for each award
    /// decision that announces them: run at loading, after the sheets are read, and said at the award's 'count'.
    /// </summary>
    public static void CheckSheetAwardLists(Meeting meeting, YamlMappingNode root, string path, List<Diagnostic> diagnostics)
    {
        if (YamlPaths.Find(root, "documents") is not YamlSequenceNode documents)
        {
            return;
        }
        foreach (var document in documents.Children.OfType<YamlMappingNode>().Where(d => Value(d, "kind") == "award-decision"))
        {
            CheckAwardLists(root, YamlPaths.Find(document, "awards") as YamlSequenceNode, path, diagnostics, meeting);
        }
    }

    /// <summary>The content file: relative, inside the data file's folder (after '..' and links are resolved), present, UTF-8.</summary>
    private static void CheckFile(string file, YamlNode node, string path, List<Diagnostic> diagnostics)
    {
        if (Resolve(file, node, path, diagnostics) is not { } full)
        {
            return;
        }
        CheckContent(file, full, node, path, diagnostics);
    }

    /// <summary>
    /// The full path of a file the data names: relative, inside the data file's folder (after '..' and links
    /// are resolved), present; null, with the error said at <paramref name="node"/>, when it is not.
    /// </summary>
    public static string? Resolve(string file, YamlNode node, string path, List<Diagnostic> diagnostics)
    {
        // Backslashes are separators too: a path typed on Windows must be judged the same everywhere.
        var relative = file.Replace('\\', '/');
        if (Path.IsPathRooted(relative) || relative.StartsWith('/') || (relative.Length >= 2 && char.IsAsciiLetter(relative[0]) && relative[1] == ':'))
        {
            diagnostics.Add(At(DiagnosticCodes.DocumentFileAbsolute, Messages.DocumentFileAbsolute(file), path, node));
            return null;
        }
        var folder = DataFolder(path);
        // Found name by name: in NFC, and under another case too (said below, since Linux would not find it).
        var located = Security.DataFilePaths.Locate(folder, file);
        var full = located.FullPath;
        if (!IsInside(full, folder))
        {
            diagnostics.Add(At(DiagnosticCodes.DocumentFileOutside, Messages.DocumentFileOutside(file), path, node));
            return null;
        }
        if (!File.Exists(full))
        {
            diagnostics.Add(At(DiagnosticCodes.DocumentFileNotFound, Messages.DocumentFileNotFound(file, folder), path, node));
            return null;
        }
        try
        {
            // A symbolic link on the way (the file's or a folder's) must not lead out of the folder either.
            if (!Security.PathSafety.IsInside(full, folder))
            {
                diagnostics.Add(At(DiagnosticCodes.DocumentFileOutside, Messages.DocumentFileOutside(file), path, node));
                return null;
            }
        }
        catch (IOException e)
        {
            diagnostics.Add(At(DiagnosticCodes.DocumentFileNotUtf8, Messages.DocumentFileUnreadable(file, e.Message), path, node));
            return null;
        }
        catch (UnauthorizedAccessException e)
        {
            diagnostics.Add(At(DiagnosticCodes.DocumentFileNotUtf8, Messages.DocumentFileUnreadable(file, e.Message), path, node));
            return null;
        }
        if (located.CaseDiffersOnDisk is { } onDisk)
        {
            diagnostics.Add(Warning(DiagnosticCodes.FileNameCaseDiffers, Messages.FileNameCaseDiffers(file.Trim(), onDisk), path, node));
        }
        return full;
    }

    /// <summary>A content file's text: UTF-8 (or a Word file), what it holds that is refused, at its place.</summary>
    private static void CheckContent(string file, string full, YamlNode node, string path, List<Diagnostic> diagnostics)
    {
        try
        {
            // A text file is read whole into the parser; a Word file carries its pictures, and its unpacked size is bounded on its own.
            var limit = Import.ContentFiles.IsWord(full) ? Import.WordToMarkdown.MaxFileBytes : Loading.DataLoader.MaxFileBytes;
            if (new FileInfo(full).Length > limit)
            {
                diagnostics.Add(At(DiagnosticCodes.DocumentFileNotUtf8, Messages.DocumentFileUnreadable(file, $"> {limit / 1024 / 1024} MB"), path, node));
                return;
            }
            if (Import.ContentFiles.IsWord(full))
            {
                // A Word file: what it holds that the booklet cannot carry, at the paragraph where it starts.
                var (_, notes) = Import.ContentFiles.Read(full);
                foreach (var note in notes)
                {
                    var (code, message) = note.Loss switch
                    {
                        Import.WordLoss.PictureUnsupported => (DiagnosticCodes.WordPictureUnsupported, Messages.WordPictureUnsupported(note.Paragraph, note.Excerpt, note.Detail)),
                        Import.WordLoss.PictureLinked => (DiagnosticCodes.WordPictureLinked, Messages.WordPictureLinked(note.Paragraph, note.Excerpt, note.Detail)),
                        Import.WordLoss.PictureTooLarge => (DiagnosticCodes.WordPictureTooLarge, Messages.WordPictureTooLarge(note.Paragraph, note.Excerpt, note.Detail)),
                        Import.WordLoss.PictureWithoutDescription => (DiagnosticCodes.WordPictureWithoutDescription, Messages.WordPictureWithoutDescription(note.Paragraph, note.Excerpt, note.Detail)),
                        _ => (DiagnosticCodes.WordContentNotCarried, Messages.WordContentNotCarried(note.Loss.ToString(), note.Paragraph, note.Excerpt)),
                    };
                    diagnostics.Add(Diagnostic.Warning(code, message, full, note.Paragraph, 1));
                }
                return;
            }
            var text = StrictUtf8.GetString(File.ReadAllBytes(full)).Normalize(NormalizationForm.FormC);
            // The contribution's own refused characters and links, at their place in that file.
            foreach (var (line, column, character) in Security.TextSafety.Refused(text))
            {
                diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.RefusedCharacter, Messages.RefusedCharacter($"U+{(int)character:X4}"), full, line, column));
            }
            foreach (var (line, column, url) in Security.LinkScanner.RefusedLinks(text))
            {
                diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.RefusedLink, Messages.RefusedLink(url), full, line, column));
            }
        }
        catch (Import.WordFileRefusedException e)
        {
            diagnostics.Add(At(DiagnosticCodes.WordFileRefused, Messages.WordFileRefused(file, e.Message), path, node));
        }
        catch (DecoderFallbackException e)
        {
            diagnostics.Add(At(DiagnosticCodes.DocumentFileNotUtf8, Messages.DocumentFileNotUtf8(file, e.Index), path, node));
        }
        catch (IOException e)
        {
            diagnostics.Add(At(DiagnosticCodes.DocumentFileNotUtf8, Messages.DocumentFileUnreadable(file, e.Message), path, node));
        }
        catch (UnauthorizedAccessException e)
        {
            diagnostics.Add(At(DiagnosticCodes.DocumentFileNotUtf8, Messages.DocumentFileUnreadable(file, e.Message), path, node));
        }
    }

    /// <summary>The folder of the data file: content files are looked for, and must stay, there.</summary>
    public static string DataFolder(string dataFile) =>
        Path.GetDirectoryName(Path.GetFullPath(dataFile)) ?? Path.GetFullPath(".");

    private static bool IsInside(string full, string folder) =>
        full.StartsWith(folder.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static HashSet<string> IssuerNames(YamlMappingNode root) =>
        YamlPaths.Find(root, "issuers") is YamlSequenceNode issuers
            ? [.. issuers.Children.SelectMany(i => new[] { Value(i, "short_name"), Value(i, "name") }).OfType<string>().Select(DocumentConventions.Normalise)]
            : [];

    private static IEnumerable<string> ShortNames(YamlMappingNode root) =>
        YamlPaths.Find(root, "issuers") is YamlSequenceNode issuers
            ? issuers.Children.Select(i => Value(i, "short_name") ?? Value(i, "name")).OfType<string>()
            : [];

    /// <summary>Every name a document may call an award by: its title, or its title and giver (<see cref="AwardReferences"/>).</summary>
    private static HashSet<string> AwardTitles(YamlMappingNode root) =>
        YamlPaths.Find(root, "emulation.awards") is YamlSequenceNode awards
            ? [.. awards.Children.SelectMany(a => AwardReferences.NamesOf(Value(a, "title"), Value(a, "giver")))]
            : [];

    private static string? Value(YamlNode node, string key) =>
        YamlPaths.Find(node, key) is YamlScalarNode { Value: { Length: > 0 } v } && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;

    private static Diagnostic At(string code, string message, string path, YamlNode node) =>
        Diagnostic.Error(code, message, path, (int)node.Start.Line, (int)node.Start.Column);

    private static Diagnostic Warning(string code, string message, string path, YamlNode node) =>
        Diagnostic.Warning(code, message, path, (int)node.Start.Line, (int)node.Start.Column);
}
