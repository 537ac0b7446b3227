using System.Net;
using Praktijkvoorbeelden.Cli.Preview;
using Praktijkvoorbeelden.Tests.Support;

namespace Praktijkvoorbeelden.Tests.Commands;

/// <summary>
/// The build commands of netlify.toml, run as Netlify runs them and served with its header rules:
/// a deploy preview tells search engines not to index any file, the production site does not.
/// </summary>
public sealed class DeployPreviewTests : IDisposable
{
    private static readonly string[] Paths = ["/pv/", "/pv/over/", "/pv/voorbeelden/eerste-voorbeeld/", "/pv/feed.xml", "/pv/robots.txt", "/pv/bestaat-niet/"];

    private readonly string _repository = Directory.CreateTempSubdirectory("pv-deploy-").FullName;

    public DeployPreviewTests()
    {
        File.WriteAllText(Path.Combine(_repository, "statiq.json"), "{ \"Host\": \"example.org\", \"LinkRoot\": \"/pv\", \"GenerateSearchIndex\": false }");
        Repository.CopyDirectory(Repository.GoodFixture, Path.Combine(_repository, "input"));
        Repository.CopyDirectory(Repository.Theme, Path.Combine(_repository, "theme"));
    }

    public void Dispose() => Directory.Delete(_repository, recursive: true);

    [Theory]
    [InlineData("deploy-preview", true)]
    [InlineData("production", false)]
    public async Task Only_a_deploy_preview_asks_search_engines_not_to_index_it(string context, bool noIndex)
    {
        var (exitCode, _, error) = await CliProcess.RunAsync(_repository, ToolArguments(CommandFor(context)));
        Assert.True(exitCode == 0, error);
        var output = Path.Combine(_repository, "output");
        await using var server = await PreviewServer.StartAsync(
            new PreviewOptions(output, "/pv", 0, NetlifyConfig.Load(Repository.NetlifyToml), LiveReload: false), TestContext.Current.CancellationToken);
        using var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false });

        foreach (var path in Paths)
        {
            using var response = await client.GetAsync(new Uri(server.BaseAddress, path), TestContext.Current.CancellationToken);
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound, $"{path}: {response.StatusCode}");

            var robots = response.Headers.TryGetValues("X-Robots-Tag", out var values) ? string.Join(", ", values) : null;
            Assert.True(noIndex ? robots == "noindex" : robots is null, $"{context} {path}: X-Robots-Tag is '{robots}'");
            Assert.True(response.Headers.Contains("Content-Security-Policy"), $"{path}: the rules of netlify.toml still apply");
        }

        // Crawlers may still fetch every page, or they could not see the header.
        Assert.Contains("Allow: /", await File.ReadAllTextAsync(Path.Combine(output, "robots.txt"), TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    /// <summary>The command Netlify runs in a deploy context: its own, or the one of [build].</summary>
    private static string CommandFor(string context)
    {
        var toml = Tomlyn.TomlSerializer.Deserialize<Tomlyn.Model.TomlTable>(File.ReadAllText(Repository.NetlifyToml))!;
        var contexts = toml.TryGetValue("context", out var c) ? (Tomlyn.Model.TomlTable)c : new Tomlyn.Model.TomlTable();
        return contexts.TryGetValue(context, out var own) && ((Tomlyn.Model.TomlTable)own).TryGetValue("command", out var command)
            ? (string)command
            : (string)((Tomlyn.Model.TomlTable)toml["build"])["command"];
    }

    /// <summary>What the command passes to our tool: everything after "dotnet run ... --".</summary>
    private static string[] ToolArguments(string command)
    {
        var run = command.Split(" && ")[^1];
        Assert.Contains("dotnet run --project src/Praktijkvoorbeelden ", run, StringComparison.Ordinal);
        return run[(run.IndexOf(" -- ", StringComparison.Ordinal) + 4)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }
}
