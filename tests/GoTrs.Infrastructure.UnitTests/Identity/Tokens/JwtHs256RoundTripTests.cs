using System.Security.Claims;
using System.Text.Json;
using GoTrs.Infrastructure.Identity.Tokens;

namespace GoTrs.Infrastructure.UnitTests.Identity.Tokens;

public sealed class JwtHs256RoundTripTests
{
    private ManualTimeProvider _clock = null!;
    private JwtHs256 _jwt = null!;

    [SetUp]
    public void SetUp()
    {
        _clock = new ManualTimeProvider(JwtTestKit.Start);
        _jwt = JwtTestKit.Create(_clock, JwtTestKit.Current, JwtTestKit.Previous);
    }

    private static Claim[] AgentClaims() =>
    [
        new("sub", "42"),
        new("name", "Jane Agent"),
        new("role", "admin"),
        new("role", "agent"),
        new("user_id", "42", ClaimValueTypes.Integer64),
        new("zip", "01234"),
    ];

    [Test]
    public void ShouldReturnThePayloadClaims_WhenCreatedTokenIsValidated()
    {
        JwtValidationResult result = _jwt.Validate(_jwt.Create(AgentClaims()));

        result.Succeeded.ShouldBeTrue(result.FailureReason);
        ClaimsIdentity identity = result.Principal.Identities.Single();
        identity.IsAuthenticated.ShouldBeTrue();
        identity.Name.ShouldBe("Jane Agent");
        result.Principal.IsInRole("admin").ShouldBeTrue();
        result.Principal.IsInRole("agent").ShouldBeTrue();
        result.Principal.FindFirst("sub")!.Value.ShouldBe("42");
        result.Principal.FindFirst("user_id")!.ValueType.ShouldBe(ClaimValueTypes.Integer64);
        result.Principal.FindFirst("zip")!.Value.ShouldBe("01234");
        result.Principal.FindFirst("iss")!.Value.ShouldBe("gotrs");
    }

    [Test]
    public void ShouldWritePinnedHeader_WhenTokenIsCreated()
    {
        string token = _jwt.Create(AgentClaims());

        JwtTestKit.DecodePart(token, 0).ShouldBe("""{"alg":"HS256","typ":"JWT","kid":"2025-03"}""");
    }

    [Test]
    public void ShouldWriteRegisteredClaimsAndTypedValues_WhenTokenIsCreated()
    {
        using JsonDocument payload = JsonDocument.Parse(JwtTestKit.DecodePart(_jwt.Create(AgentClaims()), 1));
        JsonElement root = payload.RootElement;
        long now = JwtTestKit.Epoch(JwtTestKit.Start);

        root.GetProperty("iss").GetString().ShouldBe("gotrs");
        root.GetProperty("aud").GetString().ShouldBe("gotrs-api");
        root.GetProperty("iat").GetInt64().ShouldBe(now);
        root.GetProperty("nbf").GetInt64().ShouldBe(now);
        root.GetProperty("exp").GetInt64().ShouldBe(now + 15 * 60);
        root.GetProperty("jti").GetString().ShouldNotBeNullOrEmpty();
        root.GetProperty("role").EnumerateArray().Select(e => e.GetString()).ShouldBe(["admin", "agent"]);
        root.GetProperty("sub").ValueKind.ShouldBe(JsonValueKind.String);
        root.GetProperty("user_id").ValueKind.ShouldBe(JsonValueKind.Number);
    }

    [Test]
    public void ShouldUseFreshTokenId_WhenTwoTokensAreCreated()
    {
        string first = JwtTestKit.DecodePart(_jwt.Create(AgentClaims()), 1);
        string second = JwtTestKit.DecodePart(_jwt.Create(AgentClaims()), 1);

        first.ShouldNotBe(second);
    }

    [TestCase("exp")]
    [TestCase("iss")]
    [TestCase("aud")]
    [TestCase("jti")]
    public void ShouldThrow_WhenCallerSuppliesARegisteredClaim(string type) =>
        Should.Throw<ArgumentException>(() => _jwt.Create([new Claim(type, "x")]));

    [Test]
    public void ShouldThrow_WhenIntegerClaimIsNotAnInteger() =>
        Should.Throw<ArgumentException>(() => _jwt.Create([new Claim("n", "1.5", ClaimValueTypes.Integer64)]));

    [Test]
    public void ShouldStayValid_WhenExpiryIsWithinClockSkew()
    {
        string token = _jwt.Create(AgentClaims());
        _clock.Advance(TimeSpan.FromMinutes(15) + TimeSpan.FromSeconds(29));

        _jwt.Validate(token).Succeeded.ShouldBeTrue();
    }

    [Test]
    public void ShouldExpire_WhenLifetimePlusClockSkewHasPassed()
    {
        string token = _jwt.Create(AgentClaims());
        _clock.Advance(TimeSpan.FromMinutes(15) + TimeSpan.FromSeconds(30));

        JwtValidationResult result = _jwt.Validate(token);

        result.Succeeded.ShouldBeFalse();
        result.FailureReason.ShouldBe("token has expired");
    }

    [Test]
    public void ShouldAccept_WhenAudienceIsAnArrayContainingOurs()
    {
        string payload = JwtTestKit.ValidPayload().Replace("\"aud\":\"gotrs-api\"", "\"aud\":[\"other\",\"gotrs-api\"]", StringComparison.Ordinal);

        _jwt.Validate(JwtTestKit.Forge(payload, JwtTestKit.Current)).Succeeded.ShouldBeTrue();
    }

    [Test]
    public void ShouldUseFirstKey_WhenHeaderHasNoKid()
    {
        const string noKid = """{"alg":"HS256","typ":"JWT"}""";

        _jwt.Validate(JwtTestKit.Forge(noKid, JwtTestKit.ValidPayload(), JwtTestKit.Current.Secret)).Succeeded.ShouldBeTrue();
        _jwt.Validate(JwtTestKit.Forge(noKid, JwtTestKit.ValidPayload(), JwtTestKit.Previous.Secret)).Succeeded.ShouldBeFalse();
    }
}
