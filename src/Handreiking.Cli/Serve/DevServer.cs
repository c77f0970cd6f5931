using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Handreiking.Cli.Serve;

/// <summary>
/// Serves the output folder on localhost with Kestrel, with the same Content-Security-Policy as
/// production, the live-reload script and its event stream, and the site's own 404 page. It
/// answers only requests addressed to this machine by name (so a web page elsewhere cannot reach
/// it through DNS rebinding), and adds the live-reload script to each page as it sends it: the
/// folder on disk stays exactly what <c>build</c> writes.
/// </summary>
internal static class DevServer
{
    public static WebApplication Create(string outputDirectory, int port, LiveReloadHub hub)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://localhost:{port}");
        var app = builder.Build();
        var root = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        Directory.CreateDirectory(root);
        var files = new PhysicalFileProvider(root) { UsePollingFileWatcher = false };

        app.Use(async (context, next) =>
        {
            if (!IsLocalHost(context.Request.Host.Host))
            {
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                context.Response.ContentType = "text/plain; charset=utf-8";
                await context.Response.WriteAsync("Deze server antwoordt alleen op localhost, 127.0.0.1 en [::1].\n");
                return;
            }

            // The production headers (netlify.toml carries the same list), and no caching while editing.
            foreach (var (name, value) in Site.Output.SecurityHeaders.All)
            {
                context.Response.Headers[name] = value;
            }

            context.Response.Headers.CacheControl = "no-store";
            await next(context);
        });
        // Plain middleware, not endpoints: a mapped endpoint would stop the static-file middleware.
        app.Use(async (context, next) =>
        {
            switch (context.Request.Path.Value)
            {
                case "/__live.js":
                    context.Response.ContentType = "text/javascript; charset=utf-8";
                    await context.Response.WriteAsync(Resource("live.js"));
                    return;
                case "/__live.css":
                    context.Response.ContentType = "text/css; charset=utf-8";
                    await context.Response.WriteAsync(Resource("live.css"));
                    return;
                case "/__live":
                    await StreamEvents(context, hub);
                    return;
                default:
                    if (PageFile(root, context.Request.Path.Value) is { } page)
                    {
                        await SendPage(context, page, StatusCodes.Status200OK);
                        return;
                    }

                    await next(context);
                    return;
            }
        });

        var types = new FileExtensionContentTypeProvider();
        types.Mappings[".pf_meta"] = "application/octet-stream";
        types.Mappings[".pf_fragment"] = "application/octet-stream";
        types.Mappings[".pf_index"] = "application/octet-stream";
        types.Mappings[".pf_filter"] = "application/octet-stream";
        types.Mappings[".pagefind"] = "application/octet-stream";
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files, ContentTypeProvider = types });
        app.Run(async context =>
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            var notFound = Path.Combine(root, "404.html");
            if (File.Exists(notFound))
            {
                await SendPage(context, notFound, StatusCodes.Status404NotFound);
            }
        });
        return app;
    }

    /// <summary>Host names this server answers to; any port.</summary>
    internal static bool IsLocalHost(string host) =>
        host is "localhost" or "127.0.0.1" or "[::1]" or "::1";

    /// <summary>The HTML file a request path names inside the site folder, or null (assets go to the static-file middleware).</summary>
    internal static string? PageFile(string root, string? requestPath)
    {
        var path = requestPath ?? "/";
        if (path.EndsWith('/'))
        {
            path += "index.html";
        }
        else if (!path.EndsWith(".html", StringComparison.Ordinal))
        {
            return null;
        }

        var full = Path.GetFullPath(Path.Combine(root, path.TrimStart('/')));
        return full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) && File.Exists(full) ? full : null;
    }

    /// <summary>The page with the live-reload script added before <c>&lt;/head&gt;</c>.</summary>
    internal static string WithLiveReload(string html)
    {
        const string Script = "<script src=\"/__live.js\" defer></script>";
        var head = html.IndexOf("</head>", StringComparison.OrdinalIgnoreCase);
        return head < 0 ? html + Script : html.Insert(head, Script);
    }

    private static async Task SendPage(HttpContext context, string file, int status)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(WithLiveReload(await File.ReadAllTextAsync(file, context.RequestAborted)), context.RequestAborted);
    }

    private static async Task StreamEvents(HttpContext context, LiveReloadHub hub)
    {
        context.Response.ContentType = "text/event-stream";
        var channel = hub.Connect();
        try
        {
            await foreach (var (name, data) in channel.Reader.ReadAllAsync(context.RequestAborted))
            {
                await context.Response.WriteAsync($"event: {name}\ndata: {data}\n\n", context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
            }
        }
        catch (OperationCanceledException)
        {
            // The page went away.
        }
        finally
        {
            hub.Disconnect(channel);
        }
    }

    private static string Resource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
