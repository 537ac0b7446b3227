using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.EventEmitters;

namespace Praktijkvoorbeelden.Site.Cms;

/// <summary>
/// Serialises the configuration with YamlDotNet: strings that YAML would read as something else
/// are quoted, and multi-line text is written as a readable block.
/// </summary>
internal static class DecapYaml
{
    private static readonly ISerializer Serializer = new SerializerBuilder()
        .WithQuotingNecessaryStrings()
        .WithIndentedSequences()
        .DisableAliases()
        .WithEventEmitter(next => new MultilineAsLiteral(next))
        .Build();

    public static string Serialize(object value) => Serializer.Serialize(value);

    private sealed class MultilineAsLiteral(IEventEmitter next) : ChainedEventEmitter(next)
    {
        public override void Emit(ScalarEventInfo eventInfo, IEmitter emitter)
        {
            if (eventInfo.Source.Value is string text && text.Contains('\n', StringComparison.Ordinal))
            {
                eventInfo.Style = ScalarStyle.Literal;
            }

            base.Emit(eventInfo, emitter);
        }
    }
}
