using Praktijkvoorbeelden.Site.Model;

namespace Praktijkvoorbeelden.Site.Parse;

/// <summary>The checked values of one front-matter block, with the line of each key for later checks.</summary>
public sealed class FieldValues
{
    private readonly Dictionary<string, object> _values = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int Line, int Column)> _positions = new(StringComparer.Ordinal);

    internal void Set(string key, object value, int line, int column)
    {
        _values[key] = value;
        _positions[key] = (line, column);
    }

    internal void Position(string key, int line, int column) => _positions[key] = (line, column);

    public bool Has(string key) => _values.ContainsKey(key);

    public (int Line, int Column) PositionOf(string key) => _positions.GetValueOrDefault(key, (0, 0));

    public string Text(string key) => _values.TryGetValue(key, out var v) ? (string)v : "";

    public string? OptionalText(string key) => _values.TryGetValue(key, out var v) ? (string)v : null;

    public int? Number(string key) => _values.TryGetValue(key, out var v) ? (int)v : null;

    public DateOnly Date(string key) => _values.TryGetValue(key, out var v) ? (DateOnly)v : default;

    public IReadOnlyList<string> List(string key) => _values.TryGetValue(key, out var v) ? (IReadOnlyList<string>)v : [];

    public IReadOnlyList<Source> Sources(string key) => _values.TryGetValue(key, out var v) ? (IReadOnlyList<Source>)v : [];
}
