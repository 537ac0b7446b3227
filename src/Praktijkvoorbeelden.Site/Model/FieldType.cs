namespace Praktijkvoorbeelden.Site.Model;

/// <summary>How a front-matter value is written and checked.</summary>
public enum FieldType
{
    /// <summary>One line of text.</summary>
    Text,

    /// <summary>Several lines of text (a YAML block scalar is fine).</summary>
    LongText,

    /// <summary>A whole number.</summary>
    Number,

    /// <summary>A year such as 2016.</summary>
    Year,

    /// <summary>A date as JJJJ-MM-DD.</summary>
    Date,

    /// <summary>One value from a vocabulary in input/_data.</summary>
    Choice,

    /// <summary>A list of values from a vocabulary (or of theme slugs).</summary>
    ChoiceList,

    /// <summary>A list of free texts, such as official municipality names.</summary>
    TextList,

    /// <summary>A list of old site paths that must redirect here.</summary>
    PathList,

    /// <summary>A list of slugs of voorbeelden, in a chosen order.</summary>
    SlugList,

    /// <summary>The list of sources, each with titel, organisatie, url and datum.</summary>
    Sources,
}
