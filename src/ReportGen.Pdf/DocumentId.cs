namespace ReportGen.Pdf;

/// <summary>
/// The document's identifier: the first 16 bytes of SHA-256 over the whole file as it stands with zero
/// placeholders in place of the identifiers, marked as an RFC 9562 version 8 (custom) UUID. The same content
/// gives the same identifier on every build; any change of content, metadata or dates gives another.
/// </summary>
internal static class DocumentId
{
    /// <summary>16 zero bytes as the trailer writes them; stands for the /ID until the content hash is known.</summary>
    public static readonly string HexPlaceholder = new('0', 32);

    public static byte[] FromHash(ReadOnlySpan<byte> sha256)
    {
        var id = sha256[..16].ToArray();
        id[6] = (byte)((id[6] & 0x0F) | 0x80);
        id[8] = (byte)((id[8] & 0x3F) | 0x80);
        return id;
    }

    /// <summary>As XMP writes it: uuid:xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx, lower case.</summary>
    public static string Uuid(byte[] id)
    {
        var hex = Convert.ToHexStringLower(id);
        return $"uuid:{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..]}";
    }
}
