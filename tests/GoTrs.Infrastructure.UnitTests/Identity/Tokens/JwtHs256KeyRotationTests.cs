using GoTrs.Infrastructure.Identity.Tokens;
using Microsoft.Extensions.Configuration;

namespace GoTrs.Infrastructure.UnitTests.Identity.Tokens;

public sealed class JwtHs256KeyRotationTests
{
    private readonly ManualTimeProvider _clock = new(JwtTestKit.Start);

    [Test]
    public void ShouldValidateOldToken_WhenItsKeyIsStillConfiguredAfterANewOne()
    {
        string oldToken = JwtTestKit.Create(_clock, JwtTestKit.Previous).Create([new("sub", "7")]);

        JwtHs256 rotated = JwtTestKit.Create(_clock, JwtTestKit.Current, JwtTestKit.Previous);

        rotated.Validate(oldToken).Succeeded.ShouldBeTrue();
        JwtTestKit.DecodePart(rotated.Create([new("sub", "7")]), 0).ShouldContain("\"kid\":\"2025-03\"");
    }

    [Test]
    public void ShouldRefuseOldToken_WhenItsKeyHasBeenRemoved()
    {
        string oldToken = JwtTestKit.Create(_clock, JwtTestKit.Previous).Create([new("sub", "7")]);

        JwtValidationResult result = JwtTestKit.Create(_clock, JwtTestKit.Current).Validate(oldToken);

        result.Succeeded.ShouldBeFalse();
        result.FailureReason.ShouldBe("unknown signing key");
    }

    [Test]
    public void ShouldNotBeAffected_WhenBoundOptionsAreChangedAfterConstruction()
    {
        var options = new JwtOptions { Keys = [JwtTestKit.Key("k", "a-secret-of-at-least-32-bytes-long!!")] };
        JwtHs256 jwt = JwtTestKit.Create(_clock, options);
        string token = jwt.Create([new("sub", "7")]);

        options.Keys[0].Secret[0] ^= 0xFF;

        jwt.Validate(token).Succeeded.ShouldBeTrue();
    }

    [Test]
    public void ShouldThrow_WhenNoKeyIsConfigured() =>
        Should.Throw<InvalidOperationException>(() => JwtTestKit.Create(_clock));

    [Test]
    public void ShouldThrow_WhenSecretIsShorterThan32Bytes() =>
        Should.Throw<InvalidOperationException>(() => JwtTestKit.Create(_clock, JwtTestKit.Key("short", new string('s', 31))));

    [Test]
    public void ShouldThrow_WhenKeyIdsRepeat() =>
        Should.Throw<InvalidOperationException>(() => JwtTestKit.Create(_clock, JwtTestKit.Current, JwtTestKit.Impostor));

    [Test]
    public void ShouldBindKeysFromConfiguration_WhenSecretIsBase64()
    {
        IConfiguration configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Jwt:Issuer"] = "https://desk.example.com",
                ["Jwt:AccessTokenLifetime"] = "00:05:00",
                ["Jwt:Keys:0:KeyId"] = "2025-03",
                ["Jwt:Keys:0:Secret"] = Convert.ToBase64String(JwtTestKit.Current.Secret),
            })
            .Build();

        JwtOptions options = configuration.GetSection(JwtOptions.SectionName).Get<JwtOptions>()!;

        options.Issuer.ShouldBe("https://desk.example.com");
        options.Audience.ShouldBe("gotrs-api");
        options.AccessTokenLifetime.ShouldBe(TimeSpan.FromMinutes(5));
        options.Keys.Single().Secret.ShouldBe(JwtTestKit.Current.Secret);
        JwtTestKit.Create(_clock, options).Validate(JwtTestKit.Create(_clock, JwtTestKit.Current).Create([new("sub", "1")]))
            .Succeeded.ShouldBeFalse("issuer differs, so the token made with default options must not pass");
    }
}
