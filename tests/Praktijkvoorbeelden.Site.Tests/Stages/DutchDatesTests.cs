using Praktijkvoorbeelden.Site.Organise;

namespace Praktijkvoorbeelden.Site.Tests.Stages;

/// <summary>Dates read as Dutch ("25 november 2026"), also on a machine with invariant globalization.</summary>
public sealed class DutchDatesTests
{
    [Theory]
    [InlineData(1, "januari")]
    [InlineData(2, "februari")]
    [InlineData(3, "maart")]
    [InlineData(4, "april")]
    [InlineData(5, "mei")]
    [InlineData(6, "juni")]
    [InlineData(7, "juli")]
    [InlineData(8, "augustus")]
    [InlineData(9, "september")]
    [InlineData(10, "oktober")]
    [InlineData(11, "november")]
    [InlineData(12, "december")]
    public void Every_month_has_its_Dutch_name_in_lower_case(int month, string name) =>
        Assert.Equal($"5 {name} 2026", DutchDates.Format(new DateOnly(2026, month, 5)));

    [Fact]
    public void The_day_has_no_leading_zero_and_the_year_is_written_in_full()
    {
        Assert.Equal("1 maart 2013", DutchDates.Format(new DateOnly(2013, 3, 1)));
        Assert.Equal("25 november 2026", DutchDates.Format(new DateOnly(2026, 11, 25)));
    }

    [Fact]
    public void The_machine_date_format_is_zero_padded_iso()
    {
        Assert.Equal("2013-03-01", DutchDates.Iso(new DateOnly(2013, 3, 1)));
        Assert.Equal("2026-11-25", DutchDates.Iso(new DateOnly(2026, 11, 25)));
    }
}
