using System.Collections.Concurrent;
using System.Text;

namespace ReportGen.Build;

/// <summary>
/// Everything a build produces, staged on disk in a hidden folder of the output folder until the whole
/// build has succeeded, then moved into place file by file (a rename on the same disk). A build that fails
/// writes nothing, so yesterday's good output is still there; staging on disk rather than in memory keeps
/// memory flat however many meetings a province builds.
/// A file whose bytes equal the one already in place is not written again: a rebuild with nothing
/// changed touches no file. Safe to add to from several threads.
/// </summary>
public sealed class OutputFiles : IDisposable
{
    /// <summary>The output folder's own bookkeeping (build state, staging), hidden from the site.</summary>
    public const string StateFolder = ".reportgen";

    private readonly string _outputDirectory;
    private readonly string _stagingDirectory;
    private readonly ConcurrentDictionary<string, string> _staged = new(StringComparer.Ordinal);

    /// <summary>Marks a file whose bytes are already in the output folder.</summary>
    private const string Unchanged = "";

    public OutputFiles(string outputDirectory)
    {
        _outputDirectory = outputDirectory;
        // One staging folder per build: two builds into one folder never mix their halves.
        _stagingDirectory = Path.Combine(outputDirectory, StateFolder, "staging-" + Guid.NewGuid().ToString("N"));
    }

    /// <summary>Every file of this build, '/'-separated paths relative to the output folder, in ordinal order.</summary>
    public IReadOnlyList<string> Paths => [.. _staged.Keys.Order(StringComparer.Ordinal)];

    /// <summary>
    /// Adds a file whose bytes are already in memory: written in one call through a stream without a buffer of its own (a
    /// 64 KB buffer per file was 18 MB of a 100-meeting build's ~600 MB allocated, for one write each: docs/benchmarks.md).
    /// </summary>
    public void Add(string relativePath, byte[] content) => Add(relativePath, stream => stream.Write(content), buffered: false);

    /// <summary>
    /// Adds a text file, UTF-8 without a byte order mark: encoded piece by piece into the file through a pooled buffer (a
    /// web page of a thousand-row table is megabytes; its bytes made whole were a large array kept until the collector's
    /// next full collection, and a StreamWriter's own buffers cost a small page more than its bytes).
    /// </summary>
    public void Add(string relativePath, string text) => Add(relativePath, stream => WriteUtf8(text, stream));

    private static void WriteUtf8(string text, Stream stream)
    {
        // The encoder carries a surrogate pair cut between two pieces over; a lone surrogate becomes U+FFFD, as
        // Encoding.UTF8 writes it.
        var encoder = Utf8WithoutMark.GetEncoder();
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(Utf8WithoutMark.GetMaxByteCount(TextPieceLength));
        try
        {
            var rest = text.AsSpan();
            while (true)
            {
                var piece = rest[..Math.Min(TextPieceLength, rest.Length)];
                var last = piece.Length == rest.Length;
                var length = encoder.GetBytes(piece, buffer, flush: last);
                stream.Write(buffer, 0, length);
                if (last)
                {
                    return;
                }
                rest = rest[piece.Length..];
            }
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>UTF-8 as <see cref="Encoding.UTF8"/> encodes, without a byte order mark.</summary>
    private static readonly UTF8Encoding Utf8WithoutMark = new(encoderShouldEmitUTF8Identifier: false);

    private const int TextPieceLength = 16 * 1024;

    /// <summary>
    /// Adds a file that <paramref name="write"/> writes straight into its staging file: a PDF needs no
    /// copy of its bytes in memory (large arrays cost the garbage collector full collections). A file
    /// whose bytes are already in place is dropped from the staging at once. Its small writes are gathered in a buffer
    /// the thread keeps (<see cref="ThreadBufferedStream"/>).
    /// </summary>
    public void Add(string relativePath, Action<Stream> write) => Add(relativePath, write, buffered: true);

    private void Add(string relativePath, Action<Stream> write, bool buffered)
    {
        var relative = relativePath.Replace('\\', '/');
        // Ids are checked as slugs (DataValidator); this is the last guard that nothing lands outside the folder.
        if (relative.Length == 0 || relative.StartsWith('/') || Path.IsPathRooted(relative) || relative.Split('/').Any(s => s is "" or "." or ".."))
        {
            throw new InvalidOperationException($"An output path must stay inside the output folder: '{relativePath}'.");
        }
        var staged = Path.Combine(_stagingDirectory, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(staged)!);
        using (var file = new FileStream(staged, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 0))
        {
            if (buffered)
            {
                using var stream = new ThreadBufferedStream(file);
                write(stream);
            }
            else
            {
                write(file);
            }
        }
        if (SameFiles(staged, Path.Combine(_outputDirectory, relative)))
        {
            File.Delete(staged);
            _staged[relative] = Unchanged;
            return;
        }
        _staged[relative] = staged;
    }

    /// <summary>The bytes of a staged file.</summary>
    public byte[] Get(string relativePath) =>
        File.ReadAllBytes(_staged[relativePath] is var staged && staged == Unchanged ? Path.Combine(_outputDirectory, relativePath) : staged);

    /// <summary>
    /// Moves every staged file into the output folder (files whose bytes were already there were not staged),
    /// a meeting's files as one group (<see cref="GroupOf"/>): when one of them cannot be replaced (on Windows, a
    /// booklet.pdf open in a PDF reader), the group's files already moved are put back as they were, its other
    /// files are left alone, and the next group goes on; <see cref="NotReplaced"/> says which. Returns the paths
    /// written, in ordinal order.
    /// </summary>
    public IReadOnlyList<string> Commit()
    {
        var moves = Paths.Where(relative => _staged[relative] != Unchanged).ToList();
        // The journal first: a build killed while moving leaves it, and the next build (under the lock) finishes
        // the moves before anything else, so the folder never stays half old, half new.
        var journal = Path.Combine(_outputDirectory, StateFolder, JournalName);
        if (moves.Count > 0)
        {
            var text = Path.GetFileName(_stagingDirectory) + "\n" + string.Join("\n", moves) + "\n";
            File.WriteAllText(journal + ".tmp", text);
            File.Move(journal + ".tmp", journal, overwrite: true);
        }
        var written = new List<string>();
        foreach (var group in moves.GroupBy(GroupOf, StringComparer.Ordinal))
        {
            if (ReplaceGroup([.. group], written) is { } failure)
            {
                _notReplaced.Add(failure);
            }
        }
        File.Delete(journal);
        // The emptied staging folder is removed on another core (a folder at a time, ~10 ms of a cold start on a
        // journaling disk) while the build writes its state and summary; Dispose waits for it.
        _removal = Task.Run(RemoveStaging);
        return written;
    }

    /// <summary>The groups (meeting or roundup ids; "" for the site's own files) whose files could not all be replaced.</summary>
    public IReadOnlyList<ReplaceFailure> NotReplaced => _notReplaced;

    private readonly List<ReplaceFailure> _notReplaced = [];

    /// <summary>
    /// The group a file is replaced with: a meeting's (or roundup's) folder and its part of the search index
    /// (.reportgen/search/&lt;id&gt;.json) go together; the files at the top (index, search, print plan) are one group.
    /// </summary>
    public static string GroupOf(string relative)
    {
        const string searchParts = StateFolder + "/search/";
        if (relative.StartsWith(searchParts, StringComparison.Ordinal))
        {
            return Path.GetFileNameWithoutExtension(relative[searchParts.Length..]);
        }
        var slash = relative.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? "" : relative[..slash];
    }

    /// <summary>
    /// Replaces a group's files: each file in place is first moved aside (into the staging folder, which a PDF reader
    /// holding it refuses, so nothing has changed yet for that file), then the new one moved in. On the first that
    /// fails, what was moved is put back and the group's staged files are dropped (a recovery must not finish them).
    /// </summary>
    private ReplaceFailure? ReplaceGroup(IReadOnlyList<string> group, List<string> written)
    {
        var replaced = new List<(string Target, string? Aside)>();
        foreach (var relative in group)
        {
            var target = Path.Combine(_outputDirectory, relative);
            try
            {
                TestHooks.BeforeReplace(relative);
                string? aside = null;
                if (File.Exists(target))
                {
                    aside = Path.Combine(_stagingDirectory, AsideFolder, relative);
                    MakeDirectoryOnce(Path.GetDirectoryName(aside)!);
                    File.Move(target, aside);
                }
                replaced.Add((target, aside));
                MakeDirectoryOnce(Path.GetDirectoryName(target)!);
                File.Move(_staged[relative], target, overwrite: true);
                written.Add(relative);
                TestHooks.AfterMove(written.Count);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                var kept = PutBack(replaced);
                foreach (var other in group)
                {
                    written.Remove(other);
                    File.Delete(_staged[other]);
                }
                var reason = kept.Count == 0 ? e.Message : $"{e.Message} {string.Join(", ", kept)}";
                return new ReplaceFailure(GroupOf(relative), relative, Path.GetFullPath(target), reason);
            }
        }
        return null;
    }

    /// <summary>
    /// The previous files back where they were, newest move first; a file that was new is removed again. A previous
    /// file that cannot be put back (the program holding the new one) is kept out of the staging folder, which goes
    /// when the commit ends, in .reportgen/kept-*; the paths of those are returned, for the message.
    /// </summary>
    private List<string> PutBack(List<(string Target, string? Aside)> replaced)
    {
        var kept = new List<string>();
        for (var i = replaced.Count - 1; i >= 0; i--)
        {
            var (target, aside) = replaced[i];
            try
            {
                if (aside is null)
                {
                    File.Delete(target);
                }
                else if (File.Exists(aside))
                {
                    File.Move(aside, target, overwrite: true);
                }
            }
            catch (Exception e) when (aside is not null && e is IOException or UnauthorizedAccessException)
            {
                var keep = Path.Combine(_outputDirectory, StateFolder, "kept-" + Path.GetFileName(_stagingDirectory),
                    Path.GetRelativePath(Path.Combine(_stagingDirectory, AsideFolder), aside));
                Directory.CreateDirectory(Path.GetDirectoryName(keep)!);
                File.Move(aside, keep);
                kept.Add(Path.GetFullPath(keep));
            }
        }
        return kept;
    }

    /// <summary>
    /// Creates a folder the commit moves files into, once: asking the system for each file (a meeting's ten go into the
    /// same two or three) was 25 ms of the one-threaded commit after 100 meetings.
    /// </summary>
    private void MakeDirectoryOnce(string directory)
    {
        if (_madeDirectories.Add(directory))
        {
            Directory.CreateDirectory(directory);
        }
    }

    /// <summary>The folders <see cref="MakeDirectoryOnce"/> made or found during this commit.</summary>
    private readonly HashSet<string> _madeDirectories = new(StringComparer.Ordinal);

    /// <summary>Inside a staging folder, where the files being replaced wait until their group is in place (ids never start with '.').</summary>
    private const string AsideFolder = ".replaced";

    /// <summary>The file naming the moves of a commit under way: its staging folder, then one path a line.</summary>
    public const string JournalName = "commit-journal";

    /// <summary>
    /// Puts right what a killed build left (call under <see cref="OutputLock"/>): finishes the moves of a commit it
    /// had started, then removes every staging folder, since no other build can be writing one.
    /// </summary>
    public static void Recover(string outputDirectory)
    {
        var state = Path.Combine(outputDirectory, StateFolder);
        var journal = Path.Combine(state, JournalName);
        if (File.Exists(journal))
        {
            var lines = File.ReadAllLines(journal).Where(l => l.Length > 0).ToList();
            var staging = Path.Combine(state, Path.GetFileName(lines.FirstOrDefault() ?? ""));
            foreach (var relative in lines.Skip(1))
            {
                var staged = Path.Combine(staging, relative);
                var target = Path.GetFullPath(Path.Combine(outputDirectory, relative));
                // The journal is ours, but a file in the output folder may have been edited: never outside it.
                if (File.Exists(staged) && target.StartsWith(Path.GetFullPath(outputDirectory) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                {
                    Move(staged, target);
                }
            }
            File.Delete(journal);
        }
        File.Delete(journal + ".tmp");
        if (Directory.Exists(state))
        {
            foreach (var stale in Directory.EnumerateDirectories(state, "staging-*"))
            {
                Directory.Delete(stale, recursive: true);
            }
        }
    }

    private static void Move(string staged, string target)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Move(staged, target, overwrite: true);
    }

    /// <summary>
    /// Removes the staging folder: after a commit, or instead of one when the build failed. (The folders a
    /// failed first build made go with the lock, <see cref="OutputLock.Dispose"/>, which outlives every staging.)
    /// </summary>
    public void Dispose()
    {
        if (_removal is { } removal)
        {
            _removal = null;
            removal.GetAwaiter().GetResult();
            return;
        }
        RemoveStaging();
    }

    private void RemoveStaging()
    {
        if (Directory.Exists(_stagingDirectory))
        {
            Directory.Delete(_stagingDirectory, recursive: true);
        }
    }

    /// <summary>The staging folder's removal after a commit, still under way.</summary>
    private Task? _removal;

    private static bool SameFiles(string staged, string target)
    {
        var info = new FileInfo(target);
        if (!info.Exists || info.Length != new FileInfo(staged).Length)
        {
            return false;
        }
        using var a = File.OpenRead(staged);
        using var b = File.OpenRead(target);
        Span<byte> left = stackalloc byte[16 * 1024];
        Span<byte> right = stackalloc byte[16 * 1024];
        while (true)
        {
            var read = a.ReadAtLeast(left, left.Length, throwOnEndOfStream: false);
            if (read == 0)
            {
                return true;
            }
            if (b.ReadAtLeast(right[..read], read, throwOnEndOfStream: false) != read || !left[..read].SequenceEqual(right[..read]))
            {
                return false;
            }
        }
    }
}
