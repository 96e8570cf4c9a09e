using System.Net;
using Microsoft.Playwright;
using ReportGen.Build;

namespace ReportGen.Browser.Tests;

/// <summary>
/// Builds the real seeds into a temporary folder, serves it on 127.0.0.1 and starts the system's
/// headless Chromium (Debian package <c>chromium</c>) through Playwright's driver shipped in the NuGet package.
/// Nothing is downloaded: the browser is the system one, the driver is the package's own node + JS.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public string Output { get; } = Path.Combine(Path.GetTempPath(), "reportgen-browser-" + Guid.NewGuid().ToString("N"));
    public string Screenshots { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");
    public StaticServer Server { get; private set; } = null!;
    public IPlaywright Playwright { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        SiteBuilder.Run(new BuildOptions(
            ReportGen.Tests.RepositoryRoot.Of("seeds"),
            ReportGen.Tests.RepositoryRoot.Of("templates"),
            Output));
        Directory.CreateDirectory(Screenshots);
        Server = new StaticServer(Output);
        if (!File.Exists(ChromiumPath))
        {
            return; // the tests are skipped
        }
        // Never let the driver look for (or fetch) a browser of its own.
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        Playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        Browser = await Playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
            ],
        });
    }

    /// <summary>The site's pages, relative to the output folder: the index, each meeting page, the roundup.</summary>
    public IReadOnlyList<string> Pages() => Directory
        .EnumerateFiles(Output, "index.html", SearchOption.AllDirectories)
        .Select(p => Path.GetRelativePath(Output, p).Replace('\\', '/'))
        .Order(StringComparer.Ordinal)
        .ToList();

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        Playwright?.Dispose();
        Server?.Dispose();
        if (Directory.Exists(Output)) Directory.Delete(Output, recursive: true);
    }
}

/// <summary>A tiny static file server over HttpListener on a random free port of 127.0.0.1.</summary>
public sealed class StaticServer : IDisposable
{
    private readonly HttpListener listener = new();
    private readonly string root;

    public string BaseUrl { get; }

    public StaticServer(string root)
    {
        this.root = Path.GetFullPath(root);
        var probe = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        BaseUrl = $"http://127.0.0.1:{port}/";
        listener.Prefixes.Add(BaseUrl);
        listener.Start();
        _ = Task.Run(Loop);
    }

    private async Task Loop()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await listener.GetContextAsync(); }
            catch { return; }
            _ = Task.Run(() => Serve(context));
        }
    }

    private void Serve(HttpListenerContext context)
    {
        try
        {
            var relative = Uri.UnescapeDataString(context.Request.Url!.AbsolutePath).TrimStart('/');
            var path = Path.GetFullPath(Path.Combine(root, relative));
            if (Directory.Exists(path)) path = Path.Combine(path, "index.html");
            if (!path.StartsWith(root, StringComparison.Ordinal) || !File.Exists(path))
            {
                context.Response.StatusCode = 404;
            }
            else
            {
                context.Response.ContentType = Path.GetExtension(path) switch
                {
                    ".html" => "text/html; charset=utf-8",
                    ".pdf" => "application/pdf",
                    ".png" => "image/png",
                    ".svg" => "image/svg+xml",
                    ".css" => "text/css",
                    ".js" => "text/javascript",
                    ".md" => "text/markdown; charset=utf-8",
                    _ => "application/octet-stream",
                };
                var bytes = File.ReadAllBytes(path);
                context.Response.ContentLength64 = bytes.Length;
                context.Response.OutputStream.Write(bytes);
            }
        }
        catch
        {
            context.Response.StatusCode = 500;
        }
        finally
        {
            try { context.Response.Close(); } catch { }
        }
    }

    public void Dispose()
    {
        listener.Stop();
        listener.Close();
    }
}
