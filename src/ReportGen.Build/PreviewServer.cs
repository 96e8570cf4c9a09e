using System.Net;
using ReportGen.Localization;

namespace ReportGen.Build;

/// <summary>
/// <c>reportgen serve</c>: shows the output folder on http://127.0.0.1:&lt;port&gt;/ for a quick look
/// in a browser. Static files only, GET and HEAD; a folder gives its index.html; nothing outside the
/// folder is ever read (a path with "..", a hidden name, a backslash or a NUL is refused, and so is a link out of it); bound to 127.0.0.1 only,
/// so nobody else on the network sees it.
/// </summary>
public sealed class PreviewServer : IDisposable
{
    private readonly string root;
    private readonly HttpListener listener = new();
    private Task? loop;

    public PreviewServer(string root, int port)
    {
        if (port is < 1 or > 65535)
        {
            throw new ArgumentOutOfRangeException(nameof(port), port, Messages.PortOutOfRange());
        }
        this.root = Path.GetFullPath(root);
        Address = new Uri($"http://127.0.0.1:{port}/");
        listener.Prefixes.Add(Address.ToString());
    }

    /// <summary>The address the server answers on.</summary>
    public Uri Address { get; }

    /// <summary>The content type of a file, by its extension; null for a kind of file not served as such.</summary>
    public static string ContentTypeOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".html" or ".htm" => "text/html; charset=utf-8",
        ".pdf" => "application/pdf",
        ".md" => "text/markdown; charset=utf-8",
        ".svg" => "image/svg+xml",
        ".png" => "image/png",
        ".jpg" or ".jpeg" => "image/jpeg",
        ".css" => "text/css; charset=utf-8",
        // The search (index.html): with nosniff a browser runs a script only when served as one.
        ".js" => "text/javascript; charset=utf-8",
        ".json" => "application/json",
        _ => "application/octet-stream",
    };

    /// <summary>Starts listening and answering in the background.</summary>
    public void Start()
    {
        if (!Directory.Exists(root))
        {
            throw new DirectoryNotFoundException(Messages.OutputFolderMissing(root));
        }
        listener.Start();
        loop = Task.Run(Loop);
    }

    private async Task Loop()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync().ConfigureAwait(false);
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return; // stopped
            }
            _ = Task.Run(() => Answer(context));
        }
    }

    private void Answer(HttpListenerContext context)
    {
        var response = context.Response;
        try
        {
            var method = context.Request.HttpMethod;
            if (method != "GET" && method != "HEAD")
            {
                Status(response, HttpStatusCode.MethodNotAllowed, Messages.OnlyGetAndHead());
                return;
            }
            var file = Resolve(context.Request.RawUrl ?? "/", out var redirect);
            if (redirect is not null)
            {
                response.StatusCode = (int)HttpStatusCode.MovedPermanently;
                response.RedirectLocation = redirect;
                response.Close();
                return;
            }
            if (file is null)
            {
                Status(response, HttpStatusCode.Forbidden, Messages.BadRequestPath());
                return;
            }
            if (!File.Exists(file))
            {
                Status(response, HttpStatusCode.NotFound, Messages.PageNotFound());
                return;
            }
            var bytes = File.ReadAllBytes(file);
            response.StatusCode = 200;
            response.ContentType = ContentTypeOf(file);
            response.ContentLength64 = bytes.Length;
            response.Headers["Cache-Control"] = "no-cache";
            response.Headers["X-Content-Type-Options"] = "nosniff";
            if (method == "GET")
            {
                response.OutputStream.Write(bytes);
            }
            response.Close();
        }
        catch (Exception e) when (e is IOException or HttpListenerException or ObjectDisposedException or UnauthorizedAccessException)
        {
            try
            {
                response.Abort();
            }
            catch (ObjectDisposedException)
            {
            }
        }
    }

    /// <summary>
    /// The file a request path names inside the root, or null when the path tries to leave it;
    /// <paramref name="redirect"/> is set for a folder asked without its final slash.
    /// </summary>
    public string? Resolve(string rawUrl, out string? redirect)
    {
        redirect = null;
        var path = rawUrl;
        var query = path.IndexOfAny(['?', '#']);
        if (query >= 0)
        {
            path = path[..query];
        }
        string decoded;
        try
        {
            decoded = Uri.UnescapeDataString(path);
        }
        catch (UriFormatException)
        {
            return null;
        }
        // Hidden names (".reportgen" with the build state, staging and lock) are never served.
        if (!decoded.StartsWith('/') || decoded.Contains('\\') || decoded.Contains('\0')
            || decoded.Split('/').Any(segment => segment.StartsWith('.')))
        {
            return null;
        }
        var full = Path.GetFullPath(Path.Combine(root, decoded.TrimStart('/')));
        // Nor is anything a link inside the folder leads to outside it.
        if (full != root && (!full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            || ((File.Exists(full) || Directory.Exists(full)) && !Core.Security.PathSafety.IsInside(full, root))))
        {
            return null;
        }
        if (Directory.Exists(full))
        {
            if (!path.EndsWith('/'))
            {
                redirect = path + "/";
                return full;
            }
            return Path.Combine(full, "index.html");
        }
        return full;
    }

    private static void Status(HttpListenerResponse response, HttpStatusCode code, string message)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes($"{(int)code} {message}\n");
        response.StatusCode = (int)code;
        response.ContentType = "text/plain; charset=utf-8";
        response.ContentLength64 = bytes.Length;
        response.OutputStream.Write(bytes);
        response.Close();
    }

    /// <summary>Stops answering and frees the port.</summary>
    public void Dispose()
    {
        if (listener.IsListening)
        {
            listener.Stop();
        }
        listener.Close();
        loop?.Wait(TimeSpan.FromSeconds(5));
    }
}
