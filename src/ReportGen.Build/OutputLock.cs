using System.Globalization;
using ReportGen.Core.Diagnostics;
using ReportGen.Localization;

namespace ReportGen.Build;

/// <summary>
/// One build at a time per output folder: a lock file in its state folder, held open without sharing for the
/// whole build (on Linux an advisory lock, on Windows a sharing lock; either way released by the system when the
/// process dies, even by kill -9). A second build says who holds it and stops. Under the lock, what an earlier
/// build left when it was killed is put right first: a commit it started is finished (<see cref="OutputFiles"/>
/// journal), and staging folders nobody is writing any more are removed.
/// </summary>
public sealed class OutputLock : IDisposable
{
    public const string FileName = "lock";

    private const string OwnerSuffix = ".owner";

    private readonly string _outputDirectory;
    private readonly bool _outputDirectoryIsNew;
    private readonly FileStream _stream;

    private OutputLock(string outputDirectory, bool isNew, FileStream stream)
    {
        _outputDirectory = outputDirectory;
        _outputDirectoryIsNew = isNew;
        _stream = stream;
    }

    /// <summary>Takes the folder's lock, or throws a <see cref="UserInputException"/> naming the build that holds it.</summary>
    public static OutputLock Acquire(string outputDirectory)
    {
        var isNew = !Directory.Exists(outputDirectory);
        var state = Path.Combine(outputDirectory, OutputFiles.StateFolder);
        Directory.CreateDirectory(state);
        var path = Path.Combine(state, FileName);
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            var holder = ReadHolder(path);
            throw new UserInputException(Diagnostic.Error(DiagnosticCodes.OutputLocked, Messages.OutputLocked(holder), path));
        }
        // Who holds it, for the message a second build prints: beside the lock, which the system keeps unreadable. The
        // program's name from its path, which the runtime knows, not from the system's process table (/proc on Linux).
        File.WriteAllText(path + OwnerSuffix, string.Create(CultureInfo.InvariantCulture,
            $"pid {Environment.ProcessId} ({Path.GetFileNameWithoutExtension(Environment.ProcessPath)}), {DateTimeOffset.Now:yyyy-MM-dd HH:mm:ss}"));
        var held = new OutputLock(outputDirectory, isNew, stream);
        OutputFiles.Recover(outputDirectory);
        return held;
    }

    /// <summary>Releases the lock; a first build that wrote nothing leaves no folder behind.</summary>
    public void Dispose()
    {
        _stream.Dispose();
        var state = Path.Combine(_outputDirectory, OutputFiles.StateFolder);
        try
        {
            File.Delete(Path.Combine(state, FileName + OwnerSuffix));
            File.Delete(Path.Combine(state, FileName));
            if (Directory.Exists(state) && !Directory.EnumerateFileSystemEntries(state).Any())
            {
                Directory.Delete(state);
            }
            if (_outputDirectoryIsNew && Directory.Exists(_outputDirectory) && !Directory.EnumerateFileSystemEntries(_outputDirectory).Any())
            {
                Directory.Delete(_outputDirectory);
            }
        }
        catch (IOException)
        {
            // Another build took the folder the moment this one let go: its lock file stays.
        }
    }

    private static string ReadHolder(string path)
    {
        try
        {
            return Core.Security.TextSafety.Escape(File.ReadAllText(path + OwnerSuffix).Trim());
        }
        catch (IOException)
        {
            return "?";
        }
    }
}
