using Praktijkvoorbeelden.Site.Model;
using YamlDotNet.RepresentationModel;
using static Praktijkvoorbeelden.Site.Tests.Cms.GeneratedConfig;

namespace Praktijkvoorbeelden.Site.Tests.Cms;

/// <summary>The web editor offers exactly what the build accepts: same fields, required flags, widgets and values.</summary>
public sealed class DecapConfigTests
{
    private static readonly GeneratedConfig Config = new();

    // What a contributor gets in the editor for each kind of value the build checks.
    private static readonly Dictionary<FieldType, string> ExpectedWidget = new()
    {
        [FieldType.Text] = "string",
        [FieldType.LongText] = "text",
        [FieldType.Number] = "number",
        [FieldType.Year] = "number",
        [FieldType.Date] = "datetime",
        [FieldType.Choice] = "select",
        [FieldType.ChoiceList] = "select",
        [FieldType.TextList] = "list",
        [FieldType.PathList] = "list",
        [FieldType.SlugList] = "list",
        [FieldType.Sources] = "list",
    };

    public static TheoryData<string, string> SchemaFields()
    {
        var data = new TheoryData<string, string>();
        foreach (var (collection, schema) in Collections())
        {
            foreach (var field in schema)
            {
                data.Add(collection, field.Key);
            }
        }

        return data;
    }

    [Fact]
    public void Uses_the_github_backend_with_the_editorial_workflow_and_no_local_backend()
    {
        var backend = (YamlMappingNode)Config.Root["backend"];

        Assert.Equal("github", Scalar(backend, "name"));
        Assert.Equal(GeneratedConfig.RepositoryName, Scalar(backend, "repo"));
        Assert.Equal("main", Scalar(backend, "branch"));
        Assert.Equal("editorial_workflow", Scalar(Config.Root, "publish_mode"));
        Assert.Equal("false", Scalar(Config.Root, "local_backend"));
        Assert.Equal("input/assets", Scalar(Config.Root, "media_folder"));
    }

    [Fact]
    public void Each_collection_edits_the_folder_the_build_reads()
    {
        Assert.Equal("input/voorbeelden", Scalar(Config.Collection("voorbeelden"), "folder"));
        Assert.Equal("input/themas", Scalar(Config.Collection("themas"), "folder"));
        Assert.Equal("input", Scalar(Config.Collection("paginas"), "folder"));
        Assert.All(((YamlSequenceNode)Config.Root["collections"]).Children.Cast<YamlMappingNode>(), c =>
        {
            Assert.Equal("frontmatter", Scalar(c, "format"));
            Assert.Equal("titel", Scalar(c, "identifier_field"));
            Assert.Equal("markdown", Scalar(Field(c, "body"), "widget"));
        });
    }

    [Theory]
    [MemberData(nameof(SchemaFields))]
    public void Every_schema_field_has_the_same_required_flag_widget_and_Dutch_hint(string collection, string key)
    {
        var definition = Collections().Single(c => c.Name == collection).Schema.Single(f => f.Key == key);

        var field = Field(Config.Collection(collection), key);

        Assert.Equal(definition.Required ? "true" : "false", Scalar(field, "required"));
        Assert.Equal(ExpectedWidget[definition.Type], Scalar(field, "widget"));
        Assert.Equal(definition.Description, Scalar(field, "hint"));
        Assert.Equal(definition.Type == FieldType.ChoiceList ? "true" : definition.Type == FieldType.Choice ? "false" : null, Scalar(field, "multiple"));
        if (definition.MaxLength > 0)
        {
            Assert.Contains($"{{0,{definition.MaxLength}}}", ((YamlScalarNode)((YamlSequenceNode)field["pattern"])[0]).Value, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Each_source_field_is_in_the_list_of_bronnen_with_its_required_flag()
    {
        var bronnen = Field(Config.Collection("voorbeelden"), "bronnen");

        Assert.Equal("1", Scalar(bronnen, "min"));
        foreach (var definition in FrontMatterSchema.Source)
        {
            var field = Field(bronnen, definition.Key);
            Assert.Equal(definition.Required ? "true" : "false", Scalar(field, "required"));
            Assert.Equal(definition.Type == FieldType.Date ? "datetime" : "string", Scalar(field, "widget"));
            Assert.Equal(definition.Description, Scalar(field, "hint"));
        }

        Assert.Equal(FrontMatterSchema.Source.Count, ((YamlSequenceNode)bronnen["fields"]).Children.Count);
    }

    [Fact]
    public void Every_vocabulary_value_is_a_select_option_with_its_slug_and_Dutch_label()
    {
        var checkedVocabularies = 0;
        foreach (var (collection, schema) in Collections())
        {
            foreach (var definition in schema.Where(f => f.Vocabulary is not null))
            {
                var options = ((YamlSequenceNode)Field(Config.Collection(collection), definition.Key)["options"]).Children.Cast<YamlMappingNode>()
                    .Select(o => (Value: Scalar(o, "value"), Label: Scalar(o, "label"))).ToList();
                var terms = Config.Content.Vocabularies[definition.Vocabulary!].Terms;

                Assert.NotEmpty(terms);
                Assert.Equal(terms.Select(t => (t.Slug, t.Label)), options.Select(o => (o.Value!, o.Label!)));
                checkedVocabularies++;
            }
        }

        Assert.Equal(6, checkedVocabularies); // schaal, themas, doelgroepen, participatieniveau, werkvormen, status
    }

    [Fact]
    public void Schema_fields_and_the_body_are_the_only_fields_in_each_collection()
    {
        foreach (var (collection, schema) in Collections())
        {
            var names = ((YamlSequenceNode)Config.Collection(collection)["fields"]).Children.Cast<YamlMappingNode>().Select(f => Scalar(f, "name"));
            Assert.Equal(schema.Select(f => f.Key).Append("body"), names);
        }
    }

    [Fact]
    public void A_new_voorbeeld_starts_with_the_body_headings_in_their_order()
    {
        var body = Scalar(Field(Config.Collection("voorbeelden"), "body"), "default")!;

        var headings = body.Split('\n').Where(l => l.StartsWith("## ", StringComparison.Ordinal)).ToList();

        Assert.Equal(["## Aanleiding", "## Aanpak", "## Resultaten", "## Lessen voor andere gemeenten", "## Meer weten"], headings);
    }

    [Fact]
    public void A_curated_list_of_a_theme_refers_to_the_voorbeelden_collection_by_slug()
    {
        var item = (YamlMappingNode)Field(Config.Collection("themas"), "voorbeelden")["field"];

        Assert.Equal("relation", Scalar(item, "widget"));
        Assert.Equal("voorbeelden", Scalar(item, "collection"));
        Assert.Equal("{{slug}}", Scalar(item, "value_field"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("niet een repository")]
    [InlineData("https://github.com/a/b")]
    [InlineData("a/b/c")]
    public void A_repository_that_is_not_owner_slash_name_is_refused(string repository) =>
        Assert.Throws<ArgumentException>(() => Site.Cms.DecapConfig.Generate(Config.Content, Config.Settings, repository, "main"));

    private static IEnumerable<(string Name, IReadOnlyList<FieldDefinition> Schema)> Collections() =>
    [
        ("voorbeelden", FrontMatterSchema.Voorbeeld),
        ("themas", FrontMatterSchema.Thema),
        ("paginas", FrontMatterSchema.Pagina),
    ];
}
