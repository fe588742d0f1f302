using Pipeline.Core.Reading;
using Pipeline.Core.Reading.Text;

namespace Pipeline.Core.Tests.Reading.Text;

public sealed class MojibakeRepairerTests
{
    [Theory]
    [InlineData("CafÃ© crÃ¨me", "Café crème")]
    [InlineData("itâ€™s â€œquotedâ€\u009D â€” dash", "it’s “quoted” — dash")]
    [InlineData("ZÃ¼rich Ã¶ffnet", "Zürich öffnet")]
    [InlineData("ÐœÐ¾Ñ\u0081ÐºÐ²Ð°", "Москва")]
    public void Repair_UndoesUtf8ReadAsWindows1252(string mojibake, string expected) => Assert.Equal(expected, MojibakeRepairer.Repair(mojibake));

    [Theory]
    [InlineData("Café crème, naïve façade")]
    [InlineData("Ärger in Åre: Ã€ la carte")]
    [InlineData("Café and cafÃ© in one text")]
    [InlineData("Zażółć gęślą jaźń")]
    public void Repair_LeavesTextAloneUnlessTheRepairIsUnambiguous(string text) => Assert.Equal(text, MojibakeRepairer.Repair(text));
}
