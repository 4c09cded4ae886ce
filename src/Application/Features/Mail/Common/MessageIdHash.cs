using System.Security.Cryptography;
using System.Text;

namespace GoTrs.Application.Features.Mail.Common;

/// <summary>OTRS's <c>a_message_id_md5</c>: lower-case MD5 hex of the Message-ID with its angle brackets.</summary>
public static class MessageIdHash
{
    public static string Of(string messageId) => Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes(messageId)));
}
