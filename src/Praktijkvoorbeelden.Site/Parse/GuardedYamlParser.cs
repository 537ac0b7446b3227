using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Praktijkvoorbeelden.Site.Parse;

/// <summary>
/// Passes YAML events on to YamlDotNet's loader, but stops at the features that front matter never
/// needs and that let one hostile file crash or hang the build: the loader is recursive (deep
/// nesting overflows the stack, which no catch can handle), hashes a key that is a list with all
/// its children (a list that contains itself through an alias recurses forever), and aliases
/// repeat a node without copying it ("billion laughs"). So: no aliases, only plain keys, and a
/// nesting limit far above what any front matter uses (bronnen is three levels deep).
/// </summary>
internal sealed class GuardedYamlParser(IParser inner) : IParser
{
    public const int MaxDepth = 20;

    // One entry per open mapping or list: true for a mapping whose next node is a key.
    private readonly Stack<bool> _nextIsKey = new();
    private readonly Stack<bool> _isMapping = new();

    public ParsingEvent? Current => inner.Current;

    public bool MoveNext()
    {
        if (!inner.MoveNext())
        {
            return false;
        }

        switch (inner.Current)
        {
            case AnchorAlias alias:
                throw new RefusedYamlException(alias.Start, alias.End,
                    $"*{alias.Value} is een verwijzing, en die kan hier niet. Begint een tekst met *? Zet hem dan tussen aanhalingstekens.");
            case MappingStart or SequenceStart:
                if (NextNodeIsKey())
                {
                    throw new RefusedYamlException(inner.Current.Start, inner.Current.End, "een sleutel moet een woord zijn, geen lijst.");
                }

                if (_isMapping.Count >= MaxDepth)
                {
                    throw new RefusedYamlException(inner.Current.Start, inner.Current.End, "de gegevens zijn te diep in elkaar genest.");
                }

                _isMapping.Push(inner.Current is MappingStart);
                _nextIsKey.Push(inner.Current is MappingStart);
                break;
            case MappingEnd or SequenceEnd when _isMapping.Count > 0:
                _isMapping.Pop();
                _nextIsKey.Pop();
                break;
            case Scalar:
                NextNodeIsKey();
                break;
        }

        return true;
    }

    /// <summary>Whether the node that starts now is a mapping key; keys and values alternate.</summary>
    private bool NextNodeIsKey()
    {
        if (_isMapping.Count == 0 || !_isMapping.Peek())
        {
            return false;
        }

        var isKey = _nextIsKey.Pop();
        _nextIsKey.Push(!isKey);
        return isKey;
    }
}

/// <summary>A YAML construct we refuse on purpose; its message is Dutch and meant for the contributor.</summary>
internal sealed class RefusedYamlException : YamlException
{
    public RefusedYamlException(Mark start, Mark end, string dutchMessage)
        : base(start, end, dutchMessage) => DutchMessage = dutchMessage;

    public string DutchMessage { get; }
}
