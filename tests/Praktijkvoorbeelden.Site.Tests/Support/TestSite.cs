using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Praktijkvoorbeelden.Site.Diagnostics;
using Praktijkvoorbeelden.Site.Model;
using Praktijkvoorbeelden.Site.Parse;
using Praktijkvoorbeelden.Site.Pipeline;
using Praktijkvoorbeelden.Site.Read;
using Praktijkvoorbeelden.Site.Settings;

namespace Praktijkvoorbeelden.Site.Tests.Support;

/// <summary>
/// A fixture site copied into a temporary folder, with the real theme, so a test can change a
/// file, build, and read the output. Deletes itself afterwards.
/// </summary>
internal sealed class TestSite : IDisposable
{
    private static readonly HtmlParser Parser = new();

    public TestSite(string fixture = "goed")
    {
        Root = Path.Combine(Path.GetTempPath(), "pv-test-" + Guid.NewGuid().ToString("N")[..10]);
        CopyDirectory(Path.Combine(AppContext.BaseDirectory, "Fixtures", fixture), Input);
        Output = Path.Combine(Root, "output");
    }

    public string Root { get; }
    public string Input => Path.Combine(Root, "input");
    public string Output { get; }

    public void Write(string relativePath, string content)
    {
        var path = Path.Combine(Input, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }

    public void Replace(string relativePath, string oldText, string newText)
    {
        var path = Path.Combine(Input, relativePath);
        var text = File.ReadAllText(path);
        Assert.Contains(oldText, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(oldText, newText, StringComparison.Ordinal));
    }

    public BuildResult Build(string linkRoot = "", bool checkOnly = false) => SiteBuilder.Build(new BuildOptions
    {
        RootDirectory = Root,
        InputDirectory = Input,
        ThemeDirectory = Theme,
        OutputDirectory = Output,
        CheckOnly = checkOnly,
        OverrideSettings = s => s with { LinkRoot = SettingsCatalog.NormaliseLinkRoot(linkRoot), Host = "example.org" },
    });

    public BuildResult BuildSucceeded(string linkRoot = "")
    {
        var result = Build(linkRoot);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result;
    }

    public IHtmlDocument Page(string sitePath)
    {
        var file = Path.Combine(Output, sitePath.Trim('/'), sitePath.EndsWith(".html", StringComparison.Ordinal) ? "" : "index.html");
        Assert.True(File.Exists(file), $"Expected a page at {sitePath}");
        return Parser.ParseDocument(File.ReadAllText(file));
    }

    public string OutputText(string relativePath) => File.ReadAllText(Path.Combine(Output, relativePath));

    public static string Theme => Path.Combine(Repository.Root, "theme");

    /// <summary>The content of the input as the pipeline parses it, to derive what pages must show.</summary>
    public ContentSet Content()
    {
        var diagnostics = new DiagnosticBag();
        var content = ContentLoader.Load(SourceReader.Read(Input, Theme), diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items));
        return content;
    }

    /// <summary>Every file in the output as a site path ("/over/index.html"), without LinkRoot.</summary>
    public IReadOnlyList<string> OutputFiles() =>
        Directory.EnumerateFiles(Output, "*", SearchOption.AllDirectories)
            .Select(f => "/" + Path.GetRelativePath(Output, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>Every HTML file in the output, parsed, by site path ("/over/index.html").</summary>
    public IReadOnlyDictionary<string, IHtmlDocument> HtmlPages() =>
        OutputFiles().Where(f => f.EndsWith(".html", StringComparison.Ordinal))
            .ToDictionary(f => f, f => Parser.ParseDocument(File.ReadAllText(Path.Combine(Output, f.TrimStart('/')))), StringComparer.Ordinal);

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
