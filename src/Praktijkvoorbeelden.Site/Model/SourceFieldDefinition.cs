namespace Praktijkvoorbeelden.Site.Model;

/// <summary>One key inside an item of <c>bronnen</c>.</summary>
public sealed record SourceFieldDefinition(string Key, FieldType Type, bool Required, string Description, string Example);
