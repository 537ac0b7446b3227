using Praktijkvoorbeelden.Site.Model;
using Praktijkvoorbeelden.Site.Parse;

namespace Praktijkvoorbeelden.Site.Tests.Fuzz;

/// <summary>
/// What the check lets through must obey the schema, or later stages get values they do not
/// expect: the feed cannot hold control characters, a gemeente needs a slug for its page.
/// </summary>
internal static class AcceptedDocuments
{
    /// <summary>Every document of a check without errors, whichever file was generated.</summary>
    public static void AssertValid(CheckOutcome outcome)
    {
        Assert.NotEmpty(outcome.Content.Documents);
        foreach (var document in outcome.Content.Documents)
        {
            AssertValid(document, outcome.Content.Vocabularies);
        }
    }

    private static void AssertValid(Document document, Vocabularies vocabularies)
    {
        Assert.False(string.IsNullOrWhiteSpace(document.Title));
        Assert.InRange(document.Title.Length, 1, FrontMatterSchema.MaxTitleLength);
        Assert.All(document.Aliases, a => Assert.Null(AliasRules.Check(a)));
        var texts = new List<string?> { document.Title, document.Summary };
        if (document is Voorbeeld voorbeeld)
        {
            Assert.NotEmpty(voorbeeld.Sources);
            Assert.NotEmpty(voorbeeld.Themes);
            Assert.All(voorbeeld.Themes, t => Assert.NotNull(vocabularies["themas"].Find(t)));
            Assert.NotNull(vocabularies["statussen"].Find(voorbeeld.Status));
            Assert.All(voorbeeld.Municipalities, m => Assert.NotEmpty(Slugs.From(m)));
            texts.AddRange([voorbeeld.Contact, .. voorbeeld.Municipalities, .. voorbeeld.Sources.SelectMany(s => new[] { s.Title, s.Organisation })]);
        }

        Assert.All(texts.OfType<string>(), t => Assert.DoesNotContain(t, c => char.IsControl(c) && c is not ('\n' or '\t')));
    }
}
