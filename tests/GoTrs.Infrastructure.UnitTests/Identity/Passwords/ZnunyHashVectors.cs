namespace GoTrs.Infrastructure.UnitTests.Identity.Passwords;

/// <summary>
/// Known hashes, each produced outside GoTrs (Debian 12, libxcrypt 4.4.33, Crypt::PasswdMD5, Crypt::Eksblowfish 0.009,
/// OpenSSL 3, coreutils), so the tests check our code against the tools Znuny itself relies on.
/// </summary>
internal static class ZnunyHashVectors
{
    public const string Login = "a.b@example.com";
    public const string Password = "Tr0ub4dor&3";

    // Contains non-ASCII characters so the UTF-8 encoding step is exercised too.
    public const string Utf8Password = "p\u00e4ssw\u00f6rd";

    // Znuny's initial root@localhost password "root" (OTRS initial insert); perl -e 'print crypt("root","ro")' agrees.
    public const string Des = "roK20XGbWEsSM";

    // perl -MCrypt::PasswdMD5=unix_md5_crypt -e 'print unix_md5_crypt("Tr0ub4dor&3", "a.b@example.com")'
    // and identically: openssl passwd -1 -salt 'a.b@exam' 'Tr0ub4dor&3'
    public const string Md5Crypt = "$1$a.b@exam$8OyAwC1Ql01/eanivqOjx1";

    // perl unix_md5_crypt(encode("UTF-8", "p\x{e4}ssw\x{f6}rd"), "a.b@example.com")
    public const string Md5CryptUtf8 = "$1$a.b@exam$mH.4LD88wPZsRCLCeivy41";

    // perl -MCrypt::PasswdMD5=apache_md5_crypt -e 'print apache_md5_crypt("Tr0ub4dor&3", "a.b@example.com")'
    // and identically: openssl passwd -apr1 -salt 'a.b@exam' 'Tr0ub4dor&3'
    public const string Apr1 = "$apr1$a.b@exam$qOdndMbuCv0nW5oRAmnBh.";

    // A 41-byte password (several 16-byte blocks) with a short login as salt:
    // perl unix_md5_crypt / apache_md5_crypt("correct horse battery staple, forty chars", "x@y.z"),
    // identical to openssl passwd -1 / -apr1 -salt 'x@y.z' 'correct horse battery staple, forty chars'
    public const string ShortSaltLogin = "x@y.z";
    public const string LongPassword = "correct horse battery staple, forty chars";
    public const string Md5CryptShortSalt = "$1$x@y.z$CwFKWelVHPSPX2gqmlfxi0";
    public const string Apr1ShortSalt = "$apr1$x@y.z$/2AOr3qyw6hBfaS/OMQf90";

    // printf %s 'Tr0ub4dor&3' | sha1sum / sha256sum / sha512sum
    public const string Sha1 = "874572e7a5ae6a49466a6ac578b98adba78c6aa6";
    public const string Sha256 = "48486e1514e842346ff405b1e45f44059ae82619f2306f99d0940dcb386e91f7";
    public const string Sha512 =
        "c72bb621c7040cf4b6474063a9a7972690e252f35adbe7cfaff5b1ee2316efe7382e723d41e013a2bfbc33c3007c50c5847d21a889cce838536eac727808de40";

    // perl -MCrypt::Eksblowfish::Bcrypt=bcrypt_hash,en_base64 -e
    //   'print "BCRYPT:4:Zr8qLm2VxT4pNw7K:", en_base64(bcrypt_hash({key_nul=>1, cost=>4, salt=>"Zr8qLm2VxT4pNw7K"}, "Tr0ub4dor&3"))'
    public const string Bcrypt4 = "BCRYPT:4:Zr8qLm2VxT4pNw7K:2F6l6oVcPFRkoXjyM0llmnPwB8q9MKy";

    // Same with cost=>"05"; Znuny keeps the cost text as stored, leading zero included.
    public const string Bcrypt05 = "BCRYPT:05:Zr8qLm2VxT4pNw7K:sc/.ppsZcisfedM1nhERLUpkJWyH7XO";

    // Same as Bcrypt4 with encode("UTF-8", "p\x{e4}ssw\x{f6}rd") as the password.
    public const string Bcrypt4Utf8 = "BCRYPT:4:Zr8qLm2VxT4pNw7K:QBAUVtHvA6F6p5Cn.IJr57UN/dFWZTa";

    // Same as Bcrypt4 with "x" x 100 (Eksblowfish keeps 72 key bytes; "x" x 72 gives the same hash).
    public const string Bcrypt4X100 = "BCRYPT:4:Zr8qLm2VxT4pNw7K:WK8kax24Rq7FHo3k9KBQ6zrSapWca3C";

    // Same as Bcrypt4 with "y" x 600, longer than libxcrypt's 512-byte passphrase limit.
    public const string Bcrypt4Y600 = "BCRYPT:4:Zr8qLm2VxT4pNw7K:1EaEaRDX54Sc.hFP0xw5CaCNae7zWou";

    // perl -e 'print crypt("Tr0ub4dor&3", "a.b@example.com")': Znuny's CryptType "crypt" (login as salt). The long
    // setting and 11-character password make libxcrypt produce bigcrypt (24 chars), so this goes through rule (f).
    public const string CryptWithLogin = "a.t1OCToyalNA2GVVf126cYg";
}
