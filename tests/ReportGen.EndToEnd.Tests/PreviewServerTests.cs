using System.Net;
using System.Net.Sockets;
using System.Text;
using ReportGen.Build;
using ReportGen.Cli;

namespace ReportGen.EndToEnd.Tests;

/// <summary><c>reportgen serve</c>: the built site on 127.0.0.1, static files only, nothing outside it.</summary>
public sealed class PreviewServerTests(SeedBuildFixture build) : IClassFixture<SeedBuildFixture>
{
    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    /// <summary>Sends a request line as written, so "../" reaches the server (HttpClient would remove it).</summary>
    private static async Task<string> RawGet(int port, string target)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, port);
        await using var stream = client.GetStream();
        var request = Encoding.ASCII.GetBytes($"GET {target} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n");
        await stream.WriteAsync(request);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return await reader.ReadToEndAsync();
    }

    [Fact]
    public async Task Serve_GivesThePagesAndBooklets_WithTheirContentTypes_And404_AndRefusesToLeaveTheFolder()
    {
        // A file beside the output folder that must never be served.
        var secretName = "secret-" + Guid.NewGuid().ToString("N") + ".txt";
        var secret = Path.Combine(Path.GetDirectoryName(build.Output)!, secretName);
        await File.WriteAllTextAsync(secret, "SECRET-CONTENT");
        var port = FreePort();
        using var stop = new CancellationTokenSource();
        var output = new StringWriter();
        var serving = Task.Run(() => CommandLine.Serve(["--out", build.Output, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture)], output, stop.Token));
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(20) };
            HttpResponseMessage index = null!;
            for (var attempt = 0; attempt < 50; attempt++)
            {
                try
                {
                    index = await http.GetAsync("index.html");
                    break;
                }
                catch (HttpRequestException) when (attempt < 49)
                {
                    await Task.Delay(100);
                }
            }
            Assert.Equal(HttpStatusCode.OK, index.StatusCode);
            Assert.Equal("text/html", index.Content.Headers.ContentType?.MediaType);
            Assert.Equal("utf-8", index.Content.Headers.ContentType?.CharSet);
            Assert.Equal(await File.ReadAllTextAsync(build.PathOf("index.html")), await index.Content.ReadAsStringAsync());

            var root = await http.GetAsync("");
            Assert.Equal(HttpStatusCode.OK, root.StatusCode);
            Assert.Equal("text/html", root.Content.Headers.ContentType?.MediaType);

            var pdf = await http.GetAsync("y-yen-2021/booklet.pdf");
            Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
            Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
            Assert.Equal(await File.ReadAllBytesAsync(build.PathOf("y-yen-2021/booklet.pdf")), await pdf.Content.ReadAsByteArrayAsync());

            // The search's scripts, as scripts: under nosniff a browser would not run them otherwise.
            foreach (var script in new[] { "search-index.js", "search.js" })
            {
                var js = await http.GetAsync(script);
                Assert.Equal(HttpStatusCode.OK, js.StatusCode);
                Assert.Equal("text/javascript", js.Content.Headers.ContentType?.MediaType);
            }

            var article = await http.GetAsync("y-yen-2021/article.md");
            Assert.Equal("text/markdown", article.Content.Headers.ContentType?.MediaType);

            var folder = await http.GetAsync("y-yen-2021/");
            Assert.Equal(HttpStatusCode.OK, folder.StatusCode);
            Assert.Equal(await File.ReadAllTextAsync(build.PathOf("y-yen-2021/index.html")), await folder.Content.ReadAsStringAsync());

            Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("khong-co.html")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("y-yen-2021/khong-co.pdf")).StatusCode);

            foreach (var target in new[] { $"/../{secretName}", $"/y-yen-2021/../../{secretName}", $"/%2e%2e/{secretName}", $"/..%2f{secretName}", $"/..%5c{secretName}" })
            {
                var answer = await RawGet(port, target);
                Assert.DoesNotContain("SECRET-CONTENT", answer, StringComparison.Ordinal);
                Assert.Matches(@"^HTTP/1\.1 (400|403|404) ", answer);
            }

            Assert.Contains($"http://127.0.0.1:{port}/", output.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            await stop.CancelAsync();
            Assert.Equal(CommandLine.Success, await serving.WaitAsync(TimeSpan.FromSeconds(10)));
            File.Delete(secret);
        }

        // Stopped: the port no longer answers.
        using var after = new TcpClient();
        await Assert.ThrowsAnyAsync<SocketException>(() => after.ConnectAsync(IPAddress.Loopback, port));
    }

    [Theory]
    [InlineData("/../x", null)]
    [InlineData("/a/../../x", null)]
    [InlineData("/%2E%2E/x", null)]
    [InlineData("/..%5Cx", null)]
    [InlineData("/x%00.html", null)]
    [InlineData("/.reportgen/build-state.json", null)] // the build's bookkeeping is never served
    [InlineData("/.reportgen/", null)]
    [InlineData("/y-yen-2021/.hidden", null)]
    [InlineData("/index.html?a=../b", "index.html")]
    [InlineData("/", "index.html")]
    public void Resolve_KeepsEveryPathInsideTheFolder(string raw, string? expected)
    {
        using var server = new PreviewServer(build.Output, 8080);
        var file = server.Resolve(raw, out _);
        Assert.Equal(expected is null ? null : Path.Combine(build.Output, expected), file);
    }

    [Fact]
    public void Resolve_RedirectsAFolderWithoutItsSlash()
    {
        using var server = new PreviewServer(build.Output, 8080);
        server.Resolve("/y-yen-2021", out var redirect);
        Assert.Equal("/y-yen-2021/", redirect);
    }

    [Theory]
    [InlineData("a.html", "text/html; charset=utf-8")]
    [InlineData("a.pdf", "application/pdf")]
    [InlineData("a.md", "text/markdown; charset=utf-8")]
    [InlineData("a.svg", "image/svg+xml")]
    [InlineData("a.png", "image/png")]
    [InlineData("a.css", "text/css; charset=utf-8")]
    [InlineData("search.js", "text/javascript; charset=utf-8")]
    public void ContentTypeOf_KnowsTheFilesOfTheSite(string file, string type) =>
        Assert.Equal(type, PreviewServer.ContentTypeOf(file));

    [Fact]
    public void Serve_RefusesABadPortOrAMissingFolder()
    {
        var error = new StringWriter();
        Assert.Equal(CommandLine.UserError, CommandLine.Run(["serve", "--out", build.Output, "--port", "99999"], new StringWriter(), error));
        Assert.Contains("Cổng không hợp lệ", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(CommandLine.UserError, CommandLine.Run(["serve", "--out", build.Output + "-khong-co"], new StringWriter(), error));
    }
}
