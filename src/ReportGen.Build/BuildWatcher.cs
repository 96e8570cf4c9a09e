namespace ReportGen.Build;

/// <summary>
/// Watches the data and template folders for <c>reportgen watch</c>: tells when files were saved, once the
/// saving has settled (an editor often writes a file in several steps, or several files at once).
/// </summary>
public sealed class BuildWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly HashSet<string> _changed = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private readonly SemaphoreSlim _signal = new(0);
    private readonly string[] _ignored;
    private readonly TimeSpan _quiet;

    /// <param name="folders">Folders to watch, with their subfolders.</param>
    /// <param name="ignored">Folders whose changes do not count (the output folder, when it lies inside the data).</param>
    /// <param name="quiet">How long nothing must change before the changes are reported.</param>
    public BuildWatcher(IEnumerable<string> folders, IEnumerable<string> ignored, TimeSpan quiet)
    {
        _quiet = quiet;
        _ignored = [.. ignored.Select(f => Path.TrimEndingDirectorySeparator(Path.GetFullPath(f)) + Path.DirectorySeparatorChar)];
        foreach (var folder in folders.Where(Directory.Exists).Select(Path.GetFullPath).Distinct(StringComparer.Ordinal))
        {
            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.DirectoryName,
            };
            watcher.Changed += (_, e) => Seen(e.FullPath);
            watcher.Created += (_, e) => Seen(e.FullPath);
            watcher.Deleted += (_, e) => Seen(e.FullPath);
            watcher.Renamed += (_, e) => Seen(e.FullPath);
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    /// <summary>
    /// Waits until files changed and then nothing changed for the quiet time; returns the changed paths,
    /// or null when <paramref name="stop"/> was cancelled.
    /// </summary>
    public IReadOnlyList<string>? WaitForChanges(CancellationToken stop)
    {
        try
        {
            _signal.Wait(stop);
            // Let the saving settle: wait until a quiet period passes with no new change.
            while (_signal.Wait(_quiet, stop))
            {
            }
        }
        catch (OperationCanceledException)
        {
            return null;
        }
        lock (_gate)
        {
            var changed = _changed.Order(StringComparer.Ordinal).ToList();
            _changed.Clear();
            return changed;
        }
    }

    private void Seen(string path)
    {
        if (_ignored.Any(folder => path.StartsWith(folder, StringComparison.Ordinal)))
        {
            return;
        }
        lock (_gate)
        {
            _changed.Add(path);
        }
        _signal.Release();
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }
        _signal.Dispose();
    }
}
