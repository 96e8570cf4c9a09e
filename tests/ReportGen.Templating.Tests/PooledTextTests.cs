using System.Text;

namespace ReportGen.Templating.Tests;

public sealed class PooledTextTests
{
    [Fact]
    public void Text_WrittenInPiecesOfEveryLength_ReadsAsAStringBuilderWouldHaveIt_AcrossItsArrays()
    {
        // Lengths around the arrays' ends: the first array is 4 096 characters, each next one twice the last up to 1 M, so
        // 3 M characters cross every length of array and several of the largest.
        var random = new Random(27);
        var pooled = new PooledText();
        var expected = new StringBuilder();
        var alphabet = "aăâbcdđeêghiklmnoôơpqrstuưvxyỳỹ ,.0123456789|\n";
        while (expected.Length < 3_000_000)
        {
            if (random.Next(4) == 0)
            {
                var c = alphabet[random.Next(alphabet.Length)];
                pooled.Append(c);
                expected.Append(c);
                continue;
            }
            var length = random.Next(3) switch { 0 => random.Next(8), 1 => random.Next(5_000), _ => random.Next(70_000) };
            var piece = new string(Enumerable.Range(0, length).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            var from = length == 0 ? 0 : random.Next(length);
            pooled.Append(piece.AsSpan(from));
            expected.Append(piece, from, length - from);
        }

        Assert.Equal(expected.Length, pooled.Length);
        Assert.Equal(expected.ToString(), pooled.ToString());
        // Read twice, the same text: reading gives nothing back.
        Assert.Equal(expected.ToString(), pooled.ToString());
    }

    [Fact]
    public void Text_Cleared_StartsEmpty_AndShowsNothingOfWhatItHeldBefore()
    {
        var pooled = new PooledText();
        pooled.Append(new string('x', PooledText.FirstChunk * 3 + 17));
        Assert.Equal(PooledText.FirstChunk * 3 + 17, pooled.Length);

        pooled.Clear();
        Assert.Equal(0, pooled.Length);
        Assert.Equal("", pooled.ToString());

        // The arrays given back are rented again (the pool hands out the ones it was given), still holding the old
        // characters: only what is written now may be read.
        pooled.Append("Ý Yên");
        pooled.Append('!');
        Assert.Equal("Ý Yên!", pooled.ToString());
        pooled.Clear();
        pooled.Append(new string('y', PooledText.FirstChunk + 1));
        Assert.Equal(new string('y', PooledText.FirstChunk + 1), pooled.ToString());
    }
}
