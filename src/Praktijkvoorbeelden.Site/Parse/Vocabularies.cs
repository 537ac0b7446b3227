using Praktijkvoorbeelden.Site.Model;

namespace Praktijkvoorbeelden.Site.Parse;

/// <summary>All vocabularies by name: the files in input/_data plus "themas" from the theme pages.</summary>
public sealed class Vocabularies(IReadOnlyDictionary<string, Vocabulary> byName)
{
    public Vocabulary this[string name] => byName.TryGetValue(name, out var v) ? v : new Vocabulary(name, []);

    public bool Contains(string name) => byName.ContainsKey(name);

    public IReadOnlyDictionary<string, Vocabulary> All => byName;

    public Vocabularies With(Vocabulary vocabulary)
    {
        var copy = byName.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        copy[vocabulary.Name] = vocabulary;
        return new Vocabularies(copy);
    }
}
