namespace Praktijkvoorbeelden.Search.Tests;

/// <summary>Typing errors as a visitor makes them: a letter too many, too few, wrong, or two letters swapped.</summary>
public class EditDistanceTests
{
    [Theory]
    [InlineData("pleegouders", "pleegouders", 0)]
    [InlineData("pleegoudres", "pleegouders", 1)] // two letters swapped
    [InlineData("jeugdhlp", "jeugdhulp", 1)] // a letter left out
    [InlineData("ondersteuninq", "ondersteuning", 1)] // a wrong letter
    [InlineData("wijkteamm", "wijkteam", 1)] // a letter too many
    [InlineData("cleint", "client", 1)]
    [InlineData("jeugzdorg", "jeugdzorg", 1)]
    [InlineData("pleegoudr", "pleegouders", 2)]
    public void Counts_each_typing_error_once(string typed, string meant, int edits)
    {
        Assert.Equal(edits, EditDistance.AtMost(typed, meant, 2));
        Assert.Equal(edits, EditDistance.AtMost(meant, typed, 2));
    }

    [Theory]
    [InlineData("gemeente", "ouders")]
    [InlineData("jeugd", "jeugdzorgcliënten")]
    [InlineData("abcdef", "ghijkl")]
    public void Words_further_apart_than_asked_give_one_more_than_the_limit(string a, string b)
    {
        Assert.Equal(3, EditDistance.AtMost(a, b, 2));
    }
}
