namespace ReportGen.Browser.Tests;

/// <summary>A fact that runs only where the system Chromium is installed (tests/run.sh installs it).</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (!File.Exists(BrowserFixture.ChromiumPath))
        {
            Skip = $"{BrowserFixture.ChromiumPath} is missing: install the Debian package 'chromium' (bash tests/run.sh does).";
        }
    }
}

/// <summary>A theory that runs only where the system Chromium is installed.</summary>
public sealed class ChromiumTheoryAttribute : TheoryAttribute
{
    public ChromiumTheoryAttribute()
    {
        if (!File.Exists(BrowserFixture.ChromiumPath))
        {
            Skip = $"{BrowserFixture.ChromiumPath} is missing: install the Debian package 'chromium' (bash tests/run.sh does).";
        }
    }
}
