using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using GoTrs.Infrastructure.Identity.Tokens;

namespace GoTrs.Infrastructure.UnitTests.Identity.Tokens;

/// <summary>Every token here is refused; each names the attack or defect it stands for.</summary>
public sealed class JwtHs256AttackTests
{
    private ManualTimeProvider _clock = null!;
    private JwtHs256 _jwt = null!;

    [SetUp]
    public void SetUp()
    {
        _clock = new ManualTimeProvider(JwtTestKit.Start);
        _jwt = JwtTestKit.Create(_clock, JwtTestKit.Current, JwtTestKit.Previous);
    }

    private void ShouldRefuse(string token, string reason)
    {
        JwtValidationResult result = Should.NotThrow(() => _jwt.Validate(token));
        result.Succeeded.ShouldBeFalse();
        result.Principal.ShouldBeNull();
        result.FailureReason.ShouldBe(reason);
    }

    private static string Valid() => JwtTestKit.Forge(JwtTestKit.ValidPayload(), JwtTestKit.Current);

    [Test]
    public void ShouldAcceptTheBaseline_WhenNothingIsTamperedWith() => _jwt.Validate(Valid()).Succeeded.ShouldBeTrue();

    [Test]
    public void ShouldRefuse_WhenAlgIsNoneWithoutSignature() =>
        ShouldRefuse(JwtTestKit.Encode("""{"alg":"none","typ":"JWT"}""") + "." + JwtTestKit.Encode(JwtTestKit.ValidPayload()) + ".",
            "unsupported algorithm");

    [Test]
    public void ShouldRefuse_WhenAlgIsNoneWithValidHmac() =>
        ShouldRefuse(JwtTestKit.Forge("""{"alg":"none","kid":"2025-03"}""", JwtTestKit.ValidPayload(), JwtTestKit.Current.Secret),
            "unsupported algorithm");

    [TestCase("""{"alg":"HS512","typ":"JWT","kid":"2025-03"}""")]
    [TestCase("""{"alg":"RS256","typ":"JWT","kid":"2025-03"}""")]
    [TestCase("""{"alg":"hs256","typ":"JWT","kid":"2025-03"}""")]
    [TestCase("""{"alg":["HS256"],"kid":"2025-03"}""")]
    [TestCase("""{"alg":null,"kid":"2025-03"}""")]
    [TestCase("""{"typ":"JWT","kid":"2025-03"}""")]
    public void ShouldRefuse_WhenAlgIsNotExactlyHs256(string header) =>
        ShouldRefuse(JwtTestKit.Forge(header, JwtTestKit.ValidPayload(), JwtTestKit.Current.Secret), "unsupported algorithm");

    [Test]
    public void ShouldRefuse_WhenTokenIsReallySignedWithHs512()
    {
        string input = JwtTestKit.Encode("""{"alg":"HS512","kid":"2025-03"}""") + "." + JwtTestKit.Encode(JwtTestKit.ValidPayload());
        string signature = Base64Url.EncodeToString(HMACSHA512.HashData(JwtTestKit.Current.Secret, Encoding.ASCII.GetBytes(input)));

        ShouldRefuse(input + "." + signature, "unsupported algorithm");
    }

    [Test]
    public void ShouldRefuse_WhenAlgHeaderIsDuplicated() =>
        ShouldRefuse(JwtTestKit.Forge("""{"alg":"HS256","alg":"none","kid":"2025-03"}""", JwtTestKit.ValidPayload(), JwtTestKit.Current.Secret),
            "header is not a JSON object");

    [Test]
    public void ShouldRefuse_WhenHeaderDemandsCriticalExtension() =>
        ShouldRefuse(JwtTestKit.Forge("""{"alg":"HS256","kid":"2025-03","crit":["b64"],"b64":false}""", JwtTestKit.ValidPayload(), JwtTestKit.Current.Secret),
            "unsupported critical header");

    [Test]
    public void ShouldRefuse_WhenTypIsNotJwt() =>
        ShouldRefuse(JwtTestKit.Forge("""{"alg":"HS256","typ":"at+jwt-refresh","kid":"2025-03"}""", JwtTestKit.ValidPayload(), JwtTestKit.Current.Secret),
            "unsupported token type");

    [Test]
    public void ShouldRefuse_WhenSignatureIsWrong()
    {
        string token = Valid();
        int start = token.LastIndexOf('.') + 1;
        string flipped = token[..start] + (token[start] == 'A' ? 'B' : 'A') + token[(start + 1)..];

        ShouldRefuse(flipped, "invalid signature");
    }

    [Test]
    public void ShouldRefuse_WhenSignatureIsStripped() => ShouldRefuse(Valid()[..(Valid().LastIndexOf('.') + 1)], "invalid signature");

    [Test]
    public void ShouldRefuse_WhenSignedWithAnotherKeyUnderOurKid() =>
        ShouldRefuse(JwtTestKit.Forge(JwtTestKit.ValidPayload(), JwtTestKit.Impostor), "invalid signature");

    [Test]
    public void ShouldRefuse_WhenKidIsUnknown() =>
        ShouldRefuse(JwtTestKit.Forge(JwtTestKit.ValidPayload(), JwtTestKit.Key("2024-01", "forgotten-key-0123456789abcdefghij")),
            "unknown signing key");

    [Test]
    public void ShouldRefuse_WhenKidIsNotAString() =>
        ShouldRefuse(JwtTestKit.Forge("""{"alg":"HS256","kid":7}""", JwtTestKit.ValidPayload(), JwtTestKit.Current.Secret), "unknown signing key");

    [Test]
    public void ShouldRefuseWithoutThrowing_WhenKidIsALoneSurrogate() =>
        ShouldRefuse(JwtTestKit.Forge("""{"alg":"HS256","kid":"\ud800"}""", JwtTestKit.ValidPayload(), JwtTestKit.Current.Secret),
            "unknown signing key");

    [Test]
    public void ShouldRefuse_WhenPayloadIsTamperedAndOldSignatureKept()
    {
        string[] parts = Valid().Split('.');
        string tampered = parts[0] + "." + JwtTestKit.Encode(JwtTestKit.ValidPayload(sub: "admin")) + "." + parts[2];

        ShouldRefuse(tampered, "invalid signature");
    }

    [Test]
    public void ShouldRefuse_WhenTokenIsExpired()
    {
        string token = Valid();
        _clock.Advance(TimeSpan.FromHours(1));

        ShouldRefuse(token, "token has expired");
    }

    [Test]
    public void ShouldRefuse_WhenNotBeforeIsInTheFuture()
    {
        long nbf = JwtTestKit.Epoch(JwtTestKit.Start.AddMinutes(5));
        string payload = $$"""{"sub":"x","iss":"gotrs","aud":"gotrs-api","nbf":{{nbf}},"exp":{{nbf + 600}}}""";

        ShouldRefuse(JwtTestKit.Forge(payload, JwtTestKit.Current), "token is not valid yet");
    }

    [Test]
    public void ShouldRefuse_WhenExpIsMissing() =>
        ShouldRefuse(JwtTestKit.Forge("""{"sub":"x","iss":"gotrs","aud":"gotrs-api"}""", JwtTestKit.Current), "token has no expiry");

    [Test]
    public void ShouldRefuse_WhenExpIsAString()
    {
        string payload = $$"""{"sub":"x","iss":"gotrs","aud":"gotrs-api","exp":"{{JwtTestKit.Epoch(JwtTestKit.Start) + 600}}"}""";

        ShouldRefuse(JwtTestKit.Forge(payload, JwtTestKit.Current), "exp is not a number");
    }

    [TestCase("\"iss\":\"gotrs\"", "\"iss\":\"evil\"")]
    [TestCase("\"iss\":\"gotrs\"", "\"iss\":\"GOTRS\"")]
    [TestCase("\"iss\":\"gotrs\"", "\"iss\":[\"gotrs\"]")]
    [TestCase("\"iss\":\"gotrs\",", "")]
    public void ShouldRefuse_WhenIssuerIsWrong(string from, string to) =>
        ShouldRefuse(JwtTestKit.Forge(JwtTestKit.ValidPayload().Replace(from, to, StringComparison.Ordinal), JwtTestKit.Current), "wrong issuer");

    [TestCase("\"aud\":\"other-api\"")]
    [TestCase("\"aud\":[\"other-api\"]")]
    [TestCase("\"aud\":[]")]
    [TestCase("\"aud\":null")]
    public void ShouldRefuse_WhenAudienceIsWrong(string audience) =>
        ShouldRefuse(
            JwtTestKit.Forge(JwtTestKit.ValidPayload().Replace("\"aud\":\"gotrs-api\"", audience, StringComparison.Ordinal), JwtTestKit.Current),
            "wrong audience");

    [Test]
    public void ShouldRefuse_WhenTokenIsLongerThanTheLimit()
    {
        string token = JwtTestKit.Forge(JwtTestKit.ValidPayload(sub: new string('a', 8192)), JwtTestKit.Current);

        ShouldRefuse(token, "token is too long");
    }

    [TestCase("")]
    [TestCase("abc")]
    [TestCase("abc.def")]
    [TestCase("a.b.c.d")]
    [TestCase("...")]
    public void ShouldRefuse_WhenTokenHasNotThreeParts(string token) =>
        ShouldRefuse(token, token.Length == 0 ? "token is empty" : "token is not a compact JWS");

    [Test]
    public void ShouldRefuse_WhenAllThreePartsAreEmpty() => ShouldRefuse("..", "header is not a JSON object");

    [TestCase("=")]
    [TestCase(" ")]
    [TestCase("\n")]
    [TestCase("+")]
    [TestCase("/")]
    public void ShouldRefuse_WhenSignaturePartIsNotStrictBase64Url(string extra) =>
        ShouldRefuse(Valid() + extra, "token is not a compact JWS");

    [Test]
    public void ShouldRefuse_WhenPartUsesNonCanonicalBase64Url()
    {
        // A 32-byte signature is 43 characters; the last carries 2 unused bits, so its 6-bit value is a multiple of 4
        // and the next character (same letter/digit range) decodes to the same bytes: a second, non-canonical spelling.
        string token = Valid();
        char canonical = token[^1];
        "AEIMQUYcgkosw048".ShouldContain(canonical);
        string sloppy = token[..^1] + (char)(canonical + 1);

        ShouldRefuse(sloppy, "token is not a compact JWS");
    }

    [Test]
    public void ShouldRefuse_WhenHeaderIsPaddedStandardBase64()
    {
        string[] parts = Valid().Split('.');
        string padded = Convert.ToBase64String(Base64Url.DecodeFromChars(parts[0]));

        ShouldRefuse(padded + "." + parts[1] + "." + parts[2], "token is not a compact JWS");
    }

    [Test]
    public void ShouldRefuse_WhenPayloadIsNotJson() =>
        ShouldRefuse(JwtTestKit.Forge("not json at all", JwtTestKit.Current), "payload is not JSON");

    [Test]
    public void ShouldRefuse_WhenPayloadIsAJsonArray() =>
        ShouldRefuse(JwtTestKit.Forge("[1,2,3]", JwtTestKit.Current), "payload is not a JSON object");

    [Test]
    public void ShouldRefuse_WhenPayloadHasDuplicateClaims() =>
        ShouldRefuse(JwtTestKit.Forge(JwtTestKit.ValidPayload().Replace("{", "{\"exp\":1,", StringComparison.Ordinal), JwtTestKit.Current),
            "payload is not JSON");

    [Test]
    public void ShouldRefuse_WhenHeaderIsNotJson() =>
        ShouldRefuse(JwtTestKit.Forge("HS256", JwtTestKit.ValidPayload(), JwtTestKit.Current.Secret), "header is not a JSON object");

    [Test]
    public void ShouldRefuseWithoutThrowing_WhenSignedClaimIsALoneSurrogate() =>
        ShouldRefuse(JwtTestKit.Forge(JwtTestKit.ValidPayload(sub: "\\ud800"), JwtTestKit.Current), "payload has an unreadable claim");

    [Test]
    public void ShouldRefuse_WhenPayloadIsNestedTooDeeply()
    {
        string deep = JwtTestKit.ValidPayload().Replace("{", "{\"x\":" + new string('[', 64) + new string(']', 64) + ",", StringComparison.Ordinal);

        ShouldRefuse(JwtTestKit.Forge(deep, JwtTestKit.Current), "payload is not JSON");
    }
}
