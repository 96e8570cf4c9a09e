namespace ReportGen.Build;

/// <summary>Where the build reads and writes. Paths may be relative to the current folder.</summary>
public sealed record BuildOptions(string DataDirectory = "seeds", string TemplatesDirectory = "templates", string OutputDirectory = "output");
