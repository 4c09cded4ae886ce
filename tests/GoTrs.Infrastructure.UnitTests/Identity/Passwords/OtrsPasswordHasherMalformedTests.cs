using System.Security.Cryptography;
using System.Text;
using GoTrs.Infrastructure.Identity.Passwords;

namespace GoTrs.Infrastructure.UnitTests.Identity.Passwords;

public sealed class OtrsPasswordHasherMalformedTests
{
    private static readonly OtrsPasswordHasher Hasher = new();

    [TestCase("")]
    [TestCase("BCRYPT:")]
    [TestCase("BCRYPT::Zr8qLm2VxT4pNw7K:2F6l6oVcPFRkoXjyM0llmnPwB8q9MKy")]
    [TestCase("BCRYPT:x:Zr8qLm2VxT4pNw7K:2F6l6oVcPFRkoXjyM0llmnPwB8q9MKy")]
    [TestCase("BCRYPT:-4:Zr8qLm2VxT4pNw7K:2F6l6oVcPFRkoXjyM0llmnPwB8q9MKy")]
    [TestCase("BCRYPT:3:Zr8qLm2VxT4pNw7K:2F6l6oVcPFRkoXjyM0llmnPwB8q9MKy")]
    [TestCase("BCRYPT:32:Zr8qLm2VxT4pNw7K:2F6l6oVcPFRkoXjyM0llmnPwB8q9MKy")]
    [TestCase("BCRYPT:99999999999999999999:Zr8qLm2VxT4pNw7K:x")]
    [TestCase("BCRYPT:4:short:2F6l6oVcPFRkoXjyM0llmnPwB8q9MKy")]
    [TestCase("BCRYPT:4:Zr8qLm2VxT4pNw7K")]
    [TestCase("BCRYPT:4:Zr8qLm2VxT4pNw7KX2F6l6oVcPFRkoXjyM0llmnPwB8q9MKy")]
    [TestCase("BCRYPT:4:Zr8qLm2VxT4pNw7\u20ac:2F6l6oVcPFRkoXjyM0llmnPwB8q9MKy")]
    [TestCase("BCRYPT:4:Zr8qLm2VxT4pNw7K:")]
    [TestCase("$")]
    [TestCase("$$")]
    [TestCase("$$$")]
    [TestCase("$1$")]
    [TestCase("$1$$")]
    [TestCase("$1$salt")]
    [TestCase("$apr1$a.b@exam$")]
    [TestCase("$2y$10$abcdefghijklmnopqrstuuPp7HPfoAs8I2dCQCQ/fW7zEJv8I8C8e")]
    [TestCase("@@@@@@@@@@@@@")]
    [TestCase("$1$abcdefghi")]
    [TestCase("*0")]
    [TestCase("\0")]
    [TestCase("PBKDF2:")]
    [TestCase("PBKDF2:!!!not base64!!!")]
    [TestCase("PBKDF2:AAAA")]
    [TestCase("PBKDF2:AQAAAAIAAYagAAAAEA==")]
    [TestCase("\ud800\udc00\ud800")]
    public void ShouldReturnFalseWithoutThrowing_WhenStoredHashIsMalformed(string stored)
    {
        Should.NotThrow(() => Hasher.Verify(ZnunyHashVectors.Password, stored, ZnunyHashVectors.Login)).ShouldBeFalse();
        Should.NotThrow(() => Hasher.Verify(ZnunyHashVectors.Password, stored, string.Empty)).ShouldBeFalse();
        Should.NotThrow(() => Hasher.NeedsRehash(stored)).ShouldBeTrue();
    }

    [TestCase(ZnunyHashVectors.Sha256)]
    [TestCase(ZnunyHashVectors.Bcrypt4)]
    [TestCase(ZnunyHashVectors.Des)]
    public void ShouldReturnFalse_WhenPasswordIsEmpty(string stored) =>
        Hasher.Verify(string.Empty, stored, ZnunyHashVectors.Login).ShouldBeFalse();

    [Test]
    public void ShouldReturnFalse_WhenArgumentsAreNull()
    {
        Hasher.Verify(null!, ZnunyHashVectors.Sha256, ZnunyHashVectors.Login).ShouldBeFalse();
        Hasher.Verify(ZnunyHashVectors.Password, null!, ZnunyHashVectors.Login).ShouldBeFalse();
        Hasher.Verify(ZnunyHashVectors.Password, ZnunyHashVectors.Sha256, null!).ShouldBeTrue();
        Hasher.Verify(ZnunyHashVectors.Password, ZnunyHashVectors.CryptWithLogin, null!).ShouldBeFalse();
        Hasher.NeedsRehash(null!).ShouldBeTrue();
    }

    [Test]
    public void ShouldReturnFalse_WhenLoginIsNotAValidCryptSalt() =>
        Hasher.Verify(ZnunyHashVectors.Password, ZnunyHashVectors.CryptWithLogin, "@b.example.com").ShouldBeFalse();

    [Test]
    public void ShouldRefuseOnlyAboveTheCap_WhenPasswordIsVeryLong()
    {
        // The hash is computed with the framework here: this test is about the length cap, not about SHA-256.
        string atCap = new('p', OtrsPasswordHasher.MaxPasswordLength);
        string overCap = atCap + "p";

        Hasher.Verify(atCap, Sha256Hex(atCap), ZnunyHashVectors.Login).ShouldBeTrue();
        Hasher.Verify(overCap, Sha256Hex(overCap), ZnunyHashVectors.Login).ShouldBeFalse();
        Should.Throw<ArgumentOutOfRangeException>(() => Hasher.Hash(overCap));
    }

    private static string Sha256Hex(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
