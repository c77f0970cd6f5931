using System.Net;
using System.Net.Sockets;
using Handreiking.Cli.Serve;

namespace Handreiking.Cli.Tests;

/// <summary>serve survives what goes wrong in a rebuild, answers only this machine, and never writes its live-reload script to disk.</summary>
public sealed class ServeTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "handreiking-cli-tests", Guid.NewGuid().ToString("N"));

    public ServeTests()
    {
        Directory.CreateDirectory(_root);
        File.WriteAllText(Path.Combine(_root, "index.html"), "<!doctype html><html><head><title>T</title></head><body>Hallo</body></html>");
        File.WriteAllText(Path.Combine(_root, "404.html"), "<!doctype html><html><head><title>Niet gevonden</title></head><body>Weg</body></html>");
    }

    [Fact]
    public async Task An_exception_in_a_rebuild_is_reported_and_the_next_change_is_still_handled()
    {
        var handled = new List<string>();
        var reported = new List<Exception>();
        var done = new TaskCompletionSource();
        bool Rebuild(IReadOnlyCollection<string> paths)
        {
            lock (handled)
            {
                handled.AddRange(paths);
            }

            if (paths.Contains("kapot.yml"))
            {
                throw new InvalidOperationException("stuk");
            }

            done.TrySetResult();
            return false;
        }

        await using (var queue = new RebuildQueue(Rebuild, () => { }, e => reported.Add(e), TimeSpan.FromMilliseconds(10)))
        {
            queue.Enqueue(["kapot.yml"]);
            while (reported.Count == 0)
            {
                await Task.Delay(10);
            }

            queue.Enqueue(["goed.yml"]);
            await done.Task.WaitAsync(TimeSpan.FromMinutes(1));
        }

        Assert.Equal("stuk", Assert.Single(reported).Message);
        Assert.Equal(["kapot.yml", "goed.yml"], handled);
    }

    [Fact]
    public async Task The_follow_up_runs_once_after_a_quiet_period_and_may_fail_too()
    {
        var followUps = 0;
        var reported = new List<Exception>();
        await using (var queue = new RebuildQueue(_ => true, () =>
        {
            Interlocked.Increment(ref followUps);
            throw new IOException("zoekindex kapot");
        }, e => { lock (reported) { reported.Add(e); } }, TimeSpan.FromMilliseconds(50)))
        {
            queue.Enqueue(["a.yml"]);
            queue.Enqueue(["b.yml"]);
            for (var i = 0; i < 500 && Volatile.Read(ref followUps) == 0; i++)
            {
                await Task.Delay(10);
            }

            await Task.Delay(200);
        }

        Assert.Equal(1, followUps);
        Assert.Equal("zoekindex kapot", Assert.Single(reported).Message);
    }

    [Fact]
    public async Task Only_requests_for_this_machine_are_answered_and_pages_get_live_reload_only_in_the_response()
    {
        var port = FreePort();
        await using var app = DevServer.Create(_root, port, new LiveReloadHub());
        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };

        var page = await client.GetStringAsync("/");
        Assert.Contains("<script src=\"/__live.js\" defer></script></head>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("__live", File.ReadAllText(Path.Combine(_root, "index.html")), StringComparison.Ordinal);

        using var missing = await client.GetAsync("/bestaat-niet/");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("/__live.js", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        foreach (var host in new[] { "localhost", "127.0.0.1", "[::1]" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/");
            request.Headers.Host = $"{host}:{port}";
            using var response = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True(response.Headers.Contains("X-Content-Type-Options"));
        }

        foreach (var host in new[] { "evil.example", "localhost.evil.example", "192.168.1.10" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/");
            request.Headers.Host = $"{host}:{port}";
            using var response = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        }

        await app.StopAsync();
    }

    [Fact]
    public void A_request_path_cannot_leave_the_site_folder()
    {
        Assert.Null(DevServer.PageFile(_root, "/../../etc/passwd.html"));
        Assert.Null(DevServer.PageFile(_root, "/assets/site.css"));
        Assert.Equal(Path.Combine(_root, "index.html"), DevServer.PageFile(_root, "/"));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // Leftover temp files are harmless.
        }
    }
}
