using System.Buffers.Text;
using GoTrs.Infrastructure.Identity.Tokens;

namespace GoTrs.Infrastructure.UnitTests.Identity.Tokens;

public sealed class JwtHs256Rfc7515Tests
{
    // RFC 7515 Appendix A.1 ("Example JWS Using HMAC SHA-256"), verbatim. The header and payload contain CRLFs, so they are
    // taken pre-encoded. Cross-checked with:
    //   printf %s '<header>.<payload>' | openssl dgst -sha256 -mac HMAC -macopt hexkey:0323354b...d080a3 -binary | basenc --base64url
    // which prints dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk (plus the '=' padding basenc adds).
    private const string JwkK = "AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow";
    private const string Header = "eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9";
    private const string Payload = "eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ";
    private const string Signature = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
    private const string Token = Header + "." + Payload + "." + Signature;

    private static readonly byte[] Key = Base64Url.DecodeFromChars(JwkK);

    [Test]
    public void ShouldAcceptSignature_WhenTokenIsTheRfc7515AppendixA1Example() =>
        JwtHs256.HasValidSignature(Token, Key).ShouldBeTrue();

    [Test]
    public void ShouldDecodeTheRfcKey_WhenJwkValueIsRead() =>
        Convert.ToHexStringLower(Key).ShouldBe(
            "0323354b2b0fa5bc837e0665777ba68f5ab328e6f054c928a90f84b2d2502ebfd3fb5a92d20647ef968ab4c377623d223d2e2172052e4f08c0cd9af567d080a3");

    [Test]
    public void ShouldRejectSignature_WhenKeyDiffersInOneByte()
    {
        byte[] otherKey = (byte[])Key.Clone();
        otherKey[0] ^= 1;

        JwtHs256.HasValidSignature(Token, otherKey).ShouldBeFalse();
    }

    [Test]
    public void ShouldRejectSignature_WhenPayloadIsReplaced() =>
        JwtHs256.HasValidSignature(Header + "." + JwtTestKit.Encode("""{"iss":"joe","exp":1300819380}""") + "." + Signature, Key)
            .ShouldBeFalse();

    [TestCase("")]
    [TestCase(Header + "." + Payload)]
    [TestCase(Header + "." + Payload + ".")]
    [TestCase(Header + "." + Payload + "." + Signature + "=")]
    [TestCase(Header + "." + Payload + "." + Signature + ".x")]
    public void ShouldRejectSignature_WhenTokenIsNotCompactJws(string token) =>
        JwtHs256.HasValidSignature(token, Key).ShouldBeFalse();
}
