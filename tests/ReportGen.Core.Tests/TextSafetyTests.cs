using ReportGen.Core.Security;

namespace ReportGen.Core.Tests;

/// <summary>The fast search for refused characters finds exactly the characters <see cref="TextSafety.IsRefused"/> refuses.</summary>
public sealed class TextSafetyTests
{
    [Fact]
    public void HasRefused_AgreesWithIsRefused_ForEveryCharacter()
    {
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var character = (char)c;
            Assert.True(TextSafety.HasRefused($"ab{character}cd") == TextSafety.IsRefused(character), $"U+{c:X4}");
        }
    }

    [Fact]
    public void Remove_DropsOnlyRefusedCharacters_AndReturnsCleanTextAsItIs()
    {
        const string clean = "Hội nghị\ttổng kết\r\nnăm 2025";
        Assert.Same(clean, TextSafety.Remove(clean));
        Assert.Equal("ab\tcd\nef", TextSafety.Remove("a\u0007b\tc\u202Ed\n\u0085ef\u2069"));
    }

    [Fact]
    public void Refused_GivesLineAndColumn_AndNothingForCleanText()
    {
        Assert.Empty(TextSafety.Refused("không có gì\nlạ"));
        Assert.Equal([(2, 3, '\u202E')], TextSafety.Refused("ab\ncd\u202Eef"));
    }
}
