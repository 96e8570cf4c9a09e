using System.IO.Compression;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace ReportGen.Tests.PdfChecks;

/// <summary>Reading PDF objects through PdfPig's low-level tokens: references followed, streams decoded by us.</summary>
public sealed class PdfObjects(PdfDocument document)
{
    public PdfDocument Document { get; } = document;

    public IToken? Resolve(IToken? token)
    {
        for (var guard = 0; token is IndirectReferenceToken reference && guard < 32; guard++)
        {
            token = Document.Structure.GetObject(reference.Data)?.Data;
        }
        return token;
    }

    public IToken? Get(DictionaryToken? dictionary, string key) =>
        dictionary is not null && dictionary.Data.TryGetValue(key, out var value) ? Resolve(value) : null;

    public DictionaryToken? Dictionary(DictionaryToken? dictionary, string key) => Get(dictionary, key) switch
    {
        DictionaryToken d => d,
        StreamToken s => s.StreamDictionary,
        _ => null,
    };

    public ArrayToken? Array(DictionaryToken? dictionary, string key) => Get(dictionary, key) as ArrayToken;

    public static string? Name(IToken? token) => (token as NameToken)?.Data;

    public string? Name(DictionaryToken? dictionary, string key) => Name(Get(dictionary, key));

    public int? Int(DictionaryToken? dictionary, string key) => (Get(dictionary, key) as NumericToken)?.Int;

    public static string? Text(IToken? token) => token switch
    {
        StringToken s => s.Data,
        HexToken h => h.Data,
        _ => null,
    };

    public string? Text(DictionaryToken? dictionary, string key) => Text(Get(dictionary, key));

    /// <summary>A stream's bytes, decoded when it is Flate-compressed; null for a filter we do not read.</summary>
    public static byte[]? Decode(StreamToken stream)
    {
        var raw = stream.Data.ToArray();
        var filter = stream.StreamDictionary.Data.TryGetValue("Filter", out var f) ? f : null;
        var name = filter switch
        {
            NameToken n => n.Data,
            ArrayToken { Data.Count: 1 } a => Name(a.Data[0]),
            ArrayToken { Data.Count: 0 } => null,
            null => null,
            _ => "?",
        };
        if (name is null)
        {
            return raw;
        }
        if (name != "FlateDecode")
        {
            return null;
        }
        using var input = new ZLibStream(new MemoryStream(raw), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }

    /// <summary>The entries of a number tree (the ParentTree), flattened.</summary>
    public Dictionary<int, IToken> NumberTree(DictionaryToken? node)
    {
        var result = new Dictionary<int, IToken>();
        void Walk(DictionaryToken? n, int depth)
        {
            if (n is null || depth > 32)
            {
                return;
            }
            if (Array(n, "Nums") is { } nums)
            {
                for (var i = 0; i + 1 < nums.Data.Count; i += 2)
                {
                    if (Resolve(nums.Data[i]) is NumericToken key)
                    {
                        result[key.Int] = nums.Data[i + 1];
                    }
                }
            }
            foreach (var kid in Array(n, "Kids")?.Data ?? [])
            {
                Walk(Resolve(kid) as DictionaryToken, depth + 1);
            }
        }
        Walk(node, 0);
        return result;
    }

    /// <summary>The identity of an object reached through a reference, to tell structure elements apart.</summary>
    public static string? Id(IToken? token) => token is IndirectReferenceToken r ? $"{r.Data.ObjectNumber} {r.Data.Generation} R" : null;
}
