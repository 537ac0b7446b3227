using System.Text.RegularExpressions;
using Praktijkvoorbeelden.Cli.Preview;
using Praktijkvoorbeelden.Site.Cms;
using Praktijkvoorbeelden.Tests.Support;

namespace Praktijkvoorbeelden.Tests.Preview;

/// <summary>
/// The real netlify.toml: a Content-Security-Policy that allows the WebAssembly engine and nothing
/// looser (only the web editor at /admin/ gets its own), the other security headers on every path,
/// and long caching only for content-hashed files.
/// </summary>
public sealed partial class NetlifyConfigTests(PreviewFixture fixture) : IClassFixture<PreviewFixture>
{
    private static readonly NetlifyConfig Config = NetlifyConfig.Load(Repository.NetlifyToml);

    private static readonly string[] SamplePaths =
        ["/", "/voorbeelden/x/", "/404.html", "/assets/h/0123456789/css/site.css", "/zoeken/engine/dotnet.wasm", "/zoeken/index/manifest.json", "/feed.xml"];

    private static IReadOnlyDictionary<string, string> EveryPage => Config.Headers.Single(h => h.For == "/*").Values;

    [Fact]
    public void Script_src_allows_own_scripts_and_webassembly_and_nothing_else()
    {
        Assert.Equal(["'self'", "'wasm-unsafe-eval'"], Directive("script-src").Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/voorbeelden/x/")]
    [InlineData("/zoeken/")]
    [InlineData("/admin")] // no slash: Netlify first redirects it to /admin/, that response keeps the site policy
    [InlineData("/administratie/")]
    [InlineData("/voorbeelden/admin/")]
    [InlineData("/404.html")]
    public void Outside_the_web_editor_every_path_gets_the_site_policy(string path)
    {
        Assert.Equal(EveryPage["Content-Security-Policy"], Config.HeadersFor(path)["Content-Security-Policy"]);
        Assert.Equal(["'self'", "'wasm-unsafe-eval'"], Directives(Config.HeadersFor(path)["Content-Security-Policy"])["script-src"].Order(StringComparer.Ordinal));
    }

    /// <summary>The editor's own rule and the policy the code documents for it cannot drift apart.</summary>
    [Fact]
    public void The_admin_rule_of_netlify_toml_carries_exactly_the_web_editor_policy()
    {
        var rule = Assert.Single(Config.Headers, h => h.For == "/admin/*");

        Assert.Equal(DecapAdminPage.ContentSecurityPolicy, rule.Values["Content-Security-Policy"]);
        Assert.Equal(["Content-Security-Policy"], rule.Values.Keys); // only the policy differs from the rest of the site
    }

    [Theory]
    [InlineData("/admin/")]
    [InlineData("/admin/index.html")]
    [InlineData("/admin/config.yml")]
    [InlineData(DecapAdminPage.ScriptSitePath)]
    public void The_web_editor_gets_its_policy_and_keeps_every_other_security_header(string path)
    {
        var headers = Config.HeadersFor(path);

        Assert.Equal(DecapAdminPage.ContentSecurityPolicy, headers["Content-Security-Policy"]);
        foreach (var name in new[] { "Strict-Transport-Security", "X-Content-Type-Options", "Referrer-Policy", "Permissions-Policy", "X-Frame-Options" })
        {
            Assert.Equal(EveryPage[name], headers[name]);
        }

        var csp = Directives(headers["Content-Security-Policy"]);
        Assert.Equal(["'none'"], csp["frame-ancestors"]);
        Assert.Equal(["'none'"], csp["object-src"]);
        Assert.DoesNotContain("'unsafe-inline'", csp["script-src"]);
    }

    [Fact]
    public void No_directive_allows_inline_code_eval_or_other_hosts()
    {
        foreach (var (name, sources) in Csp())
        {
            Assert.DoesNotContain("'unsafe-inline'", sources);
            Assert.DoesNotContain("'unsafe-eval'", sources);
            Assert.DoesNotContain("'unsafe-hashes'", sources);
            Assert.DoesNotContain("*", sources);
            foreach (var source in sources)
            {
                // Keywords are quoted; a host, scheme (https:) or wildcard is not. Only img-src may allow data: (inline SVG icons).
                Assert.True(source.StartsWith('\'') || (name == "img-src" && source == "data:"), $"{name} allows '{source}'");
            }
        }
    }

    [Theory]
    [InlineData("default-src", "'self'")]
    [InlineData("style-src", "'self'")]
    [InlineData("connect-src", "'self'")]
    [InlineData("frame-ancestors", "'none'")]
    [InlineData("object-src", "'none'")]
    [InlineData("base-uri", "'self'")]
    [InlineData("form-action", "'self'")]
    public void Directive_is_exactly(string name, string value) =>
        Assert.Equal([value], Directive(name));

    [Fact]
    public void Hsts_nosniff_referrer_and_permissions_policies_are_set_for_every_page()
    {
        var hsts = EveryPage["Strict-Transport-Security"];
        var maxAge = hsts.Split(';').Select(p => p.Trim()).Single(p => p.StartsWith("max-age=", StringComparison.Ordinal));
        Assert.True(long.Parse(maxAge["max-age=".Length..], System.Globalization.CultureInfo.InvariantCulture) >= 31_536_000, hsts);
        Assert.Equal("nosniff", EveryPage["X-Content-Type-Options"]);
        Assert.Contains(EveryPage["Referrer-Policy"], new[] { "no-referrer", "same-origin", "strict-origin", "strict-origin-when-cross-origin" });
        foreach (var feature in new[] { "camera", "microphone", "geolocation" })
        {
            Assert.Contains($"{feature}=()", EveryPage["Permissions-Policy"], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Later_rules_never_drop_the_security_headers()
    {
        foreach (var path in SamplePaths)
        {
            var headers = Config.HeadersFor(path);
            foreach (var name in new[] { "Content-Security-Policy", "Strict-Transport-Security", "X-Content-Type-Options", "Referrer-Policy", "Permissions-Policy" })
            {
                Assert.True(headers.TryGetValue(name, out var value) && value == EveryPage[name], $"{path}: {name}");
            }
        }
    }

    [Fact]
    public void No_rule_sets_a_content_encoding_because_netlify_compresses_itself()
    {
        Assert.All(Config.Headers, rule => Assert.DoesNotContain(rule.Values.Keys, k => k.Equals("Content-Encoding", StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public void WebAssembly_is_served_as_application_wasm()
    {
        Assert.Equal("application/wasm", Config.HeadersFor("/zoeken/engine/dotnet.native.wasm")["Content-Type"]);
    }

    [Fact]
    public void Files_with_a_fixed_name_are_never_cached_as_immutable()
    {
        var fixedNames = fixture.Site.SitePaths().Where(p => !ContentHashed().IsMatch(p))
            .Concat(["/", "/zoeken/", "/zoeken/index/manifest.json", "/voorbeelden/x/"]);
        Assert.Contains("/index.html", fixedNames);

        Assert.All(fixedNames, path => Assert.False(IsImmutable(path), $"{path} would be cached forever under a name that changes content"));
    }

    [Fact]
    public void Every_immutable_file_in_a_built_site_sits_under_a_content_hash()
    {
        var immutable = fixture.Site.SitePaths().Where(IsImmutable).ToList();
        var home = File.ReadAllText(fixture.Site.PathOf("index.html"));

        Assert.NotEmpty(immutable); // the stylesheets at least
        Assert.All(immutable, path => Assert.Matches(ContentHashed(), path));
        var assetFolders = immutable.Where(p => p.StartsWith("/assets/", StringComparison.Ordinal)).Select(p => string.Join('/', p.Split('/')[..4])).Distinct().ToList();
        var folder = Assert.Single(assetFolders); // one hash for the whole tree of CSS and JS, the one the pages link to
        Assert.Contains($"href=\"{BuiltFixtureSite.LinkRoot}{folder}/", home, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_immutable_rule_is_a_folder_pattern_and_not_a_catch_all()
    {
        var immutableRules = Config.Headers.Where(r => r.Values.TryGetValue("Cache-Control", out var c) && c.Contains("immutable", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(immutableRules);
        Assert.All(immutableRules, r =>
        {
            Assert.Matches("^/[a-z]+/[a-z]+/\\*$", r.For); // e.g. /assets/h/*: a dedicated folder, never /* or /*.css
        });
    }

    /// <summary>A folder or a file name that starts with a hash of the content, as /assets/h/0a1b2c3d4e/ or /zoeken/index/0a1b2c3d4e._0.cfs.</summary>
    [GeneratedRegex("/[0-9a-f]{8,}[/.]")]
    private static partial Regex ContentHashed();

    /// <summary>
    /// Netlify ignores header rules under [context.*]: only a different build command can make a deploy
    /// preview differ. DeployPreviewTests runs both commands and checks what a crawler gets.
    /// </summary>
    [Fact]
    public void The_deploy_preview_command_is_the_build_command_with_noindex()
    {
        var build = (string)((Tomlyn.Model.TomlTable)Toml()["build"])["command"];
        var preview = (Tomlyn.Model.TomlTable)((Tomlyn.Model.TomlTable)Toml()["context"])["deploy-preview"];

        Assert.Equal(build + " --noindex", (string)preview["command"]);
        Assert.DoesNotContain("--noindex", build, StringComparison.Ordinal);
        Assert.False(preview.ContainsKey("headers"), "Netlify ignores [[context.deploy-preview.headers]]");
    }

    [Fact]
    public void Netlify_publishes_the_folder_the_build_writes()
    {
        var build = (Tomlyn.Model.TomlTable)Toml()["build"];
        var settings = Praktijkvoorbeelden.Site.Settings.SettingsLoader.Load(Repository.Root, new Praktijkvoorbeelden.Site.Diagnostics.DiagnosticBag());

        Assert.Equal(settings.OutputPath, (string)build["publish"]);
        Assert.Contains($"build --output {settings.OutputPath}", (string)build["command"], StringComparison.Ordinal);
    }

    /// <summary>
    /// Netlify installs the newest SDK of the .NET version that global.json names, and global.json
    /// rolls forward to it, as CI does (setup-dotnet resolves latestFeature to the newest SDK of
    /// that version; .ci/run uses the machine's). An exact --version or --jsonfile would install
    /// 10.0.100 on Netlify while CI builds with a later SDK.
    /// </summary>
    [Theory]
    [InlineData("build")]
    [InlineData("deploy-preview")]
    public void Netlify_installs_the_newest_sdk_of_the_version_global_json_rolls_forward_to(string context)
    {
        var globalJson = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(Repository.Root, "global.json"))).RootElement.GetProperty("sdk");
        var version = globalJson.GetProperty("version").GetString()!.Split('.');
        var command = context == "build"
            ? (string)((Tomlyn.Model.TomlTable)Toml()["build"])["command"]
            : (string)((Tomlyn.Model.TomlTable)((Tomlyn.Model.TomlTable)Toml()["context"])[context])["command"];
        var install = command.Split(" && ").Single(step => step.Contains("dotnet-install.sh --", StringComparison.Ordinal)).Split(' ');

        Assert.Equal("latestFeature", globalJson.GetProperty("rollForward").GetString());
        Assert.Equal($"{version[0]}.{version[1]}", install[Array.IndexOf(install, "--channel") + 1]);
        Assert.DoesNotContain("--jsonfile", install);
        Assert.DoesNotContain("--version", install);
        Assert.Contains("$HOME/.dotnet/dotnet run", command, StringComparison.Ordinal); // the SDK it just installed
    }

    private static Tomlyn.Model.TomlTable Toml() =>
        Tomlyn.TomlSerializer.Deserialize<Tomlyn.Model.TomlTable>(File.ReadAllText(Repository.NetlifyToml))!;

    private static bool IsImmutable(string path) =>
        Config.HeadersFor(path).TryGetValue("Cache-Control", out var value) && value.Contains("immutable", StringComparison.Ordinal);

    private static Dictionary<string, string[]> Csp() => Directives(EveryPage["Content-Security-Policy"]);

    private static Dictionary<string, string[]> Directives(string policy) =>
        policy.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => d.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToDictionary(d => d[0], d => d[1..], StringComparer.Ordinal);

    private static string[] Directive(string name)
    {
        Assert.True(Csp().TryGetValue(name, out var sources), $"CSP lacks {name}");
        return sources;
    }
}
