using System.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using YamlDotNet.RepresentationModel;

namespace Praktijkvoorbeelden.Content.Tests.Support;

/// <summary>
/// Turns a content file into the text a visitor reads, for the spelling check: titles,
/// summaries, source titles, vocabulary labels and the Markdown prose. Keys, slugs, URLs, dates,
/// code and Markdown syntax are left out, because they are not Dutch words.
/// </summary>
internal static class ProseExtractor
{
    /// <summary>Front-matter and vocabulary keys whose values are prose a visitor reads.</summary>
    private static readonly HashSet<string> ProseKeys = new(StringComparer.Ordinal)
    {
        "titel", "samenvatting", "contact", "organisatie", "label", "beschrijving",
    };

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    public static string FromFile(string path)
    {
        var text = File.ReadAllText(path).ReplaceLineEndings("\n");
        return Path.GetExtension(path) == ".yml" ? FromYaml(text) : FromMarkdownFile(text);
    }

    private static string FromMarkdownFile(string text)
    {
        if (!text.StartsWith("---\n", StringComparison.Ordinal))
        {
            return FromMarkdown(text);
        }

        var end = text.IndexOf("\n---\n", 4, StringComparison.Ordinal);
        return end < 0
            ? FromMarkdown(text)
            : FromYaml(text[4..end]) + "\n" + FromMarkdown(text[(end + 5)..]);
    }

    private static string FromYaml(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var prose = new StringBuilder();
        foreach (var document in stream.Documents)
        {
            Collect(document.RootNode, prose);
        }

        return prose.ToString();
    }

    private static void Collect(YamlNode node, StringBuilder prose)
    {
        switch (node)
        {
            case YamlMappingNode mapping:
                foreach (var (key, value) in mapping.Children)
                {
                    if (value is YamlScalarNode scalar && key is YamlScalarNode { Value: { } name } && ProseKeys.Contains(name))
                    {
                        prose.Append(scalar.Value).Append('\n');
                    }
                    else
                    {
                        Collect(value, prose);
                    }
                }

                break;
            case YamlSequenceNode sequence:
                foreach (var child in sequence.Children)
                {
                    Collect(child, prose);
                }

                break;
        }
    }

    private static string FromMarkdown(string markdown)
    {
        var prose = new StringBuilder();
        foreach (var block in Markdown.Parse(markdown, Pipeline).Descendants<LeafBlock>())
        {
            if (block is CodeBlock || block.Inline is null)
            {
                continue;
            }

            foreach (var inline in block.Inline.Descendants())
            {
                switch (inline)
                {
                    case LiteralInline literal:
                        prose.Append(literal.Content.ToString());
                        break;
                    case CodeInline or LineBreakInline or AutolinkInline or HtmlInline:
                        prose.Append(' ');
                        break;
                }
            }

            prose.Append('\n');
        }

        return prose.ToString();
    }
}
