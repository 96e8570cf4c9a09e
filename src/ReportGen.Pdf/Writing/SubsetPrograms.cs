namespace ReportGen.Pdf.Writing;

/// <summary>What a document embeds of one face, compressed: the subset font program (its /FontFile2 or /FontFile3) and the ToUnicode map.</summary>
/// <param name="Name">The /BaseFont: the subset's tag and the PostScript name.</param>
/// <param name="ProgramLength">The program's uncompressed length (/Length1 of a TrueType program).</param>
internal sealed record SubsetProgram(string Name, byte[] Program, int ProgramLength, byte[] ToUnicode);

/// <summary>
/// The subset programs made lately, shared by the documents of the process: a document whose face draws the very same
/// glyphs standing for the very same text as one written a moment ago embeds the same bytes, and takes them from here
/// instead of subsetting and compressing the face again. A meeting's A4 reading copy and A5 print copy draw the same
/// glyphs (every one of the 100 meetings of the synthetic province), so the second copy of each meeting does no font
/// work; subsetting and compressing the fonts was 44 % of the writer's time on the seed booklets (docs/benchmarks.md).
/// Thread-safe: the build writes meetings, and a single meeting's two copies, in parallel.
/// </summary>
internal static class SubsetPrograms
{
    /// <summary>
    /// How many are kept, the most recently used: between a meeting's reading copy and its print copy each other worker
    /// writes about two documents of about four faces (so 8 per core), each entry some 20 KB.
    /// </summary>
    private static readonly int Capacity = Math.Max(32, 8 * Environment.ProcessorCount);

    private sealed record Entry(FontProgram Font, KeyValuePair<ushort, string>[] Glyphs, int Hash, Lazy<SubsetProgram> Program);

    private static readonly LinkedList<Entry> Recent = [];

    /// <summary>The subset of <paramref name="font"/> for <paramref name="glyphs"/> (each glyph used and its text, by glyph id), made by <paramref name="make"/> unless known.</summary>
    public static SubsetProgram Get(FontProgram font, KeyValuePair<ushort, string>[] glyphs, Func<SubsetProgram> make)
    {
        var hash = Hash(glyphs);
        Entry entry;
        lock (Recent)
        {
            var node = Recent.First;
            while (node is not null && !Matches(node.Value, font, glyphs, hash))
            {
                node = node.Next;
            }
            if (node is not null)
            {
                Recent.Remove(node);
                Recent.AddFirst(node);
                entry = node.Value;
            }
            else
            {
                // Made outside the lock (a Lazy): another document asking for the same subset meanwhile waits for it.
                entry = new Entry(font, glyphs, hash, new Lazy<SubsetProgram>(make));
                Recent.AddFirst(entry);
                if (Recent.Count > Capacity)
                {
                    Recent.RemoveLast();
                }
            }
        }
        return entry.Program.Value;
    }

    private static bool Matches(Entry entry, FontProgram font, KeyValuePair<ushort, string>[] glyphs, int hash)
    {
        if (entry.Hash != hash || !ReferenceEquals(entry.Font, font) || entry.Glyphs.Length != glyphs.Length)
        {
            return false;
        }
        for (var i = 0; i < glyphs.Length; i++)
        {
            if (entry.Glyphs[i].Key != glyphs[i].Key || !string.Equals(entry.Glyphs[i].Value, glyphs[i].Value, StringComparison.Ordinal))
            {
                return false;
            }
        }
        return true;
    }

    private static int Hash(KeyValuePair<ushort, string>[] glyphs)
    {
        var hash = new HashCode();
        foreach (var (glyph, text) in glyphs)
        {
            hash.Add(glyph);
            hash.Add(text, StringComparer.Ordinal);
        }
        return hash.ToHashCode();
    }
}
