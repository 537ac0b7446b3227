using Praktijkvoorbeelden.Site.Cms;
using Praktijkvoorbeelden.Site.Diagnostics;
using Praktijkvoorbeelden.Site.Model;
using Praktijkvoorbeelden.Site.Parse;
using Praktijkvoorbeelden.Site.Read;
using Praktijkvoorbeelden.Site.Settings;
using Praktijkvoorbeelden.Site.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Praktijkvoorbeelden.Site.Tests.Cms;

/// <summary>The web editor's configuration for the good fixture, read back as a YAML tree.</summary>
internal sealed class GeneratedConfig
{
    public const string RepositoryName = "voorbeeld-org/praktijkvoorbeelden";

    public GeneratedConfig(string linkRoot = "")
    {
        var input = Path.Combine(AppContext.BaseDirectory, "Fixtures", "goed");
        var diagnostics = new DiagnosticBag();
        Content = ContentLoader.Load(SourceReader.Read(input, Path.Combine(Repository.Root, "theme")), diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items));
        Settings = new SiteSettings { Host = "example.org", LinkRoot = linkRoot };
        Text = DecapConfig.Generate(Content, Settings, RepositoryName, "main");
        var stream = new YamlStream();
        stream.Load(new StringReader(Text));
        Root = (YamlMappingNode)stream.Documents[0].RootNode;
    }

    public ContentSet Content { get; }
    public SiteSettings Settings { get; }
    public string Text { get; }
    public YamlMappingNode Root { get; }

    public YamlMappingNode Collection(string name) =>
        Assert.Single(((YamlSequenceNode)Root["collections"]).Children.Cast<YamlMappingNode>(), c => Scalar(c, "name") == name);

    public static YamlMappingNode Field(YamlMappingNode parent, string name, string listKey = "fields") =>
        Assert.Single(((YamlSequenceNode)parent[listKey]).Children.Cast<YamlMappingNode>(), f => Scalar(f, "name") == name);

    public static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? ((YamlScalarNode)value).Value : null;
}
