namespace GoTrs.Infrastructure.Mail.Mime;

/// <summary>Undoes the Content-Transfer-Encoding of a part's body.</summary>
internal static class TransferDecoder
{
    public static string Normalize(string? declared)
    {
        if (string.IsNullOrWhiteSpace(declared))
        {
            return "7bit";
        }

        return StructuredText.RemoveComments(declared).Trim().Trim('"').Trim().ToLowerInvariant();
    }

    public static ReadOnlyMemory<byte> Decode(ReadOnlyMemory<byte> body, string encoding, ProblemLog problems)
    {
        switch (encoding)
        {
            case "base64":
                return Base64Decoder.Decode(body.Span);
            case "quoted-printable":
                return QuotedPrintableDecoder.Decode(body.Span);
            case "7bit" or "8bit" or "binary":
                return body;
            case "x-uuencode" or "uuencode" or "x-uue":
                return UuDecoder.Decode(body.Span);
            default:
                problems.Add($"unknown transfer encoding {encoding}, content kept as is");
                return body;
        }
    }
}
