using GoTrs.Infrastructure.Identity.Passwords;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace GoTrs.Infrastructure.UnitTests.Identity.Passwords;

public sealed class OtrsPasswordHasherPbkdf2Tests
{
    private static readonly OtrsPasswordHasher Hasher = new();

    [Test]
    public void ShouldVerify_WhenHashedPasswordIsChecked()
    {
        string stored = Hasher.Hash(ZnunyHashVectors.Utf8Password);

        stored.ShouldStartWith("PBKDF2:");
        Hasher.Verify(ZnunyHashVectors.Utf8Password, stored, ZnunyHashVectors.Login).ShouldBeTrue();
        Hasher.Verify(ZnunyHashVectors.Password, stored, ZnunyHashVectors.Login).ShouldBeFalse();
    }

    [Test]
    public void ShouldSaltEachHash_WhenSamePasswordIsHashedTwice() =>
        Hasher.Hash(ZnunyHashVectors.Password).ShouldNotBe(Hasher.Hash(ZnunyHashVectors.Password));

    [Test]
    public void ShouldNotNeedRehash_WhenHashIsCurrentFormat() =>
        Hasher.NeedsRehash(Hasher.Hash(ZnunyHashVectors.Password)).ShouldBeFalse();

    [Test]
    public void ShouldNeedRehashButStillVerify_WhenIterationCountIsBelowCurrent()
    {
        var weak = new PasswordHasher<object>(Options.Create(new PasswordHasherOptions { IterationCount = 1_000 }));
        string stored = "PBKDF2:" + weak.HashPassword(new object(), ZnunyHashVectors.Password);

        Hasher.Verify(ZnunyHashVectors.Password, stored, ZnunyHashVectors.Login).ShouldBeTrue();
        Hasher.NeedsRehash(stored).ShouldBeTrue();
    }

    [Test]
    public void ShouldNeedRehashButStillVerify_WhenHashIsIdentityV2()
    {
        var v2 = new PasswordHasher<object>(Options.Create(new PasswordHasherOptions
        {
            CompatibilityMode = PasswordHasherCompatibilityMode.IdentityV2,
        }));
        string stored = "PBKDF2:" + v2.HashPassword(new object(), ZnunyHashVectors.Password);

        Hasher.Verify(ZnunyHashVectors.Password, stored, ZnunyHashVectors.Login).ShouldBeTrue();
        Hasher.NeedsRehash(stored).ShouldBeTrue();
    }

    [Test]
    public void ShouldNotFallBackToZnunyRules_WhenHashHasPbkdf2Prefix() =>
        Hasher.Verify(ZnunyHashVectors.Password, "PBKDF2:" + ZnunyHashVectors.Sha256, ZnunyHashVectors.Login).ShouldBeFalse();

    [Test]
    public void ShouldThrow_WhenHashingEmptyPassword() =>
        Should.Throw<ArgumentException>(() => Hasher.Hash(string.Empty));
}
