using ReportGen.Core.Loading;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace ReportGen.Core.Tests;

public sealed class YamlMessagesTests
{
    public sealed class Settings
    {
        public int Size { get; set; }
    }

    [Fact]
    public void UnknownKey_IsReadFromYamlDotNetsOwnMessage()
    {
        var error = Assert.ThrowsAny<YamlException>(() => new DeserializerBuilder().Build().Deserialize<Settings>("Size: 1\nkích_cỡ: 2\n"));
        Assert.Equal("kích_cỡ", YamlMessages.UnknownKey(error.Message));
    }

    [Theory]
    [InlineData("Exception during deserialization")]
    [InlineData("Property 'size' is read-only")]
    [InlineData("Property 'size")]
    [InlineData("")]
    public void UnknownKey_IsNull_ForAnyOtherMessage(string message) => Assert.Null(YamlMessages.UnknownKey(message));
}
