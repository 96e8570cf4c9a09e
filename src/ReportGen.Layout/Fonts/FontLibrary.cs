namespace ReportGen.Layout.Fonts;

/// <summary>
/// The fonts a document may use: an ordered stack of families (the theme's, after any family found in
/// the user's own fonts folders, which always win), each with up to four faces. Built once per run and
/// shared read-only by every layout.
/// </summary>
public sealed class FontLibrary : IDisposable
{
    private readonly List<FontFamilyFaces> _stack;

    public IReadOnlyList<FontFamilyFaces> Stack => _stack;

    private FontLibrary(List<FontFamilyFaces> stack) => _stack = stack;

    /// <summary>
    /// The system folders searched after the user's, most specific first, those of the running system only: on
    /// Windows with a Linux disk visible (Wine, WSL) a "/usr/share/fonts" must not come before C:\Windows\Fonts.
    /// </summary>
    public static IReadOnlyList<string> SystemFontDirectories()
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (OperatingSystem.IsWindows())
        {
            return
            [
                // Fonts installed for one user (Windows 10 1809 and later), then the machine's.
                Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "Microsoft", "Windows", "Fonts"),
                Environment.GetFolderPath(Environment.SpecialFolder.Fonts),
            ];
        }
        if (OperatingSystem.IsMacOS())
        {
            return [Path.Combine(home, "Library", "Fonts"), "/Library/Fonts", "/System/Library/Fonts"];
        }
        return
        [
            Path.Combine(home, ".local", "share", "fonts"),
            Path.Combine(home, ".fonts"),
            "/usr/local/share/fonts",
            "/usr/share/fonts",
        ];
    }

    /// <summary>
    /// The fonts shipped with the program (Liberation Serif, with the metrics of Times New Roman, under the SIL
    /// Open Font License): beside the program, so the first build on a bare machine sets the booklet as the
    /// office's machine with Times New Roman does.
    /// </summary>
    public static string ShippedFontDirectory() => Path.Combine(AppContext.BaseDirectory, "fonts");

    /// <summary>
    /// Finds the families of <paramref name="familyStack"/> in <paramref name="userDirectories"/>, the shipped
    /// fonts and the system folders. Families present in the user's folders come first, in the order found.
    /// A family both shipped and installed is taken from the shipped copy, so every machine sets it alike.
    /// </summary>
    public static FontLibrary Load(IEnumerable<string> familyStack, IEnumerable<string> userDirectories) =>
        Load(familyStack, userDirectories, [ShippedFontDirectory()], SystemFontDirectories());

    /// <summary>As <see cref="Load(IEnumerable{string}, IEnumerable{string})"/>, with the folders given (for tests).</summary>
    public static FontLibrary Load(IEnumerable<string> familyStack, IEnumerable<string> userDirectories,
        IEnumerable<string> shippedDirectories, IEnumerable<string> systemDirectories)
    {
        var userFaces = Scan(userDirectories);
        var shippedFaces = Scan(shippedDirectories);
        var systemFaces = Scan(systemDirectories);

        var wanted = userFaces.Select(f => f.Family)
            .Concat(familyStack)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();

        var stack = new List<FontFamilyFaces>();
        foreach (var family in wanted)
        {
            // A family the user supplied is taken only from the user's folder, so it wins over any other copy.
            var (source, origin) = userFaces.Any(f => Same(f.Family, family)) ? (userFaces, FontOrigin.User)
                : shippedFaces.Any(f => Same(f.Family, family)) ? (shippedFaces, FontOrigin.Shipped)
                : (systemFaces, FontOrigin.Installed);
            var faces = source.Where(f => Same(f.Family, family)).ToList();
            if (faces.Count > 0)
            {
                stack.Add(new FontFamilyFaces(faces[0].Family, faces, origin));
            }
        }
        return new FontLibrary(stack);
    }

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    private static List<FontFileInfo> Scan(IEnumerable<string> directories)
    {
        var faces = new List<FontFileInfo>();
        foreach (var directory in directories.Where(d => !string.IsNullOrEmpty(d) && Directory.Exists(d)).Distinct())
        {
            var files = Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
                .Where(f => f.EndsWith(".ttf", StringComparison.OrdinalIgnoreCase)
                         || f.EndsWith(".otf", StringComparison.OrdinalIgnoreCase)
                         || f.EndsWith(".ttc", StringComparison.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal);
            foreach (var file in files)
            {
                faces.AddRange(FontFileInfo.Read(file));
            }
        }
        return faces;
    }

    /// <summary>The face used for text that every family covers: the first family's, in the wanted style.</summary>
    public FontFace Primary(bool bold, bool italic) =>
        _stack.Count > 0
            ? _stack[0].Face(bold, italic)
            : throw new InvalidOperationException("No font of the stack is installed.");

    /// <summary>The first face in stack order, in the wanted style, that has a glyph for the character; null when none has.</summary>
    public FontFace? Resolve(int codepoint, bool bold, bool italic)
    {
        foreach (var family in _stack)
        {
            var face = family.Face(bold, italic);
            if (face.Covers(codepoint))
            {
                return face;
            }
        }
        return null;
    }

    public void Dispose()
    {
        foreach (var family in _stack)
        {
            family.Dispose();
        }
    }
}

/// <summary>The faces of one family; a missing bold or italic face falls back to the nearest one present.</summary>
public sealed class FontFamilyFaces : IDisposable
{
    private readonly FontFileInfo[] _infos;
    private readonly Lazy<FontFace>?[] _faces = new Lazy<FontFace>?[4];

    public string Name { get; }

    /// <summary>Where the family was found: the user's fonts folder, the program's own fonts, or the system.</summary>
    public FontOrigin Origin { get; }

    internal FontFamilyFaces(string name, IReadOnlyList<FontFileInfo> infos, FontOrigin origin = FontOrigin.Installed)
    {
        Name = name;
        Origin = origin;
        _infos = [.. infos];
        var loaded = new Dictionary<FontFileInfo, Lazy<FontFace>>();
        for (var style = 0; style < 4; style++)
        {
            bool bold = (style & 1) != 0, italic = (style & 2) != 0;
            // Two versions of a family may be installed side by side (Debian's fonts-liberation 1.x has no
            // Vietnamese, fonts-liberation2 has): of equal candidates take the one with the most glyphs.
            var info = Best(infos.Where(i => i.Bold == bold && i.Italic == italic))
                ?? Best(infos.Where(i => i.Bold == bold))
                ?? Best(infos.Where(i => !i.Bold && !i.Italic))
                ?? Best(infos)!;
            _infoOf[style] = info;
            // Styles that fall back to the same file share one loaded face.
            if (!loaded.TryGetValue(info, out var face))
            {
                face = new Lazy<FontFace>(() => new FontFace(info), LazyThreadSafetyMode.ExecutionAndPublication);
                loaded[info] = face;
            }
            _faces[style] = face;
        }
    }

    private static FontFileInfo? Best(IEnumerable<FontFileInfo> candidates) =>
        candidates.OrderByDescending(i => i.GlyphCount).FirstOrDefault();

    private readonly FontFileInfo?[] _infoOf = new FontFileInfo?[4];

    public FontFace Face(bool bold, bool italic) => _faces[(bold ? 1 : 0) | (italic ? 2 : 0)]!.Value;

    /// <summary>The files the family's four styles come from (a fallback style shares its file).</summary>
    public IEnumerable<string> FilePaths => _infoOf.Select(i => (i ?? _infos[0]).Path).Distinct(StringComparer.Ordinal);

    /// <summary>Where the regular face comes from, for the build's "font used" line.</summary>
    public string RegularPath => (_infoOf[0] ?? _infos[0]).Path;

    public void Dispose()
    {
        foreach (var face in _faces.Where(f => f is { IsValueCreated: true }).Distinct())
        {
            face!.Value.Dispose();
        }
    }
}

/// <summary>Where a font family of the stack comes from; the build says it, since it decides the layout.</summary>
public enum FontOrigin
{
    /// <summary>The fonts folder beside the data: the user's choice, always first.</summary>
    User,
    /// <summary>Installed on this computer (Times New Roman on an office's Windows).</summary>
    Installed,
    /// <summary>Shipped with the program (Liberation Serif).</summary>
    Shipped,
}
