using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using ReportGen.Core.Model;
using ReportGen.Layout.Fonts;

namespace ReportGen.Build.Incremental;

/// <summary>
/// Content hashes of what a meeting's outputs are made from: its data file (and the files it refers to),
/// the templates and themes, the fonts, the build options that change outputs, and the tool itself.
/// Equal hashes mean equal outputs, so the meeting need not be built again.
/// </summary>
public sealed class BuildInputs
{
    private readonly byte[] _shared;

    private BuildInputs(byte[] shared, IReadOnlyList<string> fontFiles)
    {
        _shared = shared;
        FontFiles = fontFiles;
    }

    /// <summary>True when what every meeting shares hashes the same in both.</summary>
    public bool SameAs(BuildInputs other) => _shared.AsSpan().SequenceEqual(other._shared);

    /// <summary>The font files the outputs are made with: those the stack resolved to and all in the user's fonts folders.</summary>
    public IReadOnlyList<string> FontFiles { get; }

    /// <summary>Hashes what every meeting shares, once per build.</summary>
    public static BuildInputs Shared(BuildOptions options, FontLibrary fonts, IEnumerable<string> userFontDirectories)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        AddText(hash, "reportgen-inputs-1");
        AddToolAndOptions(hash, options);
        AddFolder(hash, options.TemplatesDirectory);
        // Fonts: the files the stack resolved to, and everything in the user's fonts folders (a new font
        // there can take over a family).
        var fontFiles = fonts.Stack.SelectMany(family => family.FilePaths)
            .Concat(userFontDirectories.Where(Directory.Exists).SelectMany(d => Directory.EnumerateFiles(d, "*", SearchOption.AllDirectories)))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        AddFonts(hash, fontFiles);
        return new BuildInputs(hash.GetHashAndReset(), fontFiles);
    }

    /// <summary>
    /// The tool (our assemblies' module ids change with every change of their code or of the versions of the
    /// libraries they were compiled against; deterministic builds keep them equal otherwise) and the options
    /// that change outputs (--only and --force do not).
    /// </summary>
    internal static void AddToolAndOptions(IncrementalHash hash, BuildOptions options)
    {
        foreach (var assembly in ToolAssemblies())
        {
            AddText(hash, assembly.GetName().Name + ":" + assembly.ManifestModule.ModuleVersionId);
        }
        AddText(hash, $"formats={options.Formats};site={options.SiteUrl};epoch={options.SourceDateEpoch?.ToUnixTimeSeconds()}");
    }

    /// <summary>Path, length and time stand for a font's content: fonts are large and are replaced, not edited.</summary>
    internal static void AddFonts(IncrementalHash hash, IEnumerable<string> fontFiles)
    {
        foreach (var file in fontFiles)
        {
            var info = new FileInfo(file);
            AddText(hash, $"font:{info.FullName}:{(info.Exists ? info.Length : -1)}:{(info.Exists ? info.LastWriteTimeUtc.Ticks : 0)}");
        }
    }

    /// <summary>The hash of everything <paramref name="meeting"/>'s outputs are made from.</summary>
    public string For(Meeting meeting, IEnumerable<string> referencedFiles)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(_shared);
        AddText(hash, "meeting:" + meeting.Id);
        hash.AppendData(File.ReadAllBytes(meeting.SourcePath));
        foreach (var file in referencedFiles.Order(StringComparer.Ordinal))
        {
            AddText(hash, "file:" + file);
            hash.AppendData(File.Exists(file) ? File.ReadAllBytes(file) : []);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static IEnumerable<Assembly> ToolAssemblies() =>
    [
        typeof(Meeting).Assembly,                               // Core
        typeof(Templating.TemplateRenderer).Assembly,
        typeof(FontLibrary).Assembly,                           // Layout
        typeof(Booklet.BookletComposer).Assembly,
        typeof(Pdf.PdfWriter).Assembly,
        typeof(Docx.DocxWriter).Assembly,
        typeof(BuildInputs).Assembly,                           // Build
    ];

    internal static void AddFolder(IncrementalHash hash, string folder)
    {
        if (!Directory.Exists(folder))
        {
            return;
        }
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                     .Select(f => (Full: f, Relative: Path.GetRelativePath(folder, f).Replace('\\', '/')))
                     .OrderBy(f => f.Relative, StringComparer.Ordinal))
        {
            AddText(hash, "template:" + file.Relative);
            hash.AppendData(File.ReadAllBytes(file.Full));
        }
    }

    internal static void AddText(IncrementalHash hash, string text)
    {
        hash.AppendData(Encoding.UTF8.GetBytes(text));
        hash.AppendData([0]);
    }
}
