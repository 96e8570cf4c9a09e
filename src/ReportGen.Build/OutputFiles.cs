using System.Text;

namespace ReportGen.Build;

/// <summary>
/// Everything a build produces, held in memory until the whole build has succeeded, then written file by
/// file through a temporary file and a rename. A build that fails writes nothing, so yesterday's good
/// output is still there.
/// </summary>
public sealed class OutputFiles
{
    private readonly SortedDictionary<string, byte[]> _files = new(StringComparer.Ordinal);

    public IReadOnlyCollection<string> Paths => _files.Keys;

    public void Add(string relativePath, byte[] content) => _files[relativePath.Replace('\\', '/')] = content;

    public void Add(string relativePath, string text) => Add(relativePath, Encoding.UTF8.GetBytes(text));

    public byte[] Get(string relativePath) => _files[relativePath];

    public void WriteTo(string outputDirectory)
    {
        foreach (var (relative, content) in _files)
        {
            var path = Path.Combine(outputDirectory, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var temporary = path + ".tmp";
            File.WriteAllBytes(temporary, content);
            File.Move(temporary, path, overwrite: true);
        }
    }
}
