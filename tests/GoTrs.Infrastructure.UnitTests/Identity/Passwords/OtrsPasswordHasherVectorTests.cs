using GoTrs.Infrastructure.Identity.Passwords;

namespace GoTrs.Infrastructure.UnitTests.Identity.Passwords;

public sealed class OtrsPasswordHasherVectorTests
{
    private static readonly OtrsPasswordHasher Hasher = new();

    private static IEnumerable<TestCaseData> Vectors()
    {
        yield return Case("DES", "root", ZnunyHashVectors.Des, "root@localhost");
        yield return Case("MD5-crypt", ZnunyHashVectors.Password, ZnunyHashVectors.Md5Crypt);
        yield return Case("MD5-crypt UTF-8", ZnunyHashVectors.Utf8Password, ZnunyHashVectors.Md5CryptUtf8);
        yield return Case("APR1", ZnunyHashVectors.Password, ZnunyHashVectors.Apr1);
        yield return Case("MD5-crypt long password", ZnunyHashVectors.LongPassword, ZnunyHashVectors.Md5CryptShortSalt, ZnunyHashVectors.ShortSaltLogin);
        yield return Case("APR1 long password", ZnunyHashVectors.LongPassword, ZnunyHashVectors.Apr1ShortSalt, ZnunyHashVectors.ShortSaltLogin);
        yield return Case("SHA-1", ZnunyHashVectors.Password, ZnunyHashVectors.Sha1);
        yield return Case("SHA-256", ZnunyHashVectors.Password, ZnunyHashVectors.Sha256);
        yield return Case("SHA-512", ZnunyHashVectors.Password, ZnunyHashVectors.Sha512);
        yield return Case("BCRYPT cost 4", ZnunyHashVectors.Password, ZnunyHashVectors.Bcrypt4);
        yield return Case("BCRYPT cost 05", ZnunyHashVectors.Password, ZnunyHashVectors.Bcrypt05);
        yield return Case("BCRYPT UTF-8", ZnunyHashVectors.Utf8Password, ZnunyHashVectors.Bcrypt4Utf8);
        yield return Case("BCRYPT 100 bytes", new string('x', 100), ZnunyHashVectors.Bcrypt4X100);
        yield return Case("BCRYPT 72 bytes", new string('x', 72), ZnunyHashVectors.Bcrypt4X100);
        yield return Case("BCRYPT 600 bytes", new string('y', 600), ZnunyHashVectors.Bcrypt4Y600);
        yield return Case("crypt(pw, login)", ZnunyHashVectors.Password, ZnunyHashVectors.CryptWithLogin);
    }

    private static TestCaseData Case(string name, string password, string stored, string login = ZnunyHashVectors.Login) =>
        new TestCaseData(password, stored, login).SetArgDisplayNames(name);

    [TestCaseSource(nameof(Vectors))]
    public void ShouldVerify_WhenPasswordMatchesKnownVector(string password, string stored, string login) =>
        Hasher.Verify(password, stored, login).ShouldBeTrue();

    [TestCaseSource(nameof(Vectors))]
    public void ShouldReject_WhenPasswordIsWrong(string password, string stored, string login)
    {
        // Prefixed, not appended: bcrypt ignores key bytes beyond the 72nd, as Znuny does.
        Hasher.Verify("!" + password, stored, login).ShouldBeFalse();
        Hasher.Verify("wrong", stored, login).ShouldBeFalse();
    }

    [TestCaseSource(nameof(Vectors))]
    public void ShouldNeedRehash_WhenHashIsLegacy(string password, string stored, string login) =>
        Hasher.NeedsRehash(stored).ShouldBeTrue();

    [Test]
    public void ShouldVerifyMd5CryptRegardlessOfLogin_WhenSaltIsInTheHash() =>
        Hasher.Verify(ZnunyHashVectors.Password, ZnunyHashVectors.Md5Crypt, "someone.else@example.org").ShouldBeTrue();

    [Test]
    public void ShouldReject_WhenFallbackCryptUsesAnotherLogin() =>
        Hasher.Verify(ZnunyHashVectors.Password, ZnunyHashVectors.CryptWithLogin, "z.b@example.com").ShouldBeFalse();

    [TestCase(ZnunyHashVectors.Sha1)]
    [TestCase(ZnunyHashVectors.Sha256)]
    [TestCase(ZnunyHashVectors.Sha512)]
    public void ShouldReject_WhenHexHashIsUpperCase(string lowerCase) =>
        Hasher.Verify(ZnunyHashVectors.Password, lowerCase.ToUpperInvariant(), ZnunyHashVectors.Login).ShouldBeFalse();

    [Test]
    public void ShouldReject_WhenModularCryptMagicIsNotMd5()
    {
        // Znuny computes every $x$y$z hash other than $apr1$ as $1$, so a different magic never matches.
        string sameHashOtherMagic = "$5$" + ZnunyHashVectors.Md5Crypt[3..];

        Hasher.Verify(ZnunyHashVectors.Password, sameHashOtherMagic, ZnunyHashVectors.Login).ShouldBeFalse();
    }

    [Test]
    public void ShouldReject_WhenBcryptPasswordHasEmbeddedNulAfterTheRealOne() =>
        Hasher.Verify(ZnunyHashVectors.Password + "\0zzz", ZnunyHashVectors.Bcrypt4, ZnunyHashVectors.Login).ShouldBeFalse();

    [Test]
    public void ShouldReject_WhenDesPasswordHasEmbeddedNul() =>
        Hasher.Verify("root\0", ZnunyHashVectors.Des, "root@localhost").ShouldBeFalse();
}
