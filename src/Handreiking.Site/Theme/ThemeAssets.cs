using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Handreiking.Site.Output;

namespace Handreiking.Site.Theme;

/// <summary>
/// The theme's static files: installs its npm packages on first use (so a fresh clone needs no
/// extra command), bundles the CSS listed in <c>css-bundle.json</c> into one stylesheet whose
/// name carries its hash, and copies the other assets.
/// </summary>
public sealed partial class ThemeAssets(string themeDirectory, Action<string> log)
{
    public const string CssFolder = "css";

    [GeneratedRegex(@"/\*# sourceMappingURL=[^*]*\*/", RegexOptions.CultureInvariant)]
    private static partial Regex SourceMapComment();

    /// <summary>Adds the bundled CSS and the other assets to <paramref name="output"/>; returns the CSS address.</summary>
    public string AddTo(SiteOutput output)
    {
        EnsurePackages();
        var css = BundleCss();
        var hash = Convert.ToHexStringLower(SHA256.HashData(css))[..10];
        var cssUrl = $"/assets/site-{hash}.css";
        output.Add(cssUrl, css);

        var assets = Path.Combine(themeDirectory, "assets");
        if (Directory.Exists(assets))
        {
            foreach (var file in Directory.EnumerateFiles(assets, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var relative = Path.GetRelativePath(assets, file).Replace('\\', '/');
                if (!relative.StartsWith(CssFolder + "/", StringComparison.Ordinal))
                {
                    output.Add("/assets/" + relative, File.ReadAllBytes(file));
                }
            }
        }

        return cssUrl;
    }

    /// <summary>Runs <c>npm ci</c> in the theme when its packages are missing or older than its lock file.</summary>
    public void EnsurePackages()
    {
        var packageJson = Path.Combine(themeDirectory, "package.json");
        if (!File.Exists(packageJson))
        {
            return;
        }

        var installedLock = Path.Combine(themeDirectory, "node_modules", ".package-lock.json");
        var lockFile = Path.Combine(themeDirectory, "package-lock.json");
        if (File.Exists(installedLock) && (!File.Exists(lockFile) || File.GetLastWriteTimeUtc(installedLock) >= File.GetLastWriteTimeUtc(lockFile)))
        {
            return;
        }

        // Several builds (parallel tests) may start at once: one installs, the others wait.
        using var gate = AcquireInstallLock();
        if (File.Exists(installedLock) && (!File.Exists(lockFile) || File.GetLastWriteTimeUtc(installedLock) >= File.GetLastWriteTimeUtc(lockFile)))
        {
            return;
        }

        log("Pakketten van het thema installeren (npm ci)...");
        var arguments = File.Exists(lockFile) ? new[] { "ci", "--no-audit", "--no-fund" } : ["install", "--no-audit", "--no-fund"];
        var result = Processes.ProcessRunner.Run("npm", arguments, NpmTimeout, themeDirectory);
        if (!result.Started)
        {
            throw new SiteBuildException("npm is niet gevonden. Installeer Node.js (met npm) om de website te bouwen.");
        }

        if (!result.Succeeded)
        {
            throw new SiteBuildException(result.TimedOut
                ? $"npm ci in {themeDirectory} was na {NpmTimeout.TotalMinutes} minuten nog niet klaar en is gestopt. Is het pakketregister bereikbaar?"
                : $"npm ci in {themeDirectory} mislukte (code {result.ExitCode}): {result.Errors.Trim()}");
        }

        File.SetLastWriteTimeUtc(installedLock, DateTime.UtcNow);
    }

    /// <summary>A first install downloads about 30 packages; a slow registry gets ample time, a hung one does not hang the build.</summary>
    private static readonly TimeSpan NpmTimeout = TimeSpan.FromMinutes(10);

    private FileStream AcquireInstallLock()
    {
        var path = Path.Combine(themeDirectory, ".npm-install.lock");
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            }
            catch (IOException) when (attempt < 600)
            {
                Thread.Sleep(500);
            }
        }
    }

    /// <summary>Concatenates the stylesheets in the order <c>css-bundle.json</c> gives, without source-map comments.</summary>
    public byte[] BundleCss()
    {
        var listPath = Path.Combine(themeDirectory, "css-bundle.json");
        IReadOnlyList<string> files = File.Exists(listPath)
            ? JsonSerializer.Deserialize<List<string>>(File.ReadAllText(listPath)) ?? []
            : [.. Directory.EnumerateFiles(Path.Combine(themeDirectory, "assets", CssFolder), "*.css").Order(StringComparer.Ordinal).Select(f => Path.GetRelativePath(themeDirectory, f))];
        var css = new StringBuilder();
        foreach (var file in files)
        {
            var path = Path.Combine(themeDirectory, file);
            if (!File.Exists(path))
            {
                throw new SiteBuildException($"css-bundle.json noemt {file}, maar dat bestand bestaat niet in {themeDirectory}.");
            }

            css.Append("/* ").Append(file.Replace('\\', '/')).Append(" */\n");
            css.Append(SourceMapComment().Replace(File.ReadAllText(path), string.Empty).ReplaceLineEndings("\n").Trim()).Append("\n\n");
        }

        // Rules for classes the theme never writes go first, then the tokens only they read.
        var (classes, prefixes) = UnusedRulePruner.ThemeClasses(themeDirectory);
        var used = UnusedRulePruner.Prune(css.ToString(), classes, prefixes);
        return Encoding.UTF8.GetBytes(CustomPropertyPruner.Prune(used));
    }
}
