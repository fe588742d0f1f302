using Pipeline.Core.Extraction.Text;

namespace Pipeline.Core.Tests.Extraction.Text;

public sealed class ItemShapeTests
{
    [Theory]
    [InlineData("3    Anna Berg             4120        2     1")]
    [InlineData("2 slices rye bread, 1 boiled egg, 1 tsp. butter")]
    [InlineData("Containers: 1 green, 1 red")]
    [InlineData("Serves: 4 people")]
    [InlineData("lettuce, cherry tomatoes, feta and olives")]
    public void IsItem_RecognisesRowsEnumerationsAndQuantities(string text)
    {
        Assert.True(ItemShape.IsItem(text));
    }

    [Theory]
    [InlineData("Breakfast")]
    [InlineData("Eat within an hour of waking up")]
    [InlineData("Related Roundup: Laptops")]
    [InlineData("Tag: example.com")]
    [InlineData("Updated at 1:23 p.m.")]
    [InlineData("Gestern Datenraum, heute Kundenlösung")]
    [InlineData("1, 2")]
    public void IsItem_RejectsLabelsHeadlinesAndTagLines(string text)
    {
        Assert.False(ItemShape.IsItem(text));
    }
}
